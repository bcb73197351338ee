import { useDeferredValue } from 'react';
import type { Network } from '../../data/schema';
import { useAppStore } from '../../stores/app-store';
import { RolloutChart } from './rollout-chart';
import { StageFunnel } from './stage-funnel';
import { TierChart } from './tier-chart';

export interface InsightsChartsProps {
  network: Network;
}

/**
 * The tier, rollout and stage charts. Holds all of recharts: load it with `lazy()`.
 *
 * The charts follow the filters in a deferred render. A filter click's own task then updates
 * the filters, the figures and the map's state only; the charts, most of the rendering work,
 * redraw right after in slices that leave the page free to answer the map's worker.
 */
export function InsightsCharts({ network }: InsightsChartsProps) {
  const filters = useDeferredValue(useAppStore((state) => state.filters));
  return (
    <div className="insights-charts">
      <TierChart network={network} filters={filters} />
      <RolloutChart network={network} filters={filters} />
      <StageFunnel network={network} filters={filters} />
    </div>
  );
}

export default InsightsCharts;
