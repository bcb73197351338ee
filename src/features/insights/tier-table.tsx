import { OUTLET_KINDS } from '../../data/domain/schema';
import { formatNumber } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import type { TierBar } from './derive/tier-series';
import { FilterToggle } from './filter-toggle';
import { insightsMessages } from './messages';

export interface TierTableProps {
  bars: TierBar[];
  caption: string;
  interactive: boolean;
}

/** The tier chart's numbers; in table mode its headers toggle the tier and kind filters. */
export function TierTable({ bars, caption, interactive }: TierTableProps) {
  const t = useMessages(insightsMessages);
  const language = useAppStore((state) => state.language);
  const tiers = useAppStore((state) => state.filters.tiers);
  const kinds = useAppStore((state) => state.filters.kinds);
  const toggleFilterValue = useAppStore((state) => state.toggleFilterValue);
  return (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('tier.column')}</th>
          {OUTLET_KINDS.map((kind) => (
            <th key={kind} scope="col">
              <FilterToggle
                interactive={interactive}
                pressed={kinds.includes(kind)}
                onToggle={() => toggleFilterValue('kinds', kind)}
              >
                {t(`kind.${kind}`)}
              </FilterToggle>
            </th>
          ))}
          <th scope="col">{t('chart.total')}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.group}>
            <th scope="row">
              <FilterToggle
                interactive={interactive}
                pressed={tiers.includes(bar.group)}
                onToggle={() => toggleFilterValue('tiers', bar.group)}
              >
                {t(`tier.${bar.group}`)}
              </FilterToggle>
            </th>
            {OUTLET_KINDS.map((kind) => (
              <td key={kind}>{formatNumber(bar[kind], language)}</td>
            ))}
            <td>{formatNumber(bar.total, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
