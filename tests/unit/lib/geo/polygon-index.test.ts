import type { Feature, FeatureCollection, Position } from 'geojson';
import { buildPolygonIndex, KM_PER_DEGREE } from '../../../../src/lib/geo/polygon-index';

/** A closed, counter-clockwise rectangle ring. */
const box = (west: number, south: number, east: number, north: number): Position[] => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

const polygon = (id: string, ...rings: Position[][]): Feature => ({
  type: 'Feature',
  properties: { id },
  geometry: { type: 'Polygon', coordinates: rings },
});

const collection = (...features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

// Near the equator 0.01° is about 1.1 km either way.
const a = polygon('A', box(0, 0, 0.1, 0.1), box(0.04, 0.04, 0.06, 0.06)); // with a hole
const b = polygon('B', box(0.1, 0, 0.2, 0.1)); // shares A's east edge
const hole = polygon('H', box(0.04, 0.04, 0.06, 0.06)); // fills A's hole
const islands: Feature = {
  type: 'Feature',
  properties: { id: 'M' },
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [box(0.3, 0, 0.4, 0.1)],
      [box(0.42, 0, 0.43, 0.01)],
      [box(0.45, 0.05, 0.46, 0.06)],
    ],
  },
};
const lower = polygon('C', [
  [0.5, 0],
  [0.6, 0],
  [0.6, 0.1],
  [0.5, 0],
]);
const upper = polygon('D', [
  [0.5, 0],
  [0.6, 0.1],
  [0.5, 0.1],
  [0.5, 0],
]);
const fixture = collection(a, b, hole, islands, lower, upper);
const index = buildPolygonIndex(fixture);

