import {
  LngLatBounds,
  type Map as MaplibreMap,
  type MapGeoJSONFeature,
  type PointLike,
} from 'maplibre-gl';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { CITY_FEATURE_BASE, GROUP_FEATURE_BASE } from './build-city-features';
import { CITY_GROUP_MAX_ZOOM } from './layers/city-layers';
import { CITY_BUBBLE_LAYER, OUTLET_LAYER_IDS } from './layers/layer-ids';
import { SYMBOL_MIN_ZOOM } from './layers/outlet-layers';

/**
 * What the pointer is on: a city, a group of cities (their positions, the leader first), an
 * outlet (by position), or nothing.
 */
export type MapTarget =
  | { kind: 'city'; city: number }
  | { kind: 'group'; cities: number[] }
  | { kind: 'outlet'; outlet: number }
  | null;

function targetOf(feature: MapGeoJSONFeature | undefined): MapTarget {
  if (!feature || typeof feature.id !== 'number') return null;
  if (feature.layer.id !== CITY_BUBBLE_LAYER) return { kind: 'outlet', outlet: feature.id };
  if (feature.id >= GROUP_FEATURE_BASE) {
    const members = String(feature.properties.members ?? '');
    return { kind: 'group', cities: members.split(',').map(Number) };
  }
  if (feature.id >= CITY_FEATURE_BASE)
    return { kind: 'city', city: feature.id - CITY_FEATURE_BASE };
  return null;
}

/**
 * What a click or hover at `point` means. Below the symbol zoom a city's outlets are dots inside
 * its bubble, too close to tell apart: the bubble (the city, or a group of cities) comes first.
 * From the symbol zoom on the outlets stand apart and come first. `layers` are the layers on the
 * map (the data's may not be there yet).
 */
export function pickTarget(
  map: MaplibreMap,
  point: PointLike,
  layers: ReadonlySet<string>,
): MapTarget {
  const cityFirst = map.getZoom() < SYMBOL_MIN_ZOOM;
  const order = cityFirst
    ? [CITY_BUBBLE_LAYER, ...OUTLET_LAYER_IDS]
    : [...OUTLET_LAYER_IDS, CITY_BUBBLE_LAYER];
  const present = order.filter((id) => layers.has(id));
  const features = map.queryRenderedFeatures(point, { layers: present });
  for (const id of present) {
    const target = targetOf(features.find((feature) => feature.layer.id === id));
    if (target) return target;
  }
  return null;
}

/**
 * What a click on `target` does: a city or an outlet opens (the store's selection), a group of
 * cities zooms in until they stand apart, nothing closes the outlet card.
 */
export function openTarget(map: MaplibreMap, network: Network, target: MapTarget): void {
  const { selectCity, selectOutlet } = useAppStore.getState();
  if (target?.kind === 'group') {
    const bounds = new LngLatBounds();
    for (const c of target.cities) {
      const city = network.cities[c];
      if (city) bounds.extend([city.point.lon, city.point.lat]);
    }
    map.fitBounds(bounds, { padding: 120, maxZoom: CITY_GROUP_MAX_ZOOM + 1 });
    return;
  }
  if (target?.kind === 'city') return selectCity(network.cities[target.city]?.id ?? null);
  selectOutlet(target?.kind === 'outlet' ? (network.outlets[target.outlet]?.id ?? null) : null);
}
