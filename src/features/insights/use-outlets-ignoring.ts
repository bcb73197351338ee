import { useMemo } from 'react';
import { filterOutlets, type Filters, type OutletView } from '../../data/filters';
import { STAGES, type Network } from '../../data/schema';
import { useAppStore } from '../../stores/app-store';

type ChartFilterKey = 'tiers' | 'kinds' | 'stages';

/**
 * The outlets in view as if a chart's own filter groups were empty, so that a chart which
 * cross-filters keeps its unselected bars (dimmed) instead of losing them. Returns `outlets`
 * itself when those groups are empty already.
 */
export function useOutletsIgnoring(
  network: Network,
  outlets: OutletView[],
  keys: readonly ChartFilterKey[],
): OutletView[] {
  const filters = useAppStore((state) => state.filters);
  return useMemo(() => {
    if (keys.every((key) => filters[key].length === 0)) return outlets;
    const relaxed: Filters = { ...filters };
    for (const key of keys) relaxed[key] = [];
    // Closed outlets show only when asked for; ignoring the stage filter must not drop them.
    if (keys.includes('stages') && filters.stages.includes('closed')) relaxed.stages = [...STAGES];
    return filterOutlets(network, relaxed);
  }, [network, outlets, filters, keys]);
}
