import type { LocalizedText } from '../../domain/schema';

/**
 * The county-level units (districts) as columns, from `public/basemap/district-points.json`:
 * each one's code, names, prefecture and province codes, a point inside it (WGS-84), its area
 * and its population proxy. Row `d` is the feature of `districts.json` with id `featureId[d]`.
 */
export interface DistrictTable {
  size: number;
  /** The 6-digit code. */
  id: string[];
  /** The numeric feature id the district has in `districts.json` (its code as a number). */
  featureId: Int32Array;
  name: LocalizedText[];
  /** The code of its prefecture (a municipality's own code for its districts). */
  prefecture: string[];
  /** The code of its province. */
  province: string[];
  /** The point distances are measured from: inside the district, near its middle. */
  lon: Float64Array;
  lat: Float64Array;
  areaKm2: Float64Array;
  /**
   * The population proxy: the summed population of the GeoNames places (1000 inhabitants or
   * more) in the district. Not a census; 0 for most districts.
   */
  pop: Float64Array;
  /** How many places were summed into `pop`. */
  places: Int32Array;
  /** Names of the prefectures by code, when known (`prefecture-labels.json`). */
  prefectureName: Map<string, LocalizedText>;
}

/** The columns `district-points.json` must have, in any order. */
export const DISTRICT_POINT_COLUMNS = [
  'id',
  'name_zh',
  'name_en',
  'prefecture',
  'province',
  'point',
  'area_km2',
  'pop',
  'places',
] as const;

const CODE = /^\d{6}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads `district-points.json` (`{ columns, rows }`, one row per district); throws an error
 * that names the file, the row and the field on anything it cannot use.
 */
export function readDistrictPoints(doc: unknown, source = 'district-points.json'): DistrictTable {
  const fail = (where: string, why: string): never => {
    throw new Error(`${source}: ${where}: ${why}`);
  };
  if (!isRecord(doc)) return fail('document', 'expected an object with columns and rows');
  const { columns, rows } = doc;
  if (!Array.isArray(columns)) return fail('columns', 'expected a list of column names');
  if (!Array.isArray(rows)) return fail('rows', 'expected a list of rows');
  const at = Object.fromEntries(
    DISTRICT_POINT_COLUMNS.map((name) => {
      const i = columns.indexOf(name);
      if (i < 0) fail('columns', `missing "${name}"`);
      return [name, i];
    }),
  ) as Record<(typeof DISTRICT_POINT_COLUMNS)[number], number>;
  const size = rows.length;
  const table: DistrictTable = {
    size,
    id: [],
    featureId: new Int32Array(size),
    name: [],
    prefecture: [],
    province: [],
    lon: new Float64Array(size),
    lat: new Float64Array(size),
    areaKm2: new Float64Array(size),
    pop: new Float64Array(size),
    places: new Int32Array(size),
    prefectureName: new Map(),
  };
  const seen = new Set<string>();
  rows.forEach((row: unknown, d) => {
    const where = (field: string) => `rows[${d}].${field}`;
    if (!Array.isArray(row)) return fail(`rows[${d}]`, 'expected a list of values');
    const get = (name: keyof typeof at) => row[at[name]] as unknown;
    const code = (name: 'id' | 'prefecture' | 'province') => {
      const value = get(name);
      return typeof value === 'string' && CODE.test(value)
        ? value
        : fail(where(name), 'expected a 6-digit code');
    };
    const count = (name: 'area_km2' | 'pop' | 'places') => {
      const value = get(name);
      return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? value
        : fail(where(name), 'expected a number of 0 or more');
    };
    const id = code('id');
    if (seen.has(id)) fail(where('id'), `"${id}" appears twice`);
    seen.add(id);
    const point = get('point');
    const [lon, lat] = Array.isArray(point) ? (point as unknown[]) : [];
    if (
      typeof lon !== 'number' ||
      typeof lat !== 'number' ||
      Math.abs(lon) > 180 ||
      Math.abs(lat) > 90
    )
      fail(where('point'), 'expected [longitude, latitude]');
    const zh = get('name_zh');
    const en = get('name_en');
    if (typeof zh !== 'string' || typeof en !== 'string') fail(where('name'), 'expected names');
    table.id.push(id);
    table.featureId[d] = Number(id);
    table.name.push({ en: String(en), zh: String(zh) });
    table.prefecture.push(code('prefecture'));
    table.province.push(code('province'));
    table.lon[d] = Number(lon);
    table.lat[d] = Number(lat);
    table.areaKm2[d] = count('area_km2');
    table.pop[d] = count('pop');
    table.places[d] = count('places');
  });
  return table;
}

/**
 * Adds the prefectures' names from `prefecture-labels.json` (a GeoJSON of points with `id`,
 * `name_en`, `name_zh`); what it cannot read is left out, the names are only for display.
 */
export function addPrefectureNames(table: DistrictTable, doc: unknown): void {
  const features = isRecord(doc) && Array.isArray(doc.features) ? doc.features : [];
  for (const feature of features as unknown[]) {
    const p = isRecord(feature) && isRecord(feature.properties) ? feature.properties : null;
    if (p && typeof p.id === 'string' && typeof p.name_en === 'string')
      table.prefectureName.set(p.id, { en: p.name_en, zh: String(p.name_zh ?? p.name_en) });
  }
}
