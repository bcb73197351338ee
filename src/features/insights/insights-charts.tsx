import type { OutletView } from '../../data/filters';
import type { Network } from '../../data/schema';
import { RolloutChart } from './rollout-chart';
import { StageFunnel } from './stage-funnel';
import { TierChart } from './tier-chart';

export interface InsightsChartsProps {
  network: Network;
  /** The outlets in view (already filtered). */
  outlets: OutletView[];
  asOf: string;
}

/** The tier, rollout and stage charts. Holds all of recharts: load it with `lazy()`. */
export function InsightsCharts({ network, outlets, asOf }: InsightsChartsProps) {
  return (
    <div className="insights-charts">
      <TierChart network={network} outlets={outlets} asOf={asOf} />
      <RolloutChart network={network} outlets={outlets} asOf={asOf} />
      <StageFunnel network={network} outlets={outlets} asOf={asOf} />
    </div>
  );
}

export default InsightsCharts;
