import { useMemo } from 'react';
import { effectiveAsOf, filterOutlets, type OutletView } from '../data/filters';
import type { Network } from '../data/schema';
import { useAppStore } from './app-store';

/** The outlets in view for the current filters, memoized on (network, filters). */
export function useFilteredOutlets(network: Network): { outlets: OutletView[]; asOf: string } {
  const filters = useAppStore((state) => state.filters);
  return useMemo(
    () => ({ outlets: filterOutlets(network, filters), asOf: effectiveAsOf(network, filters) }),
    [network, filters],
  );
}
