import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** Kilometres per degree of latitude (and of longitude at the equator), mean Earth radius. */
export const KM_PER_DEGREE = 111.195;

/** The grid never has more cells than this a side, whatever the cell size asked for. */
const MAX_CELLS_PER_SIDE = 1024;

/** Options of {@link buildPolygonIndex}. */
export interface PolygonIndexOptions<Id> {
  /**
   * The id a lookup returns for a feature. Default: the feature's `id`, else its
   * `properties.id`, else its position in the collection.
   */
  getId?: (feature: Feature, index: number) => Id;
  /** Side of the grid's square cells in degrees; default 0.25 (about 28 km). */
  cellDegrees?: number;
}

/**
 * Answers which polygon of a collection holds a point. Built once from a FeatureCollection of
 * Polygons and MultiPolygons (other geometries are ignored), then read-only.
 *
 * Boundaries are closed: a point on a feature's edge — outer ring or hole — belongs to it. Where
 * several features hold a point (a shared boundary, overlapping polygons), the one that comes
 * first in the collection wins, so every answer is deterministic.
 */
export interface PolygonIndex<Id> {
  /** The number of features with polygons. */
  readonly size: number;
  /** The id of the feature holding `[lon, lat]`, or `null` when none does. */
  locate(lon: number, lat: number): Id | null;
  /**
   * The id of the feature holding `[lon, lat]`, else of the feature whose boundary is nearest
   * within `maxKm` (for points just off a coast or in a gap left by simplification), else
   * `null`. Distances are measured on a local equirectangular projection, good to well under a
   * percent at the tens of kilometres this is meant for. Ties go to the earlier feature.
   */
  nearest(lon: number, lat: number, maxKm: number): Id | null;
}

/** One polygon (outer ring and holes) of a feature, with its bounding box. */
interface Part {
  feature: number;
  /** Rings as flat [x0, y0, x1, y1, …] arrays, closed (last point = first point). */
  rings: Float64Array[];
  west: number;
  south: number;
  east: number;
  north: number;
}

const OUTSIDE = -1;
const ON_EDGE = 0;
const INSIDE = 1;

function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function flatRing(ring: Position[]): Float64Array {
  const [x0 = NaN, y0 = NaN] = ring[0] ?? [];
  const [xn = NaN, yn = NaN] = ring[ring.length - 1] ?? [];
  const open = x0 !== xn || y0 !== yn;
  const flat = new Float64Array((ring.length + (open ? 1 : 0)) * 2);
  ring.forEach(([x = NaN, y = NaN], i) => {
    flat[i * 2] = x;
    flat[i * 2 + 1] = y;
  });
  if (open) flat.set([x0, y0], ring.length * 2);
  return flat;
}

function partOf(feature: number, polygon: Position[][]): Part | null {
  const rings = polygon.filter((ring) => ring.length >= 3).map(flatRing);
  const outer = rings[0];
  if (!outer) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < outer.length; i += 2) {
    const x = outer[i] ?? NaN;
    const y = outer[i + 1] ?? NaN;
    [west, east] = [Math.min(west, x), Math.max(east, x)];
    [south, north] = [Math.min(south, y), Math.max(north, y)];
  }
  return { feature, rings, west, south, east, north };
}

/**
 * Where a point lies against one ring: crossing number, with exact on-edge detection. Each
 * edge is read from its lower end, so an edge shared by two rings (drawn in opposite
 * directions) gives both the same crossing and a point cannot fall between them.
 */
function ringLocation(ring: Float64Array, x: number, y: number): number {
  let inside = false;
  for (let i = 2; i < ring.length; i += 2) {
    const ax = ring[i - 2] ?? NaN;
    const ay = ring[i - 1] ?? NaN;
    const bx = ring[i] ?? NaN;
    const by = ring[i + 1] ?? NaN;
    if (x === ax && y === ay) return ON_EDGE;
    if (ay > y !== by > y) {
      const [x1, y1, x2, y2] = ay < by ? [ax, ay, bx, by] : [bx, by, ax, ay];
      const crossX = x1 + ((y - y1) * (x2 - x1)) / (y2 - y1);
      if (x === crossX) return ON_EDGE;
      if (x < crossX) inside = !inside;
    } else if (ay === y && by === y && (x - ax) * (x - bx) <= 0) {
      return ON_EDGE;
    }
  }
  return inside ? INSIDE : OUTSIDE;
}

/** Whether a part holds a point: inside or on its outer ring, and not strictly inside a hole. */
function partHolds(part: Part, x: number, y: number): boolean {
  if (x < part.west || x > part.east || y < part.south || y > part.north) return false;
  const [outer, ...holes] = part.rings;
  if (!outer || ringLocation(outer, x, y) === OUTSIDE) return false;
  return holes.every((hole) => ringLocation(hole, x, y) !== INSIDE);
}

