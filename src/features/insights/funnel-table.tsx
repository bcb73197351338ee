import { formatNumber } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import type { FunnelStep } from './derive/stage-funnel';
import { FilterToggle } from './filter-toggle';
import { insightsMessages } from './messages';

export interface FunnelTableProps {
  steps: FunnelStep[];
  caption: string;
  interactive: boolean;
}

/** The funnel's numbers; in table mode each stage toggles the stage filter. */
export function FunnelTable({ steps, caption, interactive }: FunnelTableProps) {
  const t = useMessages(insightsMessages);
  const language = useAppStore((state) => state.language);
  const stages = useAppStore((state) => state.filters.stages);
  const toggleFilterValue = useAppStore((state) => state.toggleFilterValue);
  return (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('funnel.stage')}</th>
          <th scope="col">{t('funnel.reached')}</th>
          <th scope="col">{t('funnel.current')}</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((step) => (
          <tr key={step.stage}>
            <th scope="row">
              <FilterToggle
                interactive={interactive}
                pressed={stages.includes(step.stage)}
                onToggle={() => toggleFilterValue('stages', step.stage)}
              >
                {t(`stage.${step.stage}`)}
              </FilterToggle>
            </th>
            <td>{formatNumber(step.reached, language)}</td>
            <td>{formatNumber(step.current, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
