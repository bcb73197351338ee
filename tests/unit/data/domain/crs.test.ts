import { convertNetwork, convertPoint } from '../../../../src/data/domain/crs';
import { makeNetwork } from '../../fixtures/network';

// Reference pairs: Tiananmen (WGS-84 → GCJ-02 offset ≈ +0.0062 lon, +0.0014 lat), and the
// Baidu offset of the same point, as published by common converters.
const WGS = { lon: 116.391275, lat: 39.90765 };

function distanceMeters(a: { lon: number; lat: number }, b: { lon: number; lat: number }) {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.hypot(x, y) * 6_371_000;
}

describe('convertPoint', () => {
  it('shifts WGS-84 to GCJ-02 by a few hundred metres to the north-east in Beijing', () => {
    const gcj = convertPoint(WGS, 'WGS84', 'GCJ02');
    expect(gcj.lon - WGS.lon).toBeCloseTo(0.00624, 3);
    expect(gcj.lat - WGS.lat).toBeCloseTo(0.0014, 3);
    const meters = distanceMeters(WGS, gcj);
    expect(meters).toBeGreaterThan(300);
    expect(meters).toBeLessThan(700);
  });

  it('round-trips GCJ-02 within a metre', () => {
    const back = convertPoint(convertPoint(WGS, 'WGS84', 'GCJ02'), 'GCJ02', 'WGS84');
    expect(distanceMeters(WGS, back)).toBeLessThan(1);
  });

  it('converts BD-09 through GCJ-02', () => {
    const bd = convertPoint(WGS, 'WGS84', 'BD09');
    const gcj = convertPoint(WGS, 'WGS84', 'GCJ02');
    expect(bd.lon - gcj.lon).toBeCloseTo(0.0065, 2);
    expect(bd.lat - gcj.lat).toBeCloseTo(0.006, 2);
    expect(distanceMeters(convertPoint(bd, 'BD09', 'WGS84'), WGS)).toBeLessThan(2);
  });

  it('returns the same point when the systems match', () => {
    expect(convertPoint(WGS, 'GCJ02', 'GCJ02')).toBe(WGS);
  });
});

describe('convertNetwork', () => {
  it('converts every city and outlet point and records the new system', () => {
    const network = makeNetwork();
    network.meta.crs = 'GCJ02';
    const converted = convertNetwork(network, 'WGS84');
    expect(converted.meta.crs).toBe('WGS84');
    converted.outlets.forEach((outlet, index) => {
      const meters = distanceMeters(outlet.point, network.outlets[index]!.point);
      expect(meters).toBeGreaterThan(200);
      expect(meters).toBeLessThan(800);
    });
    expect(converted.cities[0]!.point).not.toEqual(network.cities[0]!.point);
  });

  it('returns the network itself when no conversion is needed', () => {
    const network = makeNetwork();
    expect(convertNetwork(network, 'WGS84')).toBe(network);
  });
});
