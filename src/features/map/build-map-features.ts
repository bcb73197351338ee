import type { FeatureCollection, Point } from 'geojson';
import { tierGroupOf, type OutletView, type TierGroup } from '../../data/filters';
import { STAGES, type Network, type OutletKind, type Stage } from '../../data/schema';

/** Days since 1970-01-01 for an ISO date; map expressions compare numbers, not strings. */
export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
}

/** Stands for "never reached" in the stage-date properties. */
export const NEVER = 1_000_000;

export interface OutletFeatureProperties {
  id: string;
  kind: OutletKind;
  cityId: string;
  tierGroup: TierGroup;
  region: string;
  province: string;
  recruiting: boolean;
  name_en: string;
  name_zh: string;
  /** Day number each stage was reached, or NEVER. */
  d_planned: number;
  d_signed: number;
  d_renovating: number;
  d_open: number;
  d_closed: number;
}

/**
 * Builds the outlet GeoJSON once per data load. Filters, stage-as-of and highlights work on
 * these properties through expressions and feature-state, never by rebuilding this.
 */
export function buildOutletFeatures(
  network: Network,
): FeatureCollection<Point, OutletFeatureProperties> {
  const cities = new Map(network.cities.map((city) => [city.id, city]));
  const features: FeatureCollection<Point, OutletFeatureProperties>['features'] = [];
  for (const outlet of network.outlets) {
    const city = cities.get(outlet.cityId);
    if (!city) continue;
    const days = Object.fromEntries(
      STAGES.map((stage) => {
        const date = outlet.stages[stage];
        return [`d_${stage}`, date ? dayNumber(date) : NEVER];
      }),
    ) as Record<`d_${Stage}`, number>;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [outlet.point.lon, outlet.point.lat] },
      properties: {
        id: outlet.id,
        kind: outlet.kind,
        cityId: city.id,
        tierGroup: tierGroupOf(city.tier),
        region: city.region,
        province: city.province.en,
        recruiting: city.recruitment.status === 'recruiting',
        name_en: outlet.name.en,
        name_zh: outlet.name.zh,
        ...days,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

export interface CityFeatureProperties {
  id: string;
  name_en: string;
  name_zh: string;
  tierGroup: TierGroup;
  recruiting: boolean;
  /** Outlets after filters and layer toggles. */
  count: number;
  /** Bubble size, 0–1: the square root of the count relative to the largest city's. */
  size: number;
  /** Recruiting but no partner store as of the date in view: the coverage gap. */
  gap: boolean;
}

/**
 * The city bubbles: one point per city with its outlet count in the current view. This small
 * summary (one feature per city) follows the filters; the outlet source never does.
 */
export function buildCityFeatures(
  network: Network,
  visible: readonly OutletView[],
  visibleCityIds: ReadonlySet<string>,
  partnerCityIds: ReadonlySet<string>,
): FeatureCollection<Point, CityFeatureProperties> {
  const counts = new Map<string, number>();
  for (const view of visible) counts.set(view.city.id, (counts.get(view.city.id) ?? 0) + 1);
  const largest = Math.max(1, ...counts.values());
  const features: FeatureCollection<Point, CityFeatureProperties>['features'] = [];
  for (const city of network.cities) {
    if (!visibleCityIds.has(city.id)) continue;
    const count = counts.get(city.id) ?? 0;
    const recruiting = city.recruitment.status === 'recruiting';
    if (!recruiting && count === 0) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [city.point.lon, city.point.lat] },
      properties: {
        id: city.id,
        name_en: city.name.en,
        name_zh: city.name.zh,
        tierGroup: tierGroupOf(city.tier),
        recruiting,
        count,
        size: Math.sqrt(count / largest),
        gap: recruiting && !partnerCityIds.has(city.id),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
