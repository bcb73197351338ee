import type { FeatureCollection, Point } from 'geojson';
import { TIER_GROUPS, type TierGroup } from '../../data/domain/filters';
import { networkIndex } from '../../data/derive/network-index';
import type { Network } from '../../data/domain/schema';

/** The id of the outlet a map feature stands for (its feature id is the outlet's position). */
export function outletIdOf(network: Network, featureId: unknown): string | undefined {
  return typeof featureId === 'number' ? network.outlets[featureId]?.id : undefined;
}

/** The city a map feature stands for (its feature id is the city's position). */
export function cityIdOf(network: Network, featureId: unknown): string | undefined {
  return typeof featureId === 'number' ? network.cities[featureId]?.id : undefined;
}

export interface CityFeatureProperties {
  /** The city's position in `network.cities`: the key of its count and its feature state. */
  c: number;
  name_en: string;
  name_zh: string;
  tierGroup: TierGroup;
}

/**
 * The city bubbles and labels: one point per city the map can show (recruiting, or with
 * outlets), built once per dataset, with the city's position as feature id. City ids are data:
 * they never become keys of the map's state, so any id (`constructor`, `__proto__`) is safe.
 * What follows the filters is `buildCityMarks`, handed to the map as state.
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
      id: c,
      geometry: { type: 'Point', coordinates: [city.point.lon, city.point.lat] },
      properties: {
        c,
        name_en: city.name.en,
        name_zh: city.name.zh,
        tierGroup: TIER_GROUPS[index.cityTierGroup[c] ?? 0] ?? '3+',
      },
    });
  });
  return { type: 'FeatureCollection', features };
}
