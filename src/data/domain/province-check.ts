import type { FeatureCollection, Position } from 'geojson';
import type { Network, Point } from './schema';
import type { DataIssue } from './data-issue';

/**
 * How far outside its province's simplified boundary a point may lie and still count as
 * inside: the basemap's boundaries and coasts are generalised, and GCJ-02 or BD-09 points
 * sit up to about a kilometre off their WGS-84 place.
 */
export const PROVINCE_TOLERANCE_KM = 3;

const KM_PER_DEGREE_LAT = 110.57;
const BAND_COUNT = 256;

/** A boundary segment from (x1, y1) to (x2, y2), in degrees. */
interface Edge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** One province boundary, prepared for fast point-in-polygon tests. */
export interface ProvinceShape {
  /** The first two digits of the administrative code, e.g. `32` for Jiangsu. */
  prefix: string;
  name: { en: string; zh: string };
  bbox: [minLon: number, minLat: number, maxLon: number, maxLat: number];
  /** The edges crossing each horizontal band of the bbox, so a test only looks at nearby edges. */
  bands: Edge[][];
}

/** The basemap's provinces keyed by the first two digits of their administrative code. */
export type ProvinceIndex = ReadonlyMap<string, ProvinceShape>;

function ringsOf(geometry: unknown): Position[][] {
  const g = geometry as { type?: string; coordinates?: unknown } | null;
  if (g?.type === 'Polygon') return g.coordinates as Position[][];
  if (g?.type === 'MultiPolygon') return (g.coordinates as Position[][][]).flat();
  return [];
}

function bandOf(shape: Pick<ProvinceShape, 'bbox' | 'bands'>, lat: number): number {
  const [, minLat, , maxLat] = shape.bbox;
  const height = (maxLat - minLat) / shape.bands.length || 1;
  return Math.min(shape.bands.length - 1, Math.max(0, Math.floor((lat - minLat) / height)));
}

function buildShape(prefix: string, name: ProvinceShape['name'], rings: Position[][]) {
  const edges: Edge[] = [];
  for (const ring of rings) {
    ring.forEach(([x1 = 0, y1 = 0], i) => {
      const [x2, y2] = ring[i + 1] ?? [];
      if (x2 !== undefined && y2 !== undefined) edges.push({ x1, y1, x2, y2 });
    });
  }
  const bbox: ProvinceShape['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x1, y1 } of edges) {
    bbox[0] = Math.min(bbox[0], x1);
    bbox[1] = Math.min(bbox[1], y1);
    bbox[2] = Math.max(bbox[2], x1);
    bbox[3] = Math.max(bbox[3], y1);
  }
  const shape: ProvinceShape = { prefix, name, bbox, bands: [] };
  shape.bands = Array.from({ length: BAND_COUNT }, () => []);
  for (const edge of edges) {
    const low = bandOf(shape, Math.min(edge.y1, edge.y2));
    const high = bandOf(shape, Math.max(edge.y1, edge.y2));
    for (let b = low; b <= high; b += 1) shape.bands[b]?.push(edge);
  }
  return shape;
}

const cache = new WeakMap<object, ProvinceIndex>();

/** Prepares the basemap's province boundaries (properties adcode, name_en, name_zh). */
export function buildProvinceIndex(provinces: FeatureCollection): ProvinceIndex {
  const cached = cache.get(provinces);
  if (cached) return cached;
  const index = new Map<string, ProvinceShape>();
  for (const feature of provinces.features) {
    const props = feature.properties ?? {};
    const prefix = String(props.adcode ?? '').slice(0, 2);
    const rings = ringsOf(feature.geometry);
    if (prefix.length !== 2 || rings.length === 0) continue;
    const name = { en: String(props.name_en ?? prefix), zh: String(props.name_zh ?? prefix) };
    index.set(prefix, buildShape(prefix, name, rings));
  }
  cache.set(provinces, index);
  return index;
}

/** Whether a point lies inside a province (even-odd rule over all its rings). */
export function isInProvince(shape: ProvinceShape, { lon, lat }: Point): boolean {
  const [minLon, minLat, maxLon, maxLat] = shape.bbox;
  if (lon < minLon || lon > maxLon || lat < minLat || lat > maxLat) return false;
  let inside = false;
  for (const { x1, y1, x2, y2 } of shape.bands[bandOf(shape, lat)] ?? []) {
    if (y1 > lat !== y2 > lat && lon < ((x2 - x1) * (lat - y1)) / (y2 - y1) + x1) inside = !inside;
  }
  return inside;
}

