import type { FeatureCollection } from 'geojson';
import { buildProvinceIndex, type ProvinceIndex } from './province-check';

let pending: Promise<ProvinceIndex | undefined> | null = null;

/**
 * The basemap's province polygons as an index for the "point inside its province" check,
 * fetched once. Without them (e.g. an online basemap that failed) the check is skipped.
 */
export function loadProvinceIndex(): Promise<ProvinceIndex | undefined> {
  // Also imported by Node tools (which pass their own index), where Vite's env is absent.
  const base = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
  pending ??= fetch(`${base}basemap/provinces.json`)
    .then((response) => (response.ok ? (response.json() as Promise<FeatureCollection>) : null))
    .then((collection) =>
      Array.isArray(collection?.features) ? buildProvinceIndex(collection) : undefined,
    )
    .catch(() => undefined);
  return pending;
}
