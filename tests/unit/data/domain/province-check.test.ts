import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import {
  buildProvinceIndex,
  checkOutletProvinces,
  PROVINCE_TOLERANCE_KM,
} from '../../../../src/data/domain/province-check';
import type { Network } from '../../../../src/data/domain/schema';
import { validateNetwork } from '../../../../src/data/domain/validate-network';
import { makeNetwork, makeOutlet } from '../../fixtures/network';

const basemap = JSON.parse(
  readFileSync('public/basemap/provinces.json', 'utf8'),
) as FeatureCollection;
const sample = JSON.parse(readFileSync('data/sample-network.json', 'utf8')) as Network;

/** A square "Jiangsu" from 120–121°E, 31–32°N with a square hole at 120.4–120.6°E, 31.4–31.6°N. */
const square: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { adcode: '320000', name_en: 'Jiangsu', name_zh: '江苏省' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [120, 31],
            [121, 31],
            [121, 32],
            [120, 32],
            [120, 31],
          ],
          [
            [120.4, 31.4],
            [120.6, 31.4],
            [120.6, 31.6],
            [120.4, 31.6],
            [120.4, 31.4],
          ],
        ],
      },
    },
  ],
};

function networkWith(point: { lon: number; lat: number }): Network {
  const network = makeNetwork();
  network.outlets = [makeOutlet({ point })];
  return network;
}

describe('checkOutletProvinces', () => {
  it('accepts every outlet of the bundled sample against the basemap', () => {
    expect(checkOutletProvinces(sample, basemap)).toEqual([]);
  });

  it('reports an outlet in another province, naming the province it lies in', () => {
    const issues = checkOutletProvinces(networkWith({ lon: 121.47, lat: 31.23 }), basemap);
    expect(issues).toEqual([
      {
        path: 'outlets[0].point',
        message: expect.stringMatching(
          /"ps-suzhou-1".*outside Jiangsu.*Suzhou; it lies in Shanghai/,
        ),
        severity: 'error',
      },
    ]);
  });

  it('reports a point across the border in Hong Kong for a Shenzhen outlet', () => {
    const network = makeNetwork();
    network.cities[0] = {
      ...network.cities[0]!,
      adcode: '440300',
      name: { en: 'Shenzhen', zh: '深圳' },
    };
    network.outlets = [makeOutlet({ point: { lon: 114.17, lat: 22.3 } })];
    expect(checkOutletProvinces(network, basemap)[0]?.message).toMatch(/lies in Hong Kong/);
  });

  it(`counts a point within ${PROVINCE_TOLERANCE_KM} km of the boundary or coast as inside`, () => {
    expect(checkOutletProvinces(networkWith({ lon: 121.02, lat: 31.5 }), square)).toEqual([]);
    expect(checkOutletProvinces(networkWith({ lon: 121.05, lat: 31.5 }), square)).toHaveLength(1);
  });

  it('treats a hole in a province as outside it', () => {
    expect(checkOutletProvinces(networkWith({ lon: 120.5, lat: 31.5 }), square)).toHaveLength(1);
    expect(checkOutletProvinces(networkWith({ lon: 120.2, lat: 31.5 }), square)).toEqual([]);
  });

  it('checks 100,000 outlets in well under a second', () => {
    const index = buildProvinceIndex(basemap);
    const outlets = Array.from({ length: 100_000 }, (_, i) => {
      const outlet = sample.outlets[i % sample.outlets.length]!;
      return {
        ...outlet,
        point: { lon: outlet.point.lon + (i % 7) * 1e-3, lat: outlet.point.lat },
      };
    });
    const started = performance.now();
    const issues = checkOutletProvinces({ ...sample, outlets }, index);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(issues).toEqual([]);
  });
});

describe('validateNetwork with the province check', () => {
  const provinces = buildProvinceIndex(basemap);

  it('drops an outlet outside its city’s province and keeps the rest', () => {
    const network = makeNetwork();
    network.outlets[1]!.point = { lon: 121.47, lat: 31.23 };
    const { network: valid, issues } = validateNetwork(network, { provinces });
    expect(issues).toEqual([
      expect.objectContaining({ path: 'outlets[1].point', severity: 'error' }),
    ]);
    expect(valid.outlets.map((outlet) => outlet.id)).not.toContain('ps-suzhou-2');
    expect(valid.outlets).toHaveLength(4);
  });

  it('reports a city outside its own province, and a city code no province has', () => {
    const network = makeNetwork();
    network.cities[0]!.point = { lon: 121.47, lat: 31.23 };
    network.cities[2]!.adcode = '990100';
    const { issues } = validateNetwork(network, { provinces });
    const paths = issues.map((issue) => issue.path);
    expect(paths).toContain('cities[0].point');
    expect(paths).toContain('cities[2].adcode');
    expect(issues.find((issue) => issue.path === 'cities[2].adcode')?.message).toMatch(
      /no province has the code 99/,
    );
  });

  it('skips the check when no provinces are given', () => {
    const network = makeNetwork();
    network.outlets[1]!.point = { lon: 121.47, lat: 31.23 };
    expect(validateNetwork(network).issues).toEqual([]);
  });
});