/** Whether a point lies within `km` of a province's boundary (on either side). */
export function isNearProvince(shape: ProvinceShape, { lon, lat }: Point, km: number): boolean {
  const kx = Math.cos((lat * Math.PI) / 180) * KM_PER_DEGREE_LAT;
  const margin = km / KM_PER_DEGREE_LAT;
  const [minLon, minLat, maxLon, maxLat] = shape.bbox;
  if (lat < minLat - margin || lat > maxLat + margin) return false;
  if ((minLon - lon) * kx > km || (lon - maxLon) * kx > km) return false;
  for (let b = bandOf(shape, lat - margin); b <= bandOf(shape, lat + margin); b += 1) {
    for (const { x1, y1, x2, y2 } of shape.bands[b] ?? []) {
      const ax = (x1 - lon) * kx;
      const ay = (y1 - lat) * KM_PER_DEGREE_LAT;
      const bx = (x2 - lon) * kx;
      const by = (y2 - lat) * KM_PER_DEGREE_LAT;
      const dx = bx - ax;
      const dy = by - ay;
      const length2 = dx * dx + dy * dy;
      const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
      if (Math.hypot(ax + t * dx, ay + t * dy) <= km) return true;
    }
  }
  return false;
}

/**
 * Why a point does not belong to the province of `adcode`, or `null` when it does (inside, or
 * within the tolerance of its boundary or coast). `owner` names whose province it is.
 */
export function provinceProblem(
  index: ProvinceIndex,
  point: Point,
  adcode: string,
  owner = `adcode ${adcode}`,
  toleranceKm = PROVINCE_TOLERANCE_KM,
): string | null {
  const shape = index.get(adcode.slice(0, 2));
  if (!shape) return `no province has the code ${adcode.slice(0, 2)} (from adcode ${adcode})`;
  if (isInProvince(shape, point) || isNearProvince(shape, point, toleranceKm)) return null;
  const actual = [...index.values()].find((other) => isInProvince(other, point));
  const where = actual ? `it lies in ${actual.name.en}` : 'it lies outside every province';
  return `(${point.lon}, ${point.lat}) is outside ${shape.name.en} (${shape.name.zh}), the province of ${owner}; ${where}`;
}

/**
 * The issue, if any, for a record at `path` whose point is not in the province of `adcode`:
 * on `.adcode` when no province has that code, else on `.point`. No index, no check.
 */
export function provinceIssues(
  index: ProvinceIndex | undefined,
  point: Point,
  adcode: string,
  path: string,
  owner?: string,
): DataIssue[] {
  if (!index) return [];
  const problem = provinceProblem(index, point, adcode, owner);
  if (!problem) return [];
  const field = index.has(adcode.slice(0, 2)) ? 'point' : 'adcode';
  return [{ path: `${path}.${field}`, message: problem, severity: 'error' }];
}

/**
 * Outlets of a validated network whose point is not in the province of their city (matched by
 * the first two digits of the city's adcode). Paths index `network.outlets`; messages name the
 * outlet. 100k outlets take a few tens of milliseconds.
 */
export function checkOutletProvinces(
  network: Network,
  provinces: FeatureCollection | ProvinceIndex,
  toleranceKm = PROVINCE_TOLERANCE_KM,
): DataIssue[] {
  const index =
    provinces instanceof Map ? provinces : buildProvinceIndex(provinces as FeatureCollection);
  const cities = new Map(network.cities.map((city) => [city.id, city]));
  const issues: DataIssue[] = [];
  network.outlets.forEach((outlet, i) => {
    const city = cities.get(outlet.cityId);
    if (!city) return;
    const owner = `its city ${city.name.en}`;
    const problem = provinceProblem(index, outlet.point, city.adcode, owner, toleranceKm);
    if (problem)
      issues.push({
        path: `outlets[${i}].point`,
        message: `outlet "${outlet.id}": ${problem}`,
        severity: 'error',
      });
  });
  return issues;
}
