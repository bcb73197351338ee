import type { FeatureCollection, Point } from 'geojson';
import { TIER_GROUPS, type TierGroup } from '../../data/domain/filters';
import { KIND_COUNT, networkIndex } from '../../data/derive/network-index';
import type { NetworkView } from '../../data/derive/network-view';
import { OUTLET_KINDS, type Network, type OutletKind } from '../../data/domain/schema';

/** The id of the outlet a map feature stands for (its feature id is the outlet's position). */
export function outletIdOf(network: Network, featureId: unknown): string | undefined {
  return typeof featureId === 'number' ? network.outlets[featureId]?.id : undefined;
}

export interface CityFeatureProperties {
  id: string;
  name_en: string;
  name_zh: string;
  tierGroup: TierGroup;
}

/**
 * The city bubbles and labels: one point per city the map can show (recruiting, or with
 * outlets), built once per dataset. What follows the filters (which cities show, their counts,
 * bubble sizes and gaps) is `buildCityMarks`, handed to the map as state: a filter change then
 * costs no new data for MapLibre's worker to index before the labels can be laid out again.
 */
export function buildCityFeatures(
  network: Network,
): FeatureCollection<Point, CityFeatureProperties> {
  const index = networkIndex(network);
  const features: FeatureCollection<Point, CityFeatureProperties>['features'] = [];
  network.cities.forEach((city, c) => {
    const hasOutlets = (index.cityStart[c + 1] ?? 0) > (index.cityStart[c] ?? 0);
    if (!index.cityRecruiting[c] && !hasOutlets) return;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [city.point.lon, city.point.lat] },
      properties: {
        id: city.id,
        name_en: city.name.en,
        name_zh: city.name.zh,
        tierGroup: TIER_GROUPS[index.cityTierGroup[c] ?? 0] ?? '3+',
      },
    });
  });
  return { type: 'FeatureCollection', features };
}

/** A city the map shows, as its feature state: what its bubble draws. */
export interface CityMarkState {
  /** Bubble size, 0–1: the square root of the count relative to the largest city's. */
  size: number;
  /** Recruiting but no partner store as of the date in view: the coverage gap. */
  gap: boolean;
}

export interface CityMarks {
  /**
   * Outlets in view of the kinds shown, keyed by city id, for every city the map shows: those
   * that pass the city filters and are recruiting or have outlets in view.
   */
  counts: Record<string, number>;
  /** The bubble of each city in `counts`. */
  states: Record<string, CityMarkState>;
}

/** What the city bubbles and labels show for a filter state: the small summary that follows it. */
export function buildCityMarks(
  view: NetworkView,
  shownKinds: Record<OutletKind, boolean>,
): CityMarks {
  const { network, index, cityKind } = view;
  const shown = OUTLET_KINDS.map((kind) => shownKinds[kind]);
  const cityCounts = network.cities.map((_, c) => {
    let count = 0;
    for (let k = 0; k < KIND_COUNT; k += 1)
      if (shown[k]) count += cityKind[c * KIND_COUNT + k] ?? 0;
    return count;
  });
  const largest = Math.max(1, ...cityCounts);
  const marks: CityMarks = { counts: {}, states: {} };
  network.cities.forEach((city, c) => {
    if (!view.cityPasses[c]) return;
    const count = cityCounts[c] ?? 0;
    const recruiting = index.cityRecruiting[c] === 1;
    if (!recruiting && count === 0) return;
    marks.counts[city.id] = count;
    marks.states[city.id] = {
      size: Math.sqrt(count / largest),
      gap: recruiting && !view.cityHasPartner[c],
    };
  });
  return marks;
}
