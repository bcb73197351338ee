import { deriveNetworkView, type NetworkView } from '../data/derive/network-view';
import type { Filters } from '../data/domain/filters';
import type { Network } from '../data/domain/schema';
import { useAppStore } from './app-store';

const hasMeasure = typeof performance !== 'undefined' && typeof performance.measure === 'function';
const latest = new WeakMap<Network, NetworkView>();

/**
 * The view of a dataset for a filter state, derived once and shared: every panel that asks for
 * the same (dataset, filters) gets the same object. Each derivation is timed as `atlas:derive`.
 */
export function networkViewFor(network: Network, filters: Filters): NetworkView {
  const last = latest.get(network);
  if (last?.filters === filters) return last;
  const start = hasMeasure ? performance.now() : 0;
  const view = deriveNetworkView(network, filters);
  if (hasMeasure) performance.measure('atlas:derive', { start, end: performance.now() });
  latest.set(network, view);
  return view;
}

/** What every panel shows for the current filters (nothing before a dataset is loaded). */
export function useNetworkView(network: Network): NetworkView;
export function useNetworkView(network: Network | null): NetworkView | null;
export function useNetworkView(network: Network | null): NetworkView | null {
  const filters = useAppStore((state) => state.filters);
  return network ? networkViewFor(network, filters) : null;
}
