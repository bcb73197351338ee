import { OUTLET_KINDS } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { ChartTable } from './chart-table';
import type { TierBar } from './derive/tier-series';
import { insightsMessages } from './messages';

export interface TierTableProps {
  bars: TierBar[];
  caption: string;
  interactive: boolean;
}

/** The tier chart's numbers; in table mode its headers toggle the tier and kind filters. */
export function TierTable({ bars, caption, interactive }: TierTableProps) {
  const t = useMessages(insightsMessages);
  const tiers = useAppStore((state) => state.filters.tiers);
  const kinds = useAppStore((state) => state.filters.kinds);
  const toggleFilterValue = useAppStore((state) => state.toggleFilterValue);
  return (
    <ChartTable
      caption={caption}
      corner={t('tier.column')}
      columns={[
        ...OUTLET_KINDS.map((kind) => ({
          key: kind,
          label: t(`kind.${kind}`),
          toggle: {
            pressed: kinds.includes(kind),
            onToggle: () => toggleFilterValue('kinds', kind),
          },
        })),
        { key: 'total', label: t('chart.total') },
      ]}
      rows={bars.map((bar) => ({
        key: bar.group,
        label: t(`tier.${bar.group}`),
        toggle: {
          pressed: tiers.includes(bar.group),
          onToggle: () => toggleFilterValue('tiers', bar.group),
        },
        cells: [...OUTLET_KINDS.map((kind) => bar[kind]), bar.total],
      }))}
      interactive={interactive}
    />
  );
}