describe('buildPolygonIndex', () => {
  it('finds the polygon that holds a point inside it', () => {
    expect(index.size).toBe(6);
    expect(index.locate(0.02, 0.02)).toBe('A');
    expect(index.locate(0.15, 0.05)).toBe('B');
  });

  it('does not count a point in a hole as inside the polygon', () => {
    expect(index.locate(0.05, 0.05)).toBe('H');
    const withoutFiller = buildPolygonIndex(collection(a, b));
    expect(withoutFiller.locate(0.05, 0.05)).toBeNull();
    expect(withoutFiller.locate(0.039, 0.05)).toBe('A');
  });

  it('gives a point on a shared boundary to the feature that comes first', () => {
    expect(index.locate(0.1, 0.05)).toBe('A');
    expect(index.locate(0.1, 0.1)).toBe('A'); // a shared corner
    expect(buildPolygonIndex(collection(b, a)).locate(0.1, 0.05)).toBe('B');
    expect(index.locate(0.04, 0.05)).toBe('A'); // on the hole's edge: A's boundary too
    expect(buildPolygonIndex(collection(hole, a)).locate(0.04, 0.05)).toBe('H');
  });

  it('counts a point on an outer edge or vertex as inside', () => {
    expect(index.locate(0.05, 0)).toBe('A');
    expect(index.locate(0, 0)).toBe('A');
    expect(index.locate(0.2, 0.1)).toBe('B');
  });

  it('tells the two sides of a boundary apart however close the point', () => {
    expect(index.locate(0.1 - 1e-9, 0.05)).toBe('A');
    expect(index.locate(0.1 + 1e-9, 0.05)).toBe('B');
    expect(index.locate(0.2 + 1e-9, 0.05)).toBeNull();
  });

  it('leaves no gap along a diagonal edge shared by two polygons', () => {
    for (let i = 1; i < 1000; i += 1) {
      const t = i / 1000;
      const x = 0.5 + 0.1 * t;
      const y = 0.1 * t;
      for (const [dx, dy] of [
        [0, 0],
        [1e-12, 0],
        [-1e-12, 0],
        [0, 1e-12],
      ]) {
        expect(['C', 'D']).toContain(index.locate(x + dx!, y + dy!));
      }
    }
  });

  it('finds every part of a MultiPolygon, islands included', () => {
    expect(index.locate(0.35, 0.05)).toBe('M');
    expect(index.locate(0.425, 0.005)).toBe('M');
    expect(index.locate(0.455, 0.055)).toBe('M');
    expect(index.locate(0.44, 0.005)).toBeNull(); // sea between the islands
    expect(index.nearest(0.44, 0.005, 2)).toBe('M'); // 1.1 km from either island
  });

  it('returns null outside every polygon, and nothing for empty input', () => {
    expect(index.locate(-0.01, 0.05)).toBeNull();
    expect(index.locate(0.25, 0.05)).toBeNull();
    expect(index.locate(10, 10)).toBeNull();
    const empty = buildPolygonIndex(collection());
    expect(empty.size).toBe(0);
    expect(empty.locate(0, 0)).toBeNull();
    expect(empty.nearest(0, 0, 100)).toBeNull();
  });

  it('snaps a point just outside to the polygon whose edge is nearest within the tolerance', () => {
    const km = 0.01 * KM_PER_DEGREE; // 0.01° of latitude
    expect(index.nearest(0.05, 0.11, km * 1.01)).toBe('A'); // 1.1 km north of A
    expect(index.nearest(0.05, 0.11, km * 0.99)).toBeNull();
    expect(index.nearest(0.15, -0.005, 1)).toBe('B'); // 0.56 km south of B
    expect(index.nearest(0.15, -0.005, 0.5)).toBeNull();
    expect(index.nearest(0.1, -0.005, 1)).toBe('A'); // as near to A as to B: the first wins
    expect(index.nearest(0.25, 0.05, 4)).toBeNull(); // 5.6 km from B and from M
    expect(index.nearest(0.24, 0.05, 6)).toBe('B'); // 4.4 km from B, 6.7 km from M
    expect(index.nearest(0.26, 0.05, 6)).toBe('M'); // 6.7 km from B, 4.4 km from M
    expect(index.nearest(0.02, 0.02, 0)).toBe('A'); // inside: no tolerance needed
  });

  it('uses feature ids, then properties.id, then the position, or the ids it is given', () => {
    const mixed = collection(
      { ...polygon('first', box(0, 0, 1, 1)), id: 7 },
      polygon('second', box(1, 0, 2, 1)),
      { ...polygon('third', box(2, 0, 3, 1)), properties: null },
    );
    const byDefault = buildPolygonIndex(mixed);
    expect([0.5, 1.5, 2.5].map((x) => byDefault.locate(x, 0.5))).toEqual([7, 'second', 2]);
    const custom = buildPolygonIndex(mixed, { getId: (_feature, i) => `#${i}` });
    expect(custom.locate(2.5, 0.5)).toBe('#2');
  });

  it('agrees with a brute-force search on random points', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1664525 + 1013904223) % 2 ** 32;
      return seed / 2 ** 32;
    };
    const rings = fixture.features.map((f) =>
      f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates]
        : (f.geometry as { coordinates: Position[][][] }).coordinates,
    );
    const inRing = (x: number, y: number, ring: Position[]) => {
      let inside = false;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) {
          inside = !inside;
        }
      }
      return inside;
    };
    const bruteLocate = (x: number, y: number) => {
      const i = rings.findIndex((parts) =>
        parts.some(
          ([outer, ...holes]) => inRing(x, y, outer!) && !holes.some((h) => inRing(x, y, h)),
        ),
      );
      return i < 0 ? null : (fixture.features[i]!.properties!.id as string);
    };
    const bruteDistance = (x: number, y: number, parts: Position[][][]) => {
      const kx = Math.cos((y * Math.PI) / 180) * KM_PER_DEGREE;
      let best = Infinity;
      for (const ring of parts.flat()) {
        for (let i = 1; i < ring.length; i += 1) {
          const [ax, ay] = [(ring[i - 1]![0]! - x) * kx, (ring[i - 1]![1]! - y) * KM_PER_DEGREE];
          const [bx, by] = [(ring[i]![0]! - x) * kx, (ring[i]![1]! - y) * KM_PER_DEGREE];
          const [dx, dy] = [bx - ax, by - ay];
          const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
          best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
        }
      }
      return best;
    };
    for (let n = 0; n < 5000; n += 1) {
      const x = -0.05 + random() * 0.7;
      const y = -0.05 + random() * 0.2;
      const expected = bruteLocate(x, y);
      expect(index.locate(x, y)).toBe(expected);
      if (expected) continue;
      const distances = rings.map((parts) => bruteDistance(x, y, parts));
      const min = Math.min(...distances);
      const nearestId = fixture.features[distances.indexOf(min)]!.properties!.id;
      expect(index.nearest(x, y, 3)).toBe(min <= 3 ? nearestId : null);
    }
  });

  it('gives the same answers whatever the grid cell size', () => {
    const fine = buildPolygonIndex(fixture, { cellDegrees: 0.001 });
    const coarse = buildPolygonIndex(fixture, { cellDegrees: 10 });
    for (const [x, y] of [
      [0.02, 0.02],
      [0.05, 0.05],
      [0.1, 0.05],
      [0.425, 0.005],
      [0.44, 0.005],
      [0.56, 0.05],
    ] as const) {
      expect(fine.locate(x, y)).toBe(index.locate(x, y));
      expect(coarse.locate(x, y)).toBe(index.locate(x, y));
      expect(fine.nearest(x, y, 2)).toBe(index.nearest(x, y, 2));
    }
  });
});
