import type { FeatureCollection } from 'geojson';
import { buildPolygonIndex } from '../../lib/geo/polygon-index';
import type { LocalizedText } from '../domain/schema';

/** A county-level unit (district) as the app names it. */
export interface District {
  /** Its 6-digit administrative code. */
  id: string;
  name: LocalizedText;
  /** The code of its prefecture (for a municipality's districts, the municipality's). */
  prefecture: string;
}

/** Each outlet's district: `district[position]` indexes `list`, or is -1 when it has none. */
export interface DistrictAssignment {
  list: District[];
  district: Int32Array;
}

/**
 * How far off every district a point may lie and still be given the nearest (a coast, a gap the
 * boundaries' simplification left); further out it has no district.
 */
export const DISTRICT_TOLERANCE_KM = 3;

/** The districts of a collection as `districts.json` holds them (`id`, `name_en`, `name_zh`, `prefecture`). */
export function districtsOf(collection: FeatureCollection): District[] {
  return collection.features.map((feature) => {
    const p = (feature.properties ?? {}) as Record<string, unknown>;
    return {
      id: String(p.id ?? feature.id ?? ''),
      name: { en: String(p.name_en ?? ''), zh: String(p.name_zh ?? '') },
      prefecture: String(p.prefecture ?? ''),
    };
  });
}

/**
 * Gives each point its district by point in polygon against the county-level boundaries, the
 * nearest within `DISTRICT_TOLERANCE_KM` for a point just off every one. Points are WGS-84
 * longitude/latitude pairs, `[lon0, lat0, lon1, lat1, …]`.
 */
export function assignDistricts(
  points: Float64Array,
  collection: FeatureCollection,
): DistrictAssignment {
  const list = districtsOf(collection);
  const index = buildPolygonIndex<number>(collection, { getId: (_, i) => i });
  const district = new Int32Array(points.length / 2).fill(-1);
  for (let i = 0; i < district.length; i += 1) {
    const lon = points[i * 2] ?? NaN;
    const lat = points[i * 2 + 1] ?? NaN;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    district[i] = index.nearest(lon, lat, DISTRICT_TOLERANCE_KM) ?? -1;
  }
  return { list, district };
}

/** The district of the outlet at `position`, or null. */
export function districtOf(
  assignment: DistrictAssignment | undefined,
  position: number,
): District | null {
  if (!assignment) return null;
  return assignment.list[assignment.district[position] ?? -1] ?? null;
}
