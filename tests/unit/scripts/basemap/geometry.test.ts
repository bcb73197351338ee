import { areaKm2 } from '../../../../scripts/basemap/geometry';

const ring = (w: number, s: number, e: number, n: number) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

describe('areaKm2', () => {
  it('measures a polygon on the sphere, whatever its winding', () => {
    // A degree square at the equator: 111.19 km × 111.19 km.
    expect(areaKm2({ type: 'Polygon', coordinates: [ring(0, 0, 1, 1)] })).toBeCloseTo(12363, -1);
    const clockwise = ring(0, 0, 1, 1).reverse();
    expect(areaKm2({ type: 'Polygon', coordinates: [clockwise] })).toBeCloseTo(12363, -1);
    // At 60°N a degree of longitude is half as long.
    expect(areaKm2({ type: 'Polygon', coordinates: [ring(0, 59.5, 1, 60.5)] })).toBeCloseTo(
      12363 / 2,
      -1,
    );
  });

  it('subtracts holes and adds the parts of a MultiPolygon', () => {
    const withHole = {
      type: 'Polygon' as const,
      coordinates: [ring(0, 0, 2, 2), ring(0.5, 0.5, 1.5, 1.5)],
    };
    expect(areaKm2(withHole)).toBeCloseTo(3 * 12363, -2);
    const two = {
      type: 'MultiPolygon' as const,
      coordinates: [[ring(0, 0, 1, 1)], [ring(5, 0, 6, 1)]],
    };
    expect(areaKm2(two)).toBeCloseTo(2 * 12363, -1);
    expect(areaKm2({ type: 'Point', coordinates: [0, 0] })).toBe(0);
  });
});
