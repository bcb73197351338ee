import type { FeatureCollection, Point } from 'geojson';
import { TIER_GROUPS, type TierGroup } from '../../data/filters';
import { dayNumber, KIND_COUNT, networkIndex, STAGE_COUNT } from '../../data/network-index';
import type { NetworkView } from '../../data/network-view';
import { OUTLET_KINDS, STAGES, type Network, type OutletKind, type Stage } from '../../data/schema';

/**
 * What an outlet feature carries: only what filters and paint read, since MapLibre's worker
 * encodes every property of every outlet into each tile it makes. The feature's `id` is the
 * outlet's position in `network.outlets` (see `outletIdOf`); the names the labels show have a
 * source of their own (`buildOutletLabels`).
 */
export interface OutletFeatureProperties {
  /** The stage on the dataset's own date, or "none" when nothing was reached by then. */
  stage: Stage | 'none';
  /** The outlet's city: its position in `network.cities`. */
  c: number;
  /** Day number (days since 1970-01-01) each stage was reached, or NEVER_DAY. */
  d_planned: number;
  d_signed: number;
  d_renovating: number;
  d_open: number;
  d_closed: number;
}

export type OutletFeatures = FeatureCollection<Point, OutletFeatureProperties>;

const DAY_KEYS = STAGES.map((stage) => `d_${stage}` as const) as `d_${Stage}`[];
/** Closed first: a closed outlet is closed whatever it reached before. */
const LATEST_FIRST: Stage[] = ['closed', 'open', 'renovating', 'signed', 'planned'];

function stageOn(days: Record<`d_${Stage}`, number>, day: number): Stage | 'none' {
  return LATEST_FIRST.find((stage) => days[`d_${stage}`] <= day) ?? 'none';
}

/**
 * The outlet GeoJSON, one collection per kind, built once per data load. Filters, stage-as-of
 * and highlights work on these properties through expressions, never by rebuilding this.
 */
export function buildOutletFeatures(network: Network): Record<OutletKind, OutletFeatures> {
  const index = networkIndex(network);
  const datasetDay = dayNumber(network.meta.asOf);
  const byKind = OUTLET_KINDS.map((): OutletFeatures['features'] => []);
  for (let i = 0; i < index.size; i += 1) {
    const c = index.city[i] ?? -1;
    const outlet = network.outlets[i];
    if (!outlet || c < 0) continue;
    const properties = { c } as OutletFeatureProperties;
    for (let s = 0; s < STAGE_COUNT; s += 1)
      properties[DAY_KEYS[s] as `d_${Stage}`] = index.days[i * STAGE_COUNT + s] ?? 0;
    properties.stage = stageOn(properties, datasetDay);
    byKind[index.kind[i] ?? 0]?.push({
      type: 'Feature',
      id: i,
      geometry: { type: 'Point', coordinates: [outlet.point.lon, outlet.point.lat] },
      properties,
    });
  }
  return Object.fromEntries(
    OUTLET_KINDS.map((kind, k) => [kind, { type: 'FeatureCollection', features: byKind[k] }]),
  ) as Record<OutletKind, OutletFeatures>;
}

/** The id of the outlet a map feature stands for (its feature id is the outlet's position). */
export function outletIdOf(network: Network, featureId: unknown): string | undefined {
  return typeof featureId === 'number' ? network.outlets[featureId]?.id : undefined;
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
 * The city bubbles: one point per city that passes the city filters, with its count of the
 * outlets in view of the kinds shown. This small summary follows the filters; the outlet sources
 * never do.
 */
export function buildCityFeatures(
  view: NetworkView,
  shownKinds: Record<OutletKind, boolean>,
): FeatureCollection<Point, CityFeatureProperties> {
  const { network, index, cityKind } = view;
  const shown = OUTLET_KINDS.map((kind) => shownKinds[kind]);
  const counts = network.cities.map((_, c) => {
    let count = 0;
    for (let k = 0; k < KIND_COUNT; k += 1)
      if (shown[k]) count += cityKind[c * KIND_COUNT + k] ?? 0;
    return count;
  });
  const largest = Math.max(1, ...counts);
  const features: FeatureCollection<Point, CityFeatureProperties>['features'] = [];
  network.cities.forEach((city, c) => {
    if (!view.cityPasses[c]) return;
    const count = counts[c] ?? 0;
    const recruiting = index.cityRecruiting[c] === 1;
    if (!recruiting && count === 0) return;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [city.point.lon, city.point.lat] },
      properties: {
        id: city.id,
        name_en: city.name.en,
        name_zh: city.name.zh,
        tierGroup: TIER_GROUPS[index.cityTierGroup[c] ?? 0] ?? '3+',
        recruiting,
        count,
        size: Math.sqrt(count / largest),
        gap: recruiting && !view.cityHasPartner[c],
      },
    });
  });
  return { type: 'FeatureCollection', features };
}
