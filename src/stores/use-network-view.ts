import { deriveChanges, type DateChanges } from '../data/derive/changes-between';
import { deriveNetworkView, type NetworkView } from '../data/derive/network-view';
import { derivePlanView, type PlanView } from '../data/derive/plan-status';
import type { Filters } from '../data/domain/filters';
import type { Network } from '../data/domain/schema';
import { memoLast } from '../lib/memo-last';
import { useAppStore } from './app-store';

const hasMeasure = typeof performance !== 'undefined' && typeof performance.measure === 'function';
/** Views by dataset, then by filter state: both are immutable, so identity is the key. */
const views = new WeakMap<Network, WeakMap<Filters, NetworkView>>();

/**
 * The view of a dataset for a filter state: every outlet, count and series the panels and the
 * map show, derived in one pass (`deriveNetworkView`) the first time any part asks for this
 * (dataset, filters) and shared after that. Whoever asks first pays, whatever the order: the
 * map adapter in the click's own task, or a panel as it renders. Timed as `atlas:derive`.
 */
export function networkViewFor(network: Network, filters: Filters): NetworkView {
  let byFilters = views.get(network);
  if (!byFilters) {
    byFilters = new WeakMap();
    views.set(network, byFilters);
  }
  const known = byFilters.get(filters);
  if (known) return known;
  const start = hasMeasure ? performance.now() : 0;
  const view = deriveNetworkView(network, filters);
  if (hasMeasure) performance.measure('atlas:derive', { start, end: performance.now() });
  byFilters.set(filters, view);
  return view;
}

/** What every panel shows for the current filters (nothing before a dataset is loaded). */
export function useNetworkView(network: Network): NetworkView;
export function useNetworkView(network: Network | null): NetworkView | null;
export function useNetworkView(network: Network | null): NetworkView | null {
  const filters = useAppStore((state) => state.filters);
  return network ? networkViewFor(network, filters) : null;
}

const plans = new WeakMap<Network, WeakMap<Filters, PlanView>>();

/**
 * The plan against the network for a filter state (its as-of date), derived once per (dataset,
 * filters) for the map and the panels alike, like `networkViewFor`.
 */
export function planViewFor(network: Network, filters: Filters): PlanView {
  let byFilters = plans.get(network);
  if (!byFilters) {
    byFilters = new WeakMap();
    plans.set(network, byFilters);
  }
  let plan = byFilters.get(filters);
  if (!plan) {
    plan = derivePlanView(network, filters);
    byFilters.set(filters, plan);
  }
  return plan;
}

/** What changed over a range of dates for a filter state; the last answer is remembered. */
export const changesFor = memoLast(
  (network: Network, filters: Filters, from: string, to: string): DateChanges =>
    deriveChanges(network, filters, { from, to }),
);