/** The distance in km from a point to the nearest edge of a part (any ring). */
function distanceToPart(part: Part, lon: number, lat: number, kx: number): number {
  let best = Infinity;
  for (const ring of part.rings) {
    for (let i = 2; i < ring.length; i += 2) {
      const ax = ((ring[i - 2] ?? NaN) - lon) * kx;
      const ay = ((ring[i - 1] ?? NaN) - lat) * KM_PER_DEGREE;
      const dx = ((ring[i] ?? NaN) - lon) * kx - ax;
      const dy = ((ring[i + 1] ?? NaN) - lat) * KM_PER_DEGREE - ay;
      const length2 = dx * dx + dy * dy;
      const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

function defaultId(feature: Feature, index: number): string | number {
  const fromProperties = feature.properties?.id as unknown;
  if (feature.id !== undefined) return feature.id;
  if (typeof fromProperties === 'string' || typeof fromProperties === 'number') {
    return fromProperties;
  }
  return index;
}

/**
 * Builds a {@link PolygonIndex} over a FeatureCollection: each polygon part's bounding box is
 * filed in a uniform grid, so a lookup tests only the few parts whose box covers the point.
 * Pure and synchronous; safe to run in a Web Worker.
 */
export function buildPolygonIndex<Id = string | number>(
  collection: FeatureCollection,
  options: PolygonIndexOptions<Id> = {},
): PolygonIndex<Id> {
  const getId = options.getId ?? (defaultId as (feature: Feature, index: number) => Id);
  const ids: Id[] = collection.features.map((feature, i) => getId(feature, i));
  const parts = collection.features.flatMap((feature, i) =>
    polygonsOf(feature.geometry).flatMap((polygon) => partOf(i, polygon) ?? []),
  );
  const size = new Set(parts.map((part) => part.feature)).size;

  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const part of parts) {
    west = Math.min(west, part.west);
    south = Math.min(south, part.south);
    east = Math.max(east, part.east);
    north = Math.max(north, part.north);
  }
  const span = Math.max(east - west, north - south, 0);
  const cell = Math.max(options.cellDegrees ?? 0.25, span / MAX_CELLS_PER_SIDE, 1e-9);
  const columns = parts.length ? Math.floor((east - west) / cell) + 1 : 0;
  const rows = parts.length ? Math.floor((north - south) / cell) + 1 : 0;
  const column = (x: number) => Math.min(columns - 1, Math.max(0, Math.floor((x - west) / cell)));
  const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor((y - south) / cell)));

  const eachCell = (part: Part, visit: (c: number) => void) => {
    for (let r = row(part.south); r <= row(part.north); r += 1) {
      for (let c = column(part.west); c <= column(part.east); c += 1) visit(r * columns + c);
    }
  };
  // Compressed rows: the parts of cell c are cellParts[cellStart[c] .. cellStart[c + 1]),
  // in collection order, so the first part that holds a point is the earliest feature's.
  // (Atomics.add increments a typed array slot and returns its old value.)
  const cellStart = new Uint32Array(columns * rows + 1);
  for (const part of parts) eachCell(part, (c) => Atomics.add(cellStart, c + 1, 1));
  for (let c = 1; c <= columns * rows; c += 1) Atomics.add(cellStart, c, cellStart[c - 1] ?? 0);
  const cellParts = new Uint32Array(cellStart[columns * rows] ?? 0);
  const next = cellStart.slice(0, -1);
  parts.forEach((part, p) => eachCell(part, (c) => (cellParts[Atomics.add(next, c, 1)] = p)));

  const seen = new Uint32Array(parts.length);
  let query = 0;

  function locateFeature(lon: number, lat: number): number {
    if (!(lon >= west && lon <= east && lat >= south && lat <= north)) return -1;
    const c = row(lat) * columns + column(lon);
    for (let k = cellStart[c] ?? 0, end = cellStart[c + 1] ?? 0; k < end; k += 1) {
      const part = parts[cellParts[k] ?? 0];
      if (part && partHolds(part, lon, lat)) return part.feature;
    }
    return -1;
  }

  function nearestFeature(lon: number, lat: number, maxKm: number): number {
    const found = locateFeature(lon, lat);
    if (found >= 0 || !(maxKm >= 0) || !parts.length) return found;
    const kx = Math.max(Math.cos((lat * Math.PI) / 180), 1e-6) * KM_PER_DEGREE;
    const dLon = maxKm / kx;
    const dLat = maxKm / KM_PER_DEGREE;
    if (lon + dLon < west || lon - dLon > east || lat + dLat < south || lat - dLat > north) {
      return -1;
    }
    query += 1;
    let best = -1;
    let bestKm = Infinity;
    let bestPart = Infinity;
    for (let r = row(lat - dLat); r <= row(lat + dLat); r += 1) {
      for (let c = column(lon - dLon); c <= column(lon + dLon); c += 1) {
        const cell = r * columns + c;
        for (let k = cellStart[cell] ?? 0, end = cellStart[cell + 1] ?? 0; k < end; k += 1) {
          const p = cellParts[k] ?? 0;
          const part = parts[p];
          if (!part || seen[p] === query) continue;
          seen[p] = query;
          if (part.west - dLon > lon || part.east + dLon < lon) continue;
          if (part.south - dLat > lat || part.north + dLat < lat) continue;
          const km = distanceToPart(part, lon, lat, kx);
          if (km < bestKm || (km === bestKm && p < bestPart)) {
            [best, bestKm, bestPart] = [part.feature, km, p];
          }
        }
      }
    }
    return bestKm <= maxKm ? best : -1;
  }

  return {
    size,
    locate(lon, lat) {
      return ids[locateFeature(lon, lat)] ?? null;
    },
    nearest(lon, lat, maxKm) {
      return ids[nearestFeature(lon, lat, maxKm)] ?? null;
    },
  };
}
