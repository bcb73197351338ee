import type { Filters, OutletView } from '../domain/filters';
import { deriveNetworkView, type NetworkView } from './network-view';
import { STAGES, type City, type Network, type Outlet, type Stage } from '../domain/schema';

const materialized = new WeakMap<NetworkView, OutletView[]>();

/**
 * The visible outlets of a view as objects, for the list, the city panel and the CSV. Built on
 * first use and kept with the view: the map, figures and charts never need them.
 */
export function viewOutlets(view: NetworkView): OutletView[] {
  let views = materialized.get(view);
  if (!views) {
    const { outlets, cities } = view.network;
    const { city } = view.index;
    views = Array.from(view.visible, (position, j) => ({
      outlet: outlets[position] as Outlet,
      city: cities[city[position] ?? 0] as City,
      stage: STAGES[view.visibleStage[j] ?? 0] as Stage,
      position,
    }));
    materialized.set(view, views);
  }
  return views;
}

/** The visible outlets of one city, in dataset order. */
export function cityOutlets(view: NetworkView, cityId: string): OutletView[] {
  const position = view.index.cityPosition.get(cityId);
  if (position === undefined) return [];
  const { outlets, cities } = view.network;
  const out: OutletView[] = [];
  view.visible.forEach((i, j) => {
    if (view.index.city[i] !== position) return;
    out.push({
      outlet: outlets[i] as Outlet,
      city: cities[position] as City,
      stage: STAGES[view.visibleStage[j] ?? 0] as Stage,
      position: i,
    });
  });
  return out;
}

/** The outlets that pass the filters, each with its stage as of the filter date. */
export function filterOutlets(network: Network, filters: Filters): OutletView[] {
  return viewOutlets(deriveNetworkView(network, filters));
}
