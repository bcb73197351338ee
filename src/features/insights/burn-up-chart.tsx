import { memo, useMemo, useState } from 'react';
import { networkIndex } from '../../data/derive/network-index';
import { derivePlanBurnUp } from '../../data/derive/plan-burn-up';
import { effectiveAsOf, type Filters } from '../../data/domain/filters';
import { TARGET_STAGES, type Network, type TargetStage } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { BurnUpPlot } from './burn-up-plot';
import { BurnUpTable } from './burn-up-table';
import { ChartFrame } from './chart-frame';
import { burnUpSeries, defaultBurnUpStage, monthAsOf } from './derive/burn-up-series';
import { insightsMessages } from './messages';

export interface BurnUpChartProps {
  network: Network;
  /** The filters to draw (deferred: see `InsightsCharts`). */
  filters: Filters;
}

/**
 * The national burn-up: per target stage, the outlets the targets in view require by each month
 * end against those there were. It follows the filters and the as-of date; a month (on the chart
 * or in the table) moves the as-of date to its end, and again back to the latest data.
 */
export const BurnUpChart = memo(function BurnUpChart({ network, filters }: BurnUpChartProps) {
  const t = useMessages(insightsMessages);
  const language = useAppStore((state) => state.language);
  const setAsOf = useAppStore((state) => state.setAsOf);
  const burnUp = useMemo(() => derivePlanBurnUp(network, filters), [network, filters]);
  const asOf = effectiveAsOf(network, filters);
  const [picked, setPicked] = useState<TargetStage | null>(null);
  const stage = picked ?? defaultBurnUpStage(burnUp, asOf);
  const points = useMemo(() => burnUpSeries(burnUp, stage), [burnUp, stage]);
  const first = networkIndex(network).firstDate ?? network.meta.asOf;
  const last = network.meta.asOf;
  const asOfMonth = asOf.slice(0, 7);
  const canPick = (month: string) => month <= last.slice(0, 7) && month >= first.slice(0, 7);
  const pickMonth = (month: string) => {
    if (!canPick(month)) return;
    const date = monthAsOf(month, first, last);
    setAsOf(date === asOf && filters.asOf !== null ? null : date);
  };
  const names = { required: t('burnup.required'), actual: t('burnup.actual') };
  const stageName = (value: TargetStage) => t(`burnup.${value}`);

  const toolbar = (
    <div className="rollout__modes" role="group" aria-label={t('burnup.stages')}>
      {TARGET_STAGES.map((value) => (
        <button
          key={value}
          type="button"
          className="filter-toggle"
          aria-pressed={stage === value}
          onClick={() => setPicked(value)}
        >
          {stageName(value)}
        </button>
      ))}
    </div>
  );

  return (
    <ChartFrame
      title={t('burnup.title')}
      toolbar={toolbar}
      chart={
        points.length === 0 ? (
          <p className="chart-frame__note">{t('burnup.empty')}</p>
        ) : (
          <>
            <div aria-hidden="true">
              <BurnUpPlot
                points={points}
                asOfMonth={asOfMonth}
                names={names}
                language={language}
                onPickMonth={pickMonth}
              />
            </div>
            <p className="chart-frame__hint">{t('burnup.hint')}</p>
          </>
        )
      }
      renderTable={(interactive) => (
        <BurnUpTable
          points={points}
          caption={`${t('burnup.title')} — ${stageName(stage)}`}
          headers={{ month: t('rollout.month'), ...names }}
          interactive={interactive}
          asOfMonth={asOfMonth}
          canPick={canPick}
          onPickMonth={pickMonth}
        />
      )}
    />
  );
});
