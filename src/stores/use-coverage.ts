import { useSyncExternalStore } from 'react';
import { districtContext, type DistrictContext } from '../data/derive/coverage/coverage-figures';
import type { DistrictTable } from '../data/derive/coverage/district-table';
import type { AroundPoint, Reach, ReachKind, ReachView } from '../data/derive/coverage/reach';
import type { NetworkView } from '../data/derive/network-view';
import type { Filters } from '../data/domain/filters';
import type { Network } from '../data/domain/schema';
import { CoverageClient } from '../data/sources/coverage-client';
import { useAppStore } from './app-store';
import type { ReachPoint } from './app-state';
import { networkViewFor } from './use-network-view';

/** The reach of every district in scope for one (dataset, filter state). */
export interface CoverageResult {
  network: Network;
  view: NetworkView;
  table: DistrictTable;
  context: DistrictContext;
  reach: Reach;
  /** 1 for the districts in scope (those of the cities in view); null: all of China. */
  scope: Uint8Array | null;
  /** The worker's own time, ms. */
  ms: number;
}

/** Where the coverage of a filter state stands. */
export interface CoverageStatus {
  /** The answer for this filter state, or null while it is worked out. */
  result: CoverageResult | null;
  /** What to show meanwhile: the answer, else the dataset's last one (another filter state). */
  shown: CoverageResult | null;
  /** Why there is no answer, when the worker failed. */
  error: string | null;
}

interface DatasetCoverage {
  network: Network;
  client: CoverageClient;
  context: DistrictContext | null;
  /** By filter state, then by what reach is measured to. */
  byView: WeakMap<NetworkView, Map<ReachKind, CoverageStatus>>;
  latest: CoverageResult | null;
}

let dataset: DatasetCoverage | null = null;
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/** Listens for coverage answers arriving (for the map adapter and the panels). */
export function subscribeCoverage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The worker of the dataset, started on first use; a new dataset stops the previous one. */
function coverageOf(network: Network): DatasetCoverage | null {
  if (typeof Worker === 'undefined') return null;
  if (dataset?.network === network) return dataset;
  dataset?.client.terminate();
  dataset = {
    network,
    client: new CoverageClient(network),
    context: null,
    byView: new WeakMap(),
    latest: null,
  };
  return dataset;
}

/** The codes of the cities a view keeps, or null when no city-level filter is on. */
function cityCodesOf(view: NetworkView): string[] | null {
  const { tiers, regions, provinces, recruitmentOnly } = view.filters;
  if (tiers.length + regions.length + provinces.length === 0 && !recruitmentOnly) return null;
  return view.network.cities.flatMap((city, c) => (view.cityPasses[c] ? [city.adcode] : []));
}

const reachView = (view: NetworkView): ReachView => ({
  visible: view.visible,
  stage: view.visibleStage,
});

function request(data: DatasetCoverage, view: NetworkView, kind: ReachKind): CoverageStatus {
  const latest = data.latest?.reach.kind === kind ? data.latest : null;
  const status: CoverageStatus = { result: null, shown: latest, error: null };
  let byKind = data.byView.get(view);
  if (!byKind) {
    byKind = new Map();
    data.byView.set(view, byKind);
  }
  const statuses = byKind;
  statuses.set(kind, status);
  const settle = (next: CoverageStatus | null) => {
    if (statuses.get(kind) !== status) return;
    if (next) statuses.set(kind, next);
    // Superseded: forgotten, so that whoever still shows this state asks again.
    else statuses.delete(kind);
    changed();
  };
  Promise.all([data.client.districts, data.client.reach(reachView(view), cityCodesOf(view), kind)])
    .then(([table, answer]) => {
      if (!answer) return settle(null);
      data.context ??= districtContext(data.network, table);
      const result: CoverageResult = {
        network: data.network,
        view,
        table,
        context: data.context,
        ...answer,
      };
      data.latest = result;
      settle({ result, shown: result, error: null });
    })
    .catch((error: unknown) =>
      settle({
        result: null,
        shown: null,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  return status;
}

/**
 * The coverage of a dataset for a filter state: worked out in the dataset's coverage worker the
 * first time anyone asks (the map adapter, a panel), shared after that. Returns at once with
 * what there is; `subscribeCoverage` hears when the answer comes. Null where there are no
 * workers (unit tests).
 */
export function coverageFor(
  network: Network,
  filters: Filters,
  kind: ReachKind,
): CoverageStatus | null {
  const data = coverageOf(network);
  if (!data) return null;
  const view = networkViewFor(network, filters);
  return data.byView.get(view)?.get(kind) ?? request(data, view, kind);
}

/** The outlets nearest a point for a filter state, once the worker has answered. */
export interface AroundStatus {
  around: AroundPoint | null;
  error: string | null;
}

const arounds = new WeakMap<NetworkView, Map<string, AroundStatus>>();

/**
 * The outlets in view nearest to a point (`ReachPoint`) for a filter state: asked of the
 * worker the first time, remembered per (view, point); `subscribeCoverage` hears the answer.
 */
export function aroundFor(
  network: Network,
  filters: Filters,
  point: ReachPoint,
): AroundStatus | null {
  const data = coverageOf(network);
  if (!data) return null;
  const view = networkViewFor(network, filters);
  let byPoint = arounds.get(view);
  if (!byPoint) {
    byPoint = new Map();
    arounds.set(view, byPoint);
  }
  const key = `${point.lon},${point.lat}`;
  const known = byPoint.get(key);
  if (known) return known;
  const status: AroundStatus = { around: null, error: null };
  byPoint.set(key, status);
  // One point at a time is on screen: the others need not stay.
  for (const other of byPoint.keys()) if (other !== key) byPoint.delete(other);
  const points = byPoint;
  data.client
    .around(reachView(view), point.lon, point.lat)
    .then((around) => points.set(key, { around, error: null }))
    .catch((error: unknown) =>
      points.set(key, {
        around: null,
        error: error instanceof Error ? error.message : String(error),
      }),
    )
    .finally(changed);
  return status;
}

/** The coverage of the current filters while the coverage view is on; null while it is off. */
export function useCoverage(network: Network | null): CoverageStatus | null {
  const mode = useAppStore((state) => state.coverage.mode);
  const filters = useAppStore((state) => state.filters);
  useSyncExternalStore(subscribeCoverage, () => version);
  return mode !== 'off' && network ? coverageFor(network, filters, mode) : null;
}

/** The outlets nearest a point for the current filters (null without a point). */
export function useAround(network: Network | null, point: ReachPoint | null): AroundStatus | null {
  const filters = useAppStore((state) => state.filters);
  useSyncExternalStore(subscribeCoverage, () => version);
  return network && point ? aroundFor(network, filters, point) : null;
}
