import type { FeatureCollection } from 'geojson';
import { baseUrl } from '../../config/base-url';
import { buildProvinceIndex, type ProvinceIndex } from '../domain/province-check';

let pending: Promise<ProvinceIndex | undefined> | null = null;

/**
 * The basemap's province polygons as an index for the "point inside its province" check,
 * fetched once. Without them (e.g. an online basemap that failed) the check is skipped.
 */
export function loadProvinceIndex(): Promise<ProvinceIndex | undefined> {
  pending ??= fetch(`${baseUrl()}basemap/provinces.json`)
    .then((response) => (response.ok ? (response.json() as Promise<FeatureCollection>) : null))
    .then((collection) =>
      Array.isArray(collection?.features) ? buildProvinceIndex(collection) : undefined,
    )
    .catch(() => undefined);
  return pending;
}
