import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { loadOutletsCsv } from '../../../../src/data/sources/load-csv';
import { buildProvinceIndex } from '../../../../src/data/domain/province-check';
import { validateNetwork } from '../../../../src/data/domain/validate-network';
import { translateReason } from '../../../../src/features/data-quality/reason-translations';
import { makeCity, makeNetwork, makeOutlet } from '../../fixtures/network';

const provinces = buildProvinceIndex(
  JSON.parse(readFileSync('public/basemap/provinces.json', 'utf8')) as FeatureCollection,
);
const zh = (reason: string) => translateReason(reason, 'zh', new Map([['Suzhou', '苏州']]));

/** A dataset that breaks every rule the validator knows, once each. */
function brokenDocument() {
  const network = makeNetwork();
  return {
    meta: {
      ...network.meta,
      title: { en: '', zh: 'x' },
      asOf: '2024-02-30',
      illustrative: 'yes',
      crs: 'XYZ',
      tierYear: 1900,
    },
    cities: [
      {
        ...makeCity(),
        id: 'A B',
        name: { en: 'x' },
        adcode: '12',
        region: 'mars',
        tier: '9',
        point: { lon: 200, lat: 95 },
        recruitment: { status: 'x' },
      },
      { ...makeCity(), id: 'far', point: { lon: 10, lat: 10 } },
      { ...makeCity(), id: 'nocode', adcode: '990000' },
      makeCity(),
    ],
    outlets: [
      {
        ...makeOutlet(),
        id: 'o 1',
        cityId: '',
        kind: 'shop',
        name: { en: 'x'.repeat(400), zh: 'x' },
        operator: 5,
        status: 'gone',
        stages: { open: '2024-1-1' },
        services: [],
        point: { lon: 'x', lat: 1 },
      },
      { ...makeOutlet(), id: 'o2', cityId: 'nowhere' },
      {
        ...makeOutlet(),
        id: 'o3',
        status: 'open',
        stages: { signed: '2024-05-01', renovating: '2024-01-01' },
      },
      // Suzhou's outlet in Beijing: outside its city's province.
      { ...makeOutlet(), id: 'o4', point: { lon: 116.4, lat: 39.9 } },
      {
        ...makeOutlet(),
        id: 'o5',
        stages: { ...makeOutlet().stages },
        services: ['sales', 'teleport'],
      },
      makeOutlet(),
      // The same outlet twice: a duplicate id.
      makeOutlet(),
    ],
    milestones: 'no',
  };
}

describe('data-quality reasons in Chinese', () => {
  it('translates every reason the validator gives for a broken dataset', () => {
    const { issues } = validateNetwork(brokenDocument(), { provinces });
    expect(issues.length).toBeGreaterThan(20);
    const untranslated = issues
      .map((issue) => issue.message)
      .filter((message) => zh(message).language !== 'zh');
    expect(untranslated).toEqual([]);
  });

  it('translates every reason of a broken CSV file, with its city hint', () => {
    const csv = [
      'id,kind,name_en,name_zh,stage,stage_date,city_id,operator_en,operator_zh,services,address_en,address_zh,lon,lat,crs,crs',
      'a1,fusion-store,A,甲,open,2024-01-01,suzhou,Op,运营,sales,Addr,地址,120.6,31.3,WGS84,WGS84',
      'a2,fusion-store,B,乙,open,2024-01-01,suzhou,Op,运营,sales,Addr,地址,120.6,31.3,XYZ,',
      'a3,fusion-store,C,丙,open,2024-01-01,nowhere,Op,运营,sales,Addr,地址,120.6,31.3,WGS84,',
      'a4,fusion-store,D,丁,open,2024-01-01,suzhou,Op,运营,sales,Addr,地址,120.6',
      'a5,fusion-store,E,戊,open,2024-01-01,suzhou,Op,运营,sales,Addr,地址,120.6,31.3,WGS84,,extra',
      'a6,fusion-store,"F,戊,open',
    ].join('\n');
    const { issues } = loadOutletsCsv(csv, { cities: makeNetwork().cities, fileName: 'x.csv' });
    expect(issues.length).toBeGreaterThanOrEqual(5);
    const untranslated = issues
      .map((issue) => issue.message)
      .filter((message) => zh(message).language !== 'zh');
    expect(untranslated).toEqual([]);
  });

  it.each([
    ['missing', '缺失'],
    ['expected one of "a"|"b"', '应为以下之一："a"、"b"'],
    [
      'expected boolean, got string; using the default',
      '应为布尔值（true 或 false），实际为文本；改用默认值',
    ],
    ['not a real calendar date', '不是真实存在的日期'],
    [
      'not a real calendar date; using the latest stage date in the data, 2024-01-12',
      '不是真实存在的日期；改用数据中最晚的阶段日期 2024-01-12',
    ],
    [
      "missing; using today's date, 2026-12-01 (no outlet has a stage date)",
      '缺失；没有门店带有阶段日期，改用今天的日期 2026-12-01',
    ],
    ['missing; using the defaults', '缺失；改用默认值'],
    ['expected an object; using the defaults', '应为对象；改用默认值'],
    [
      'renovating date 2024-01-01 is before signed date 2024-05-01',
      '装修日期 2024-01-01 早于签约日期 2024-05-01',
    ],
    ['unknown city id "nowhere"', '未知的城市 id“nowhere”'],
    ['duplicate id "o2" (first used by outlets[1])', 'id“o2”重复（已被 outlets[1] 使用）'],
    ['outside China (10, 10)', '位于中国境外（10, 10）'],
    [
      '(116.4, 39.9) is outside Jiangsu (江苏省), the province of its city Suzhou; it lies in Beijing',
      '（116.4, 39.9）不在江苏省境内（其所在城市苏州属于该省）；该点位于Beijing',
    ],
    [
      'outlet "o4": (116.4, 39.9) is outside Jiangsu (江苏省), the province of adcode 320500; it lies outside every province',
      '门店“o4”：（116.4, 39.9）不在江苏省境内（行政区划代码 320500属于该省）；该点不在任何省份内',
    ],
    ['column "crs" appears twice; the first is used', '列“crs”出现了两次，使用第一列'],
    ['outside 1990-01-01 to 2100-12-31', '不在 1990-01-01 至 2100-12-31 的范围内'],
    [
      'blank: the point was taken as GCJ02 (chosen when the file was opened)',
      '为空：该点按 GCJ02 读取（打开文件时选定）',
    ],
    [
      'the file does not name the coordinate system of its points; they were taken as WGS84 (assumed: nothing said which)',
      '文件没有说明其坐标所用的坐标系；按 WGS84 读取（推定：没有任何地方指明）',
    ],
  ])('says "%s" in Chinese', (reason, expected) => {
    expect(zh(reason)).toEqual({ text: expected, language: 'zh' });
  });

  it('reads words of a reason as words, never as members of an object', () => {
    expect(zh('expected constructor, got toString').text).toBe('应为constructor，实际为toString');
  });

  it('keeps a reason it does not know in English, and says so', () => {
    expect(zh('the moon is in the wrong phase')).toEqual({
      text: 'the moon is in the wrong phase',
      language: 'en',
    });
  });

  it('leaves English reasons as they are', () => {
    expect(translateReason('missing', 'en')).toEqual({ text: 'missing', language: 'en' });
  });
});
