import { memo, useMemo, useState } from 'react';
import type { Filters } from '../../data/domain/filters';
import type { Network, OutletKind } from '../../data/domain/schema';
import { formatDate, formatDayMonth } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { networkViewFor } from '../../stores/use-network-view';
import { ChartFrame } from './chart-frame';
import { buildRolloutSeries } from './derive/rollout-series';
import { insightsMessages } from './messages';
import { RolloutPlot, type RolloutMode, type StageLine } from './rollout-plot';
import { RolloutTable } from './rollout-table';

export interface RolloutChartProps {
  network: Network;
  /** The filters to draw (deferred: see `InsightsCharts`). */
  filters: Filters;
}

const MODES: readonly RolloutMode[] = ['stage', 'kind'];

/** Outlets in the network by month end — by stage reached or by kind — with the milestones. */
export const RolloutChart = memo(function RolloutChart({ network, filters }: RolloutChartProps) {
  const t = useMessages(insightsMessages);
  const language = useAppStore((state) => state.language);
  const [mode, setMode] = useState<RolloutMode>('stage');
  const view = networkViewFor(network, filters);
  const series = useMemo(() => buildRolloutSeries(view), [view]);
  // Each month's milestones are named on the chart by their days, as the list below dates them.
  const markers = useMemo(() => {
    const byMonth = new Map<string, string[]>();
    for (const milestone of series.milestones) {
      const days = byMonth.get(milestone.month) ?? [];
      byMonth.set(milestone.month, [...days, formatDayMonth(milestone.date, language)]);
    }
    return [...byMonth].map(([month, days]) => ({ month, label: days.join(' · ') }));
  }, [series, language]);
  const seriesName = (key: StageLine | OutletKind) =>
    key === 'total' || key === 'signed' || key === 'renovating' || key === 'open'
      ? t(`rollout.${key}`)
      : t(`kind.${key}`);

  const toolbar = (
    <div className="rollout__modes" role="group" aria-label={t('rollout.view')}>
      {MODES.map((value) => (
        <button
          key={value}
          type="button"
          className="filter-toggle"
          aria-pressed={mode === value}
          onClick={() => setMode(value)}
        >
          {t(value === 'stage' ? 'rollout.byStage' : 'rollout.byKind')}
        </button>
      ))}
    </div>
  );
  const footer = series.milestones.length > 0 && (
    <div className="rollout__milestones">
      <h3 className="rollout__milestones-title">{t('rollout.milestones')}</h3>
      <ol>
        {series.milestones.map((milestone) => (
          <li key={`${milestone.date}-${milestone.title.en}`}>
            <time dateTime={milestone.date}>{formatDate(milestone.date, language)}</time>{' '}
            {milestone.title[language]}
          </li>
        ))}
      </ol>
    </div>
  );

  return (
    <ChartFrame
      title={t('rollout.title')}
      toolbar={toolbar}
      chart={
        series.points.length === 0 ? (
          <p className="chart-frame__note">{t('chart.empty')}</p>
        ) : (
          <div aria-hidden="true">
            <RolloutPlot
              mode={mode}
              points={series.points}
              markers={markers}
              seriesName={seriesName}
              language={language}
            />
          </div>
        )
      }
      renderTable={() => (
        <RolloutTable
          mode={mode}
          points={series.points}
          caption={`${t('rollout.title')} — ${t(mode === 'stage' ? 'rollout.byStage' : 'rollout.byKind')}`}
          monthHeader={t('rollout.month')}
          totalHeader={t('chart.total')}
          seriesName={seriesName}
        />
      )}
      footer={footer}
    />
  );
});
