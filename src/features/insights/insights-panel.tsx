import type { OutletView } from '../../data/filters';
import type { Network } from '../../data/schema';
import { InsightsCharts } from './insights-charts';
import { KeyFigures } from './key-figures';

export interface InsightsPanelProps {
  network: Network;
  /** The outlets in view (already filtered). */
  outlets: OutletView[];
  asOf: string;
}

/**
 * Key figures and the three charts in one scrollable column. Pulls in recharts: load it with
 * `lazy(() => import('.../insights-panel'))`.
 */
export function InsightsPanel({ network, outlets, asOf }: InsightsPanelProps) {
  return (
    <div className="insights-panel">
      <KeyFigures network={network} outlets={outlets} asOf={asOf} />
      <InsightsCharts network={network} outlets={outlets} asOf={asOf} />
    </div>
  );
}

export default InsightsPanel;
