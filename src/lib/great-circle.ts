/** The mean Earth radius (IUGG), in metres. */
export const EARTH_RADIUS_M = 6_371_008.8;

const RAD = Math.PI / 180;

/**
 * The great-circle distance in metres between two points in degrees (haversine, on a sphere
 * of the mean Earth radius: within 0.5 % of the ellipsoid, a few decimetres at 100 m).
 */
export function greatCircleMeters(
  a: { lon: number; lat: number },
  b: { lon: number; lat: number },
): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}
