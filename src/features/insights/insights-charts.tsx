import type { Network } from '../../data/schema';
import { RolloutChart } from './rollout-chart';
import { StageFunnel } from './stage-funnel';
import { TierChart } from './tier-chart';

export interface InsightsChartsProps {
  network: Network;
}

/** The tier, rollout and stage charts. Holds all of recharts: load it with `lazy()`. */
export function InsightsCharts({ network }: InsightsChartsProps) {
  return (
    <div className="insights-charts">
      <TierChart network={network} />
      <RolloutChart network={network} />
      <StageFunnel network={network} />
    </div>
  );
}

export default InsightsCharts;
