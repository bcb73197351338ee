import type { FeatureCollection, Point } from 'geojson';
import { dayNumber, networkIndex, STAGE_COUNT } from './network-index';
import { dotZooms } from './dot-zooms';
type EncodedOutletFeatures = Record<OutletKind, ArrayBuffer>;
import { OUTLET_KINDS, STAGES, type Network, type OutletKind, type Stage } from '../domain/schema';

/**
 * What an outlet feature carries: only what the map's filters and paint read, since MapLibre's
 * worker encodes every property of every outlet into each tile it makes. The feature's `id` is
 * the outlet's position in `network.outlets`; the names the labels show have a source of their
 * own.
 */
export interface OutletFeatureProperties {
  /** The outlet's city: its position in `network.cities`. */
  c: number;
  /** Day number (days since 1970-01-01) each stage was reached, or NEVER_DAY. */
  d_planned: number;
  d_signed: number;
  d_renovating: number;
  d_open: number;
  d_closed: number;
  /** The stage on the dataset's own date, or "none" when nothing was reached by then. */
  stage: Stage | 'none';
  /** The lowest tile zoom at which the outlet's dot is drawn (`dotZooms`). */
  z: number;
}

export type OutletFeatures = FeatureCollection<Point, OutletFeatureProperties>;

const DAY_KEYS = STAGES.map((stage) => `d_${stage}` as const);
/** Closed first: a closed outlet is closed whatever it reached before. */
const LATEST_FIRST: Stage[] = ['closed', 'open', 'renovating', 'signed', 'planned'];

function stageOn(days: Record<`d_${Stage}`, number>, day: number): Stage | 'none' {
  return LATEST_FIRST.find((stage) => days[`d_${stage}`] <= day) ?? 'none';
}

/**
 * The outlets as map features, one collection per kind, built once per dataset; outlets of an
 * unknown city are left out. Filters, stage-as-of and highlights work on these properties
 * through expressions, never by rebuilding this.
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
    properties.z = 0;
    byKind[index.kind[i] ?? 0]?.push({
      type: 'Feature',
      id: i,
      geometry: { type: 'Point', coordinates: [outlet.point.lon, outlet.point.lat] },
      properties,
    });
  }
  for (const features of byKind) {
    const zooms = dotZooms(features.length, (f) => {
      const { geometry, properties } = features[f] as OutletFeatures['features'][number];
      const [lon = NaN, lat = NaN] = geometry.coordinates;
      const { stage } = properties;
      return { lon, lat, city: properties.c, stage: stage === 'none' ? -1 : STAGES.indexOf(stage) };
    });
    features.forEach((feature, f) => (feature.properties.z = zooms[f] ?? 0));
  }
  return Object.fromEntries(
    OUTLET_KINDS.map((kind, k) => [kind, { type: 'FeatureCollection', features: byKind[k] }]),
  ) as Record<OutletKind, OutletFeatures>;
}

const encoded = new WeakMap<Network, Promise<EncodedOutletFeatures | null>>();

/**
 * Keeps the bytes of a dataset's outlet features, made off the page and perhaps still on their
 * way; `null` when they could not be made (the page then builds the features itself).
 */
export function keepEncodedOutletFeatures(
  network: Network,
  features: Promise<EncodedOutletFeatures | null>,
): void {
  encoded.set(network, features);
}

/** The bytes kept for a dataset, if its loader made them (`keepEncodedOutletFeatures`). */
export function encodedOutletFeatures(
  network: Network,
): Promise<EncodedOutletFeatures | null> | undefined {
  return encoded.get(network);
}
