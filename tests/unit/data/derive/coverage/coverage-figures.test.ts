// @vitest-environment node
import { readFileSync } from 'node:fs';
import {
  bandOf,
  coverageFigures,
  districtContext,
  reachScope,
  whitespaceRows,
} from '../../../../../src/data/derive/coverage/coverage-figures';
import { buildWhitespaceCsv } from '../../../../../src/data/derive/coverage/build-whitespace-csv';
import {
  DISTRICT_POINT_COLUMNS,
  readDistrictPoints,
  type DistrictTable,
} from '../../../../../src/data/derive/coverage/district-table';
import { REACH_WIDTH, type Reach } from '../../../../../src/data/derive/coverage/reach';
import { makeNetwork } from '../../../fixtures/network';

const COLUMNS: string[] = [...DISTRICT_POINT_COLUMNS];

/**
 * Six districts: two of Suzhou (one with places summed into its proxy, one without any), one of
 * Beijing, one of Haikou, and two of cities the fixture network does not have (Shijiazhuang in
 * Hebei, and one in Hong Kong).
 */
const ROWS = [
  ['320508', '姑苏区', 'Gusu', '320500', '320000', [120.6, 31.3], 83.4, 900_000, 2],
  ['320509', '吴江区', 'Wujiang', '320500', '320000', [120.6, 31.0], 1176.7, 0, 0],
  ['110101', '东城区', 'Dongcheng', '110000', '110000', [116.4, 39.9], 41.6, 100_000, 1],
  ['460106', '龙华区', 'Longhua', '460100', '460000', [110.3, 20.0], 297, 0, 0],
  ['130102', '长安区', "Chang'an", '130100', '130000', [114.5, 38.0], 110, 50_000, 1],
  ['810001', '中西区', 'Central and Western', '810000', '810000', [114.15, 22.28], 12.5, 0, 0],
];

const table: DistrictTable = readDistrictPoints({ columns: COLUMNS, rows: ROWS });
const network = makeNetwork();
const context = districtContext(network, table);

/** A reach to service with these km to the nearest open point, and counting the coming ones. */
function reachOf(open: number[], coming: number[] = open): Reach {
  const km = new Float32Array(open.length * REACH_WIDTH).fill(NaN);
  const nearest = new Int32Array(open.length * REACH_WIDTH).fill(-1);
  open.forEach((value, d) => {
    km[d * REACH_WIDTH] = value;
    km[d * REACH_WIDTH + 1] = coming[d] ?? value;
    if (Number.isFinite(value)) nearest[d * REACH_WIDTH] = 2;
  });
  return { kind: 'service', km, nearest, points: { open: 1, coming: 3 } };
}

describe('the district table', () => {
  it('reads every district of the shipped file, with its proxy', () => {
    const shipped = readDistrictPoints(
      JSON.parse(readFileSync('public/basemap/district-points.json', 'utf8')),
    );
    expect(shipped.size).toBe(2891);
    expect(shipped.id.indexOf('320508')).toBeGreaterThanOrEqual(0);
    expect(shipped.featureId[0]).toBe(Number(shipped.id[0]));
    // Most districts hold no GeoNames place with a population: their proxy is 0.
    const withPlaces = Array.from(shipped.places).filter((places) => places > 0).length;
    expect(Array.from(shipped.pop).filter((pop) => pop === 0).length).toBe(2891 - withPlaces);
  });

  it.each([
    [null, 'district-points.json: document: expected an object with columns and rows'],
    [{ columns: COLUMNS.slice(1), rows: [] }, 'district-points.json: columns: missing "id"'],
    [
      { columns: COLUMNS, rows: [ROWS[0], ROWS[0]] },
      'district-points.json: rows[1].id: "320508" appears twice',
    ],
    [
      { columns: COLUMNS, rows: [[...ROWS[0]!.slice(0, 5), [120.6], 1, 0, 0]] },
      'district-points.json: rows[0].point: expected [longitude, latitude]',
    ],
    [
      { columns: COLUMNS, rows: [[...ROWS[0]!.slice(0, 7), -5, 0]] },
      'district-points.json: rows[0].pop: expected a number of 0 or more',
    ],
  ])('names the file, row and field it cannot read', (doc, message) => {
    expect(() => readDistrictPoints(doc)).toThrow(message);
  });
});

describe('districtContext', () => {
  it('places districts in the dataset’s cities by prefecture code, and the rest by province', () => {
    expect(Array.from(context.city)).toEqual([0, 0, 1, 2, -1, -1]);
    // Suzhou New Tier 1, Beijing Tier 1, Haikou Tier 3+; no tier without a city.
    expect(Array.from(context.tier)).toEqual([1, 1, 0, 3, -1, -1]);
    // east, east, north, south; Hebei north and Hong Kong south from the province table.
    expect(Array.from(context.region)).toEqual([2, 2, 0, 4, 0, 4]);
  });
});

describe('bandOf', () => {
  it.each([
    [0, 0],
    [10, 0],
    [10.01, 1],
    [25, 1],
    [49.9, 2],
    [50.1, 3],
    [Infinity, 3],
    [NaN, -1],
  ])('puts %s km in band %s', (km, band) => expect(bandOf(km)).toBe(band));
});

