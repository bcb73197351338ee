import type { Network } from '../domain/schema';
import { serviceMask } from '../domain/services';
import { dayNumber, networkIndex, STAGE_COUNT } from './network-index';

/**
 * The outlets as columns in one buffer, for code that runs where the dataset is not (a map
 * worker): each outlet's position, city, kind, services and the day each stage was reached. Row `i` is
 * `network.outlets[i]`.
 */
export interface OutletTable {
  size: number;
  /** The dataset's own as-of date as a day number (days since 1970-01-01). */
  datasetDay: number;
  lon: Float64Array;
  lat: Float64Array;
  /** Position of the outlet's city in `network.cities`; -1 for an unknown city. */
  city: Int32Array;
  /** Position of the outlet's kind in `OUTLET_KINDS`. */
  kind: Uint8Array;
  /** What the outlet offers, its kind's defaults filled in: bits of `SERVICE_BIT`. */
  services: Uint8Array;
  /** `days[i * STAGE_COUNT + s]`: the day stage `STAGES[s]` was reached, or `NEVER_DAY`. */
  days: Int32Array;
}

const MAGIC = 0x41544c32; // "ATL2"
const HEADER_BYTES = 16;

/** Bytes of each column, in buffer order: the 8-byte columns first keep every column aligned. */
function layout(size: number) {
  const lon = HEADER_BYTES;
  const lat = lon + size * 8;
  const city = lat + size * 8;
  const days = city + size * 4;
  const kind = days + size * STAGE_COUNT * 4;
  const services = kind + size;
  return { lon, lat, city, days, kind, services, end: services + size };
}

/** The table of a dataset, from its index (built once per dataset), as one buffer. */
export function buildOutletTable(network: Network): ArrayBuffer {
  const index = networkIndex(network);
  const { size } = index;
  const at = layout(size);
  const buffer = new ArrayBuffer(at.end);
  new Int32Array(buffer, 0, 4).set([MAGIC, size, dayNumber(network.meta.asOf), STAGE_COUNT]);
  const lon = new Float64Array(buffer, at.lon, size);
  const lat = new Float64Array(buffer, at.lat, size);
  const services = new Uint8Array(buffer, at.services, size);
  network.outlets.forEach((outlet, i) => {
    lon[i] = outlet.point.lon;
    lat[i] = outlet.point.lat;
    services[i] = serviceMask(outlet);
  });
  new Int32Array(buffer, at.city, size).set(index.city);
  new Int32Array(buffer, at.days, size * STAGE_COUNT).set(index.days);
  new Uint8Array(buffer, at.kind, size).set(index.kind);
  return buffer;
}

/** Reads a buffer made by `buildOutletTable`; throws on anything else. */
export function readOutletTable(buffer: ArrayBuffer): OutletTable {
  if (buffer.byteLength < HEADER_BYTES) throw new Error('not an outlet table: too short');
  const [magic = 0, size = 0, datasetDay = 0, stages = 0] = new Int32Array(buffer, 0, 4);
  const at = layout(size);
  if (magic !== MAGIC || stages !== STAGE_COUNT || size < 0 || at.end !== buffer.byteLength)
    throw new Error('not an outlet table of this version');
  return {
    size,
    datasetDay,
    lon: new Float64Array(buffer, at.lon, size),
    lat: new Float64Array(buffer, at.lat, size),
    city: new Int32Array(buffer, at.city, size),
    days: new Int32Array(buffer, at.days, size * STAGE_COUNT),
    kind: new Uint8Array(buffer, at.kind, size),
    services: new Uint8Array(buffer, at.services, size),
  };
}
