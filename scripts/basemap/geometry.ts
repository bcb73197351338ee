import type { Geometry, Position } from 'geojson';

/** The radius of the sphere with the WGS-84 ellipsoid's surface area, in km. */
const AUTHALIC_RADIUS_KM = 6371.0072;

/** The area of a ring on the sphere, in km², whatever its winding. */
function ringAreaKm2(ring: Position[]): number {
  const radians = Math.PI / 180;
  let total = 0;
  for (let i = 0; i < ring.length; i += 1) {
    const [lowerX = 0] = ring[i] ?? [];
    const [, middleY = 0] = ring[(i + 1) % ring.length] ?? [];
    const [upperX = 0] = ring[(i + 2) % ring.length] ?? [];
    total += (upperX - lowerX) * radians * Math.sin(middleY * radians);
  }
  return Math.abs((total * AUTHALIC_RADIUS_KM * AUTHALIC_RADIUS_KM) / 2);
}

/**
 * The area of a Polygon or MultiPolygon on the sphere, in km²: outer rings less their holes.
 * Within a fraction of a percent of the ellipsoidal area at China's latitudes.
 */
export function areaKm2(geometry: Geometry): number {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  let area = 0;
  for (const [outer, ...holes] of polygons) {
    if (!outer) continue;
    area += ringAreaKm2(outer) - holes.reduce((sum, hole) => sum + ringAreaKm2(hole), 0);
  }
  return area;
}