describe('coverageFigures', () => {
  it('weighs districts by the population proxy; a district without a place counts as a district only', () => {
    // Gusu 5 km, Wujiang 30 km, Dongcheng 12 km, Longhua none, Chang'an 80 km, Central 24 km.
    const reach = reachOf([5, 30, 12, Infinity, 80, 24]);
    const figures = coverageFigures(reach, table, context, 25);
    expect(figures.total).toMatchObject({
      districts: 6,
      within: 3,
      pop: 1_050_000,
      popWithin: 1_000_000,
    });
    const suzhou = figures.byCity.find((group) => group.key === 0);
    // Wujiang (no place) is out of reach: half the districts, all of the proxy.
    expect(suzhou).toMatchObject({ districts: 2, within: 1, pop: 900_000, popWithin: 900_000 });
    expect(figures.byTier.map((group) => [group.key, group.districts, group.within])).toEqual([
      ['1', 1, 1],
      ['new1', 2, 1],
      ['3+', 1, 0],
      ['none', 2, 1],
    ]);
    expect(figures.byRegion.map((group) => [group.key, group.districts, group.within])).toEqual([
      ['north', 2, 1],
      ['east', 2, 1],
      ['south', 2, 1],
    ]);
  });

  it('counts the outlets to come separately from what is open', () => {
    const reach = reachOf([80, 80, 80, 80, 80, 80], [5, 80, 80, 20, 80, 80]);
    const figures = coverageFigures(reach, table, context, 25);
    expect(figures.total).toMatchObject({ within: 0, withinComing: 2, popWithinComing: 900_000 });
    expect(figures.comingPoints).toBe(2);
  });

  it('follows the radius', () => {
    const reach = reachOf([5, 30, 12, Infinity, 80, 24]);
    expect(coverageFigures(reach, table, context, 10).total.within).toBe(1);
    expect(coverageFigures(reach, table, context, 100).total.within).toBe(5);
  });

  it('leaves out the districts out of scope', () => {
    const scope = reachScope(table, ['320500']);
    expect(Array.from(scope ?? [])).toEqual([1, 1, 0, 0, 0, 0]);
    expect(reachScope(table, null)).toBeNull();
    const reach = reachOf([5, 30, NaN, NaN, NaN, NaN]);
    expect(coverageFigures(reach, table, context, 25).total.districts).toBe(2);
  });
});

describe('whitespaceRows', () => {
  it('lists exactly the districts beyond the radius: the complement of the key figure', () => {
    const reach = reachOf([5, 30, 12, Infinity, 80, 24]);
    for (const radius of [5, 10, 25, 50, 100]) {
      const figures = coverageFigures(reach, table, context, radius);
      const rows = whitespaceRows(reach, table, radius);
      expect(rows.length).toBe(figures.total.districts - figures.total.within);
      for (const row of rows) expect(row.km).toBeGreaterThan(radius);
    }
  });

  it('ranks by population proxy × distance, then by distance where there is no proxy', () => {
    const reach = reachOf([40, 30, 60, Infinity, 80, 90]);
    const rows = whitespaceRows(reach, table, 25);
    expect(rows.map((row) => table.name[row.district]!.en)).toEqual([
      'Gusu', // 900,000 × 40
      'Dongcheng', // 100,000 × 60
      "Chang'an", // 50,000 × 80
      'Longhua', // no proxy, no service point at all in reach
      'Central and Western', // no proxy, 90 km
      'Wujiang', // no proxy, 30 km
    ]);
  });

  it('ranks by the proxy alone when no service point is open at all', () => {
    const reach = reachOf(Array(6).fill(Infinity));
    const rows = whitespaceRows(reach, table, 25);
    expect(rows.map((row) => table.id[row.district])).toEqual([
      '320508',
      '110101',
      '130102',
      // No proxy and no distance: by code.
      '320509',
      '460106',
      '810001',
    ]);
  });

  it('exports as CSV in its order, with straight-line km and the proxy', () => {
    const reach = reachOf([40, 30, 60, Infinity, 80, 90]);
    const rows = whitespaceRows(reach, table, 25);
    const csv = buildWhitespaceCsv(rows, table, context, network, {
      kind: 'service',
      radiusKm: 25,
      asOf: '2024-01-15',
    });
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'rank,district_code,district_en,district_zh,prefecture_code,prefecture_en,prefecture_zh,city_id,' +
        'km_to_open,nearest_open_id,km_counting_coming,nearest_coming_id,population_proxy,' +
        'proxy_places,reach_to,radius_km,as_of',
    );
    expect(lines[1]).toBe(
      '1,320508,Gusu,姑苏区,320500,,,suzhou,40.0,dc-beijing-1,40.0,,900000,2,service,25,2024-01-15',
    );
    expect(lines.find((line) => line.includes('Longhua'))).toContain(',haikou,,,,,0,0,');
    expect(lines).toHaveLength(7);
  });
});
