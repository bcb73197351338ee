import { EARTH_RADIUS_M, greatCircleMeters } from '../../../src/lib/great-circle';

describe('greatCircleMeters', () => {
  it('is zero for the same point and the same both ways', () => {
    const a = { lon: 120.62, lat: 31.31 };
    const b = { lon: 121.47, lat: 31.23 };
    expect(greatCircleMeters(a, a)).toBe(0);
    expect(greatCircleMeters(a, b)).toBeCloseTo(greatCircleMeters(b, a), 6);
  });

  it('gives a degree of latitude as an arc of the Earth’s radius', () => {
    const metres = greatCircleMeters({ lon: 116, lat: 39 }, { lon: 116, lat: 40 });
    expect(metres).toBeCloseTo((EARTH_RADIUS_M * Math.PI) / 180, 3);
  });

  it('gives Beijing to Shanghai about 1,067 km', () => {
    const km =
      greatCircleMeters({ lon: 116.3972, lat: 39.9075 }, { lon: 121.4581, lat: 31.2222 }) / 1000;
    expect(km).toBeGreaterThan(1060);
    expect(km).toBeLessThan(1075);
  });
});
