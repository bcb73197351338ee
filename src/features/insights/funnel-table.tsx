import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { ChartTable } from './chart-table';
import type { FunnelStep } from './derive/stage-funnel';
import { insightsMessages } from './messages';

export interface FunnelTableProps {
  steps: FunnelStep[];
  caption: string;
  interactive: boolean;
}

/** The funnel's numbers; in table mode each stage toggles the stage filter. */
export function FunnelTable({ steps, caption, interactive }: FunnelTableProps) {
  const t = useMessages(insightsMessages);
  const stages = useAppStore((state) => state.filters.stages);
  const toggleFilterValue = useAppStore((state) => state.toggleFilterValue);
  return (
    <ChartTable
      caption={caption}
      corner={t('funnel.stage')}
      columns={[
        { key: 'reached', label: t('funnel.reached') },
        { key: 'current', label: t('funnel.current') },
      ]}
      rows={steps.map((step) => ({
        key: step.stage,
        label: t(`stage.${step.stage}`),
        toggle: {
          pressed: stages.includes(step.stage),
          onToggle: () => toggleFilterValue('stages', step.stage),
        },
        cells: [step.reached, step.current],
      }))}
      interactive={interactive}
    />
  );
}
