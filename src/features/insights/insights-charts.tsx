import { useDeferredValue, useEffect, useState } from 'react';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { BurnUpChart } from './burn-up-chart';
import { RolloutChart } from './rollout-chart';
import { StageFunnel } from './stage-funnel';
import { TierChart } from './tier-chart';

export interface InsightsChartsProps {
  network: Network;
}

/**
 * The tier, rollout and stage charts, and the plan's burn-up when the dataset has targets. Holds all of recharts: load it with `lazy()`.
 *
 * The charts follow the filters in a deferred render. A filter click's own task then updates
 * the filters, the figures and the map's state only; the charts, most of the rendering work,
 * redraw right after in slices that leave the page free to answer the map's worker.
 */
export function InsightsCharts({ network }: InsightsChartsProps) {
  const filters = useDeferredValue(useAppStore((state) => state.filters));
  const hasPlan = Boolean(network.targets?.length);
  const shown = useOneByOne(hasPlan ? 4 : 3, 60);
  return (
    <div className="insights-charts">
      <TierChart network={network} filters={filters} />
      {shown > 1 && <RolloutChart network={network} filters={filters} />}
      {shown > 2 && <StageFunnel network={network} filters={filters} />}
      {hasPlan && shown > 3 && <BurnUpChart network={network} filters={filters} />}
    </div>
  );
}

/**
 * How many of `count` parts are shown: the first at once, then one more every `gap` ms.
 *
 * A chart is drawn in the task after its mount, once recharts has measured its container. The
 * three charts drawn together were one task of 110–130 ms on an idle page here, and 200–260 ms
 * while a 100k dataset was still being laid out on the map: the longest task of that load. Shown
 * 60 ms apart, each is drawn in a task of its own (with no gap, React drew them together).
 */
function useOneByOne(count: number, gap: number): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= count) return;
    const timer = setTimeout(() => setShown(shown + 1), gap);
    return () => clearTimeout(timer);
  }, [shown, count, gap]);
  return shown;
}

export default InsightsCharts;
