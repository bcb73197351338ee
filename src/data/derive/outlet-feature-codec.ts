import type { OutletFeatureProperties, OutletFeatures } from './outlet-features';
import type { OutletKind, Stage } from '../domain/schema';
import { OUTLET_KINDS, STAGES } from '../domain/vocabulary';

const STAGE_COUNT = STAGES.length;
const DAY_KEYS = STAGES.map((stage) => `d_${stage}` as const);

/** The outlet features as bytes, one buffer per kind (`encodeOutletFeatures`). */
export type EncodedOutletFeatures = Record<OutletKind, ArrayBuffer>;

/** Identifies the layout below; a buffer of another layout is refused, not misread. */
const FORMAT = 0x4f46_0002;
const HEADER_BYTES = 8;
const NO_STAGE = 255;

/**
 * Where each column starts in a buffer of `count` features: the coordinates (lon, lat pairs as
 * float64, exact), then per feature its id, city and five stage days (int32), then its stage
 * code (uint8, `STAGES` order, 255 for none), then the zoom its dot is drawn from (uint8).
 */
function layout(count: number) {
  const coordinates = HEADER_BYTES;
  const ids = coordinates + count * 16;
  const cities = ids + count * 4;
  const days = cities + count * 4;
  const stages = days + count * STAGE_COUNT * 4;
  const zooms = stages + count;
  return { coordinates, ids, cities, days, stages, zooms, bytes: zooms + count };
}

/**
 * Outlet features as compact bytes, one buffer per kind: the parse worker builds them next to
 * the dataset, and the page hands them to MapLibre's worker without copying objects (about
 * 46 bytes an outlet where the structured clone of a feature costs far more on both threads).
 */
export function encodeOutletFeatures(
  features: Record<OutletKind, OutletFeatures>,
): EncodedOutletFeatures {
  return Object.fromEntries(
    OUTLET_KINDS.map((kind) => {
      const list = features[kind].features;
      const at = layout(list.length);
      const buffer = new ArrayBuffer(at.bytes);
      new Uint32Array(buffer, 0, 2).set([FORMAT, list.length]);
      const coordinates = new Float64Array(buffer, at.coordinates, list.length * 2);
      const ids = new Int32Array(buffer, at.ids, list.length);
      const cities = new Int32Array(buffer, at.cities, list.length);
      const days = new Int32Array(buffer, at.days, list.length * STAGE_COUNT);
      const stages = new Uint8Array(buffer, at.stages, list.length);
      const zooms = new Uint8Array(buffer, at.zooms, list.length);
      list.forEach((feature, f) => {
        const [lon = 0, lat = 0] = feature.geometry.coordinates;
        coordinates[f * 2] = lon;
        coordinates[f * 2 + 1] = lat;
        ids[f] = Number(feature.id);
        const { properties } = feature;
        cities[f] = properties.c;
        for (let s = 0; s < STAGE_COUNT; s += 1)
          days[f * STAGE_COUNT + s] =
            properties[DAY_KEYS[s] as keyof OutletFeatureProperties & `d_${Stage}`];
        const stage = properties.stage;
        stages[f] = stage === 'none' ? NO_STAGE : STAGES.indexOf(stage);
        zooms[f] = properties.z;
      });
      return [kind, buffer];
    }),
  ) as EncodedOutletFeatures;
}

/** One kind's features back from `encodeOutletFeatures`; throws on a buffer of another layout. */
export function decodeOutletFeatures(buffer: ArrayBuffer): OutletFeatures {
  const [format, count = 0] =
    buffer.byteLength >= HEADER_BYTES ? new Uint32Array(buffer, 0, 2) : [];
  const at = layout(count);
  if (format !== FORMAT || buffer.byteLength !== at.bytes)
    throw new Error(`not a buffer of outlet features (${buffer.byteLength} bytes)`);
  const coordinates = new Float64Array(buffer, at.coordinates, count * 2);
  const ids = new Int32Array(buffer, at.ids, count);
  const cities = new Int32Array(buffer, at.cities, count);
  const days = new Int32Array(buffer, at.days, count * STAGE_COUNT);
  const stages = new Uint8Array(buffer, at.stages, count);
  const zooms = new Uint8Array(buffer, at.zooms, count);
  const features: OutletFeatures['features'] = new Array(count);
  for (let f = 0; f < count; f += 1) {
    const d = f * STAGE_COUNT;
    features[f] = {
      type: 'Feature',
      id: ids[f] ?? 0,
      geometry: {
        type: 'Point',
        coordinates: [coordinates[f * 2] ?? 0, coordinates[f * 2 + 1] ?? 0],
      },
      properties: {
        c: cities[f] ?? 0,
        d_planned: days[d] ?? 0,
        d_signed: days[d + 1] ?? 0,
        d_renovating: days[d + 2] ?? 0,
        d_open: days[d + 3] ?? 0,
        d_closed: days[d + 4] ?? 0,
        stage: STAGES[stages[f] ?? NO_STAGE] ?? 'none',
        z: zooms[f] ?? 0,
      },
    };
  }
  return { type: 'FeatureCollection', features };
}
