import type { FeatureCollection, Point } from 'geojson';
import { STAGE_COUNT } from '../../../data/derive/network-index';
import type { OutletTable } from '../../../data/derive/outlet-table';
import { OUTLET_KINDS, STAGES, type OutletKind, type Stage } from '../../../data/domain/schema';
import { SERVICE_BIT } from '../../../data/domain/services';
import { dotZooms } from './dot-zooms';

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
  /**
   * Only on an outlet that offers after-sales service: the map's scale at its latitude,
   * 1 / cos(latitude), which sizes its reach ring in kilometres (`coverage-layers.ts`).
   */
  r?: number;
}

export type OutletFeatures = FeatureCollection<Point, OutletFeatureProperties>;

const DAY_KEYS = STAGES.map((stage) => `d_${stage}` as const);
/** Stage codes latest first: a closed outlet is closed whatever it reached before. */
const LATEST_FIRST = ['closed', 'open', 'renovating', 'signed', 'planned'].map((stage) =>
  STAGES.indexOf(stage as Stage),
);

/**
 * One kind's outlets as map features, built where MapLibre indexes them (its worker, see
 * `outlet-protocol.ts`); outlets of an unknown city are left out. Filters, the stage as of a
 * date and the highlights work on these properties through expressions, never by rebuilding
 * this.
 */
export function buildOutletFeatures(table: OutletTable, kind: OutletKind): OutletFeatures {
  const code = OUTLET_KINDS.indexOf(kind);
  const features: OutletFeatures['features'] = [];
  const stageCodes: number[] = [];
  for (let i = 0; i < table.size; i += 1) {
    const c = table.city[i] ?? -1;
    if (table.kind[i] !== code || c < 0) continue;
    const properties = { c } as OutletFeatureProperties;
    const days = table.days.subarray(i * STAGE_COUNT, (i + 1) * STAGE_COUNT);
    for (let s = 0; s < STAGE_COUNT; s += 1) properties[DAY_KEYS[s] as `d_${Stage}`] = days[s] ?? 0;
    const stage = LATEST_FIRST.find((s) => (days[s] ?? Infinity) <= table.datasetDay) ?? -1;
    properties.stage = STAGES[stage] ?? 'none';
    properties.z = 0;
    const lat = table.lat[i] ?? 0;
    if ((table.services[i] ?? 0) & SERVICE_BIT['after-sales'])
      properties.r = Math.round(10_000 / Math.cos((lat * Math.PI) / 180)) / 10_000;
    stageCodes.push(stage);
    features.push({
      type: 'Feature',
      id: i,
      geometry: { type: 'Point', coordinates: [table.lon[i] ?? 0, table.lat[i] ?? 0] },
      properties,
    });
  }
  const zooms = dotZooms(features.length, (f) => {
    const feature = features[f] as OutletFeatures['features'][number];
    const [lon = NaN, lat = NaN] = feature.geometry.coordinates;
    return { lon, lat, city: feature.properties.c, stage: stageCodes[f] ?? -1 };
  });
  features.forEach((feature, f) => (feature.properties.z = zooms[f] ?? 0));
  return { type: 'FeatureCollection', features };
}
