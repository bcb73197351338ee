import { useEffect, useMemo } from 'react';
import type { ExpressionSpecification, Map as MaplibreMap } from 'maplibre-gl';
import { effectiveAsOf, type Filters } from '../../data/domain/filters';
import { OUTLET_KINDS, type Network, type OutletKind } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { type LayerId } from '../../stores/app-state';
import { buildDotFilter, buildOutletFilter, passingCities } from './build-outlet-filter';
import { outletDotLayerId, outletLayerId } from './layers/layer-ids';

/** Each kind's filters: of its dot layer and of its shape layer. */
export type OutletFilters = Record<
  OutletKind,
  { dots: ExpressionSpecification; shapes: ExpressionSpecification }
>;

function outletFilters(network: Network, filters: Filters): OutletFilters {
  const asOf = effectiveAsOf(network, filters);
  const cities = passingCities(network, filters);
  return Object.fromEntries(
    OUTLET_KINDS.map((kind) => {
      const shapes = buildOutletFilter(filters, kind, asOf, network.meta.asOf, cities);
      return [kind, { dots: buildDotFilter(shapes, asOf, network.meta.asOf), shapes }];
    }),
  ) as OutletFilters;
}

/** Sets what changed; MapLibre ignores a filter or visibility equal to the one it has. */
function push(map: MaplibreMap, filters: OutletFilters, layers: Record<LayerId, boolean>): void {
  for (const kind of OUTLET_KINDS) {
    const layerFilters = [
      [outletDotLayerId(kind), filters[kind].dots],
      [outletLayerId(kind), filters[kind].shapes],
    ] as const;
    for (const [id, filter] of layerFilters) {
      if (!map.getLayer(id)) continue;
      map.setFilter(id, filter);
      map.setLayoutProperty(id, 'visibility', layers[kind] ? 'visible' : 'none');
    }
  }
}

/**
 * The outlet layers' filters for the current state. A store subscription hands a change to the
 * map in the same task as the click, so MapLibre's workers start while React renders the
 * panels; the returned filters (equal, hence no-ops) keep the layers right when they are added
 * again, e.g. after a style change.
 */
export function useOutletFilters(
  map: MaplibreMap | null,
  network: Network,
  /** Called when a change was handed to the map: it is busy until its next `idle`. */
  onPush: () => void,
): OutletFilters {
  const filters = useAppStore((state) => state.filters);
  useEffect(() => {
    if (!map) return;
    return useAppStore.subscribe((state, previous) => {
      if (state.filters === previous.filters && state.layers === previous.layers) return;
      push(map, outletFilters(network, state.filters), state.layers);
      onPush();
    });
  }, [map, network, onPush]);
  return useMemo(() => outletFilters(network, filters), [network, filters]);
}
