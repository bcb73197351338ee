/** The latitude where Web Mercator's square world ends (MapLibre clamps to it too). */
export const MAX_MERCATOR_LATITUDE = 85.051129;

/** Web Mercator's y for a latitude in degrees, in radians of the equator (unclamped). */
export function mercatorY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
}
