import type { Network } from '../../data/schema';
import { InsightsCharts } from './insights-charts';
import { KeyFigures } from './key-figures';

export interface InsightsPanelProps {
  network: Network;
}

/**
 * Key figures and the three charts in one scrollable column, for the filters in the store.
 * Pulls in recharts: load it with `lazy(() => import('.../insights-panel'))`.
 */
export function InsightsPanel({ network }: InsightsPanelProps) {
  return (
    <div className="insights-panel">
      <KeyFigures network={network} />
      <InsightsCharts network={network} />
    </div>
  );
}

export default InsightsPanel;
