import type { Map as MaplibreMap, MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import { CITY_FEATURE_BASE, GROUP_FEATURE_BASE } from './build-city-features';
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
