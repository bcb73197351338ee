import { useMemo } from 'react';
import type { Network } from '../../data/schema';
import { useAppStore } from '../../stores/app-store';
import { countOptions, type OptionCounts } from './count-options';

/** Faceted counts for the current filters, memoized on (network, filters). */
export function useOptionCounts(network: Network): OptionCounts {
  const filters = useAppStore((state) => state.filters);
  return useMemo(() => countOptions(network, filters), [network, filters]);
}
