import { readFileSync } from 'node:fs';
import { convertNetwork, convertPoint } from '../../../../src/data/domain/crs';
import { OUTLET_COLUMNS, parseOutletsCsv } from '../../../../src/data/sources/import-csv';
import { loadOutletsCsv } from '../../../../src/data/sources/load-csv';
import { needsCrsAnswer, NetworkLoadError } from '../../../../src/data/sources/load-errors';
import type { Network } from '../../../../src/data/domain/schema';
import { buildOutletsCsv } from '../../../../src/data/derive/build-outlets-csv';
import { makeNetwork } from '../../fixtures/network';

const sample = JSON.parse(readFileSync('data/sample-network.json', 'utf8')) as Network;
const cities = makeNetwork().cities;

const HEADER =
  'id,kind,name_en,name_zh,city_id,operator_en,operator_zh,services,address_en,address_zh,lon,lat,stage,stage_date';
const ROW =
  'ps-1,partner-store,Store A,甲店,suzhou,Partner A,伙伴A,sales after-sales,Road 1,苏州市,120.62,31.31';

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\n');
}

describe('parseOutletsCsv and loadOutletsCsv', () => {
  it('knows exactly the columns the outlet list exports', () => {
    expect(buildOutletsCsv([]).replace('\uFEFF', '').trim().split(',')).toEqual(OUTLET_COLUMNS);
  });

  it('re-imports the app’s own CSV export of the sample without loss', () => {
    const byId = new Map(sample.cities.map((city) => [city.id, city]));
    const views = sample.outlets.map((outlet, position) => ({
      outlet,
      city: byId.get(outlet.cityId)!,
      stage: outlet.status,
      position,
    }));
    const text = buildOutletsCsv(views);
    const loaded = loadOutletsCsv(text, { fileName: 'outlets.csv', cities: sample.cities });
    expect(loaded.issues).toEqual([]);
    expect(loaded.network.outlets).toEqual(sample.outlets);
    expect(loaded.network.meta).toMatchObject({ crs: 'WGS84', illustrative: false });
    expect(loaded.network.meta.title.en).toBe('outlets');
    expect(needsCrsAnswer(loaded), 'the export names its system: no question').toBe(false);
  });

  it('names the system of the data on screen in the export, and reads it back in it', () => {
    const gcj = convertNetwork(sample, 'GCJ02');
    const byId = new Map(gcj.cities.map((city) => [city.id, city]));
    const views = gcj.outlets.map((outlet, position) => ({
      outlet,
      city: byId.get(outlet.cityId)!,
      stage: outlet.status,
      position,
    }));
    const text = buildOutletsCsv(views, undefined, 'GCJ02');
    const loaded = loadOutletsCsv(text, { cities: gcj.cities, citiesCrs: 'GCJ02' });
    expect(loaded.issues).toEqual([]);
    expect(loaded.coordinates).toMatchObject({ crs: 'GCJ02', named: true, blankRows: 0 });
    expect(loaded.network.outlets.map((outlet) => outlet.point)).toEqual(
      gcj.outlets.map((outlet) => outlet.point),
    );
  });

  it('reads Chinese text, doubled quotes, commas and line breaks inside quotes, and a BOM', () => {
    const text = `\uFEFF${csv(`ps-1,partner-store,"Store ""Lotus"", east",苏州“莲花”店,suzhou,Partner A,伙伴A,sales,"Road 1\nBuilding 2",苏州市姑苏区,120.62,31.31,signed,2023-12-29`)}`;
    const { network, issues } = loadOutletsCsv(text, { cities });
    expect(issues).toEqual([]);
    expect(network.outlets[0]).toMatchObject({
      name: { en: 'Store "Lotus", east', zh: '苏州“莲花”店' },
      address: { en: 'Road 1\nBuilding 2', zh: '苏州市姑苏区' },
      status: 'signed',
      stages: { signed: '2023-12-29' },
    });
  });

  it('keeps GCJ-02 points as given and declares the system, for one conversion on load', () => {
    const text = `${HEADER},crs\n${ROW},signed,2023-12-29,GCJ-02`;
    const imported = parseOutletsCsv(text, { cities });
    expect(imported.crs).toBe('GCJ02');
    expect(imported.crsDeclared).toBe(true);
    expect(imported.document.meta.crs).toBe('GCJ02');
    expect(imported.document.outlets[0]).toMatchObject({ point: { lon: 120.62, lat: 31.31 } });
    const city = imported.document.cities[0] as Network['cities'][number];
    expect(city.point).toEqual(convertPoint(cities[0]!.point, 'WGS84', 'GCJ02'));
  });

  it('converts a row whose crs differs from the document’s into the document’s system', () => {
    const text = `${HEADER},crs\n${ROW},signed,2023-12-29,WGS84`;
    const imported = parseOutletsCsv(text, { cities, crs: 'GCJ02' });
    expect(imported.document.outlets[0]).toMatchObject({
      point: convertPoint({ lon: 120.62, lat: 31.31 }, 'WGS84', 'GCJ02'),
    });
  });

  it('assumes WGS-84 and says so when nothing names the system', () => {
    const imported = parseOutletsCsv(csv(`${ROW},signed,2023-12-29`), { cities });
    expect(imported).toMatchObject({ crs: 'WGS84', crsDeclared: false });
  });

  it('rejects an unknown coordinate system on its line', () => {
    const { issues, network } = loadOutletsCsv(
      `${HEADER},crs\n${ROW},signed,2023-12-29,EPSG:3857`,
      {
        cities,
      },
    );
    expect(issues).toEqual([
      expect.objectContaining({ path: 'line 2, column "crs"', severity: 'error', line: 2 }),
    ]);
    expect(network.outlets).toEqual([]);
  });

  it('maps record problems to file lines and columns, past blank lines and multi-line cells', () => {
    const text = csv(
      `${ROW},signed,2023-12-29`,
      '',
      `ps-2,partner-store,"Two\nlines",乙,suzhou,P,伙伴,sales,Road,路,120.6,north,signed,2023-12-29`,
      `ps-3,megastore,C,丙,suzhou,P,伙伴,sales,Road,路,120.6,31.3,signed,2023-12-29`,
    );
    const { issues, network } = loadOutletsCsv(text, { cities });
    expect(issues.map((issue) => [issue.path, issue.line])).toEqual([
      ['line 4, column "lat"', 4],
      ['line 6, column "kind"', 6],
    ]);
    expect(network.outlets.map((outlet) => outlet.id)).toEqual(['ps-1']);
  });

  it('names the line of a duplicate id and of stage dates out of order', () => {
    const text = [
      `${HEADER},planned,signed`,
      `${ROW},,,2023-11-01,2023-12-01`,
      `${ROW.replace('ps-1', 'ps-2')},,,2023-12-01,2023-11-01`,
      `${ROW},,,2023-11-01,2023-12-01`,
    ].join('\r\n');
    const { issues } = loadOutletsCsv(text, { cities });
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'line 3, column "signed"',
        message: expect.stringMatching(/before planned/),
      }),
      expect.objectContaining({
        path: 'line 4, column "id"',
        message: expect.stringMatching(/duplicate id "ps-1"/),
      }),
    ]);
  });

  it('derives the status from the latest dated stage and normalises spreadsheet dates', () => {
    const text = `${HEADER},planned,signed,renovating\n${ROW},signed,,2023/9/1,2023-10-01,2024.1.5`;
    const { network, issues } = loadOutletsCsv(text, { cities });
    expect(issues).toEqual([]);
    expect(network.outlets[0]).toMatchObject({
      status: 'renovating',
      stages: { planned: '2023-09-01', signed: '2023-10-01', renovating: '2024-01-05' },
    });
    expect(network.meta.asOf).toBe('2024-01-05');
  });

  it('reports an unknown stage on the stage column', () => {
    const { issues } = loadOutletsCsv(csv(`${ROW},opened,2024-01-05`), { cities });
    expect(issues[0]).toMatchObject({ path: 'line 2, column "stage"', severity: 'error' });
  });

  it('undoes the quote an export puts before text a spreadsheet would run as a formula', () => {
    const row = `ps-1,partner-store,'=Store,甲,suzhou,'+Partner,伙伴,sales,'-Road,路,120.62,31.31,signed,2023-12-29`;
    const { network } = loadOutletsCsv(csv(row), { cities });
    expect(network.outlets[0]).toMatchObject({
      name: { en: '=Store' },
      operator: { en: '+Partner' },
      address: { en: '-Road' },
    });
  });

  it('defines a new city from the city columns of its first row', () => {
    const header = `${HEADER},city_en,city_zh,province_en,province_zh,tier,adcode,region,city_lon,city_lat`;
    const row = `ps-9,partner-store,Store,店,wuhan,P,伙伴,sales,Road,路,114.3,30.6,signed,2024-01-02,Wuhan,武汉,Hubei,湖北,new1,420100,central,114.27,30.58`;
    const { network, issues } = loadOutletsCsv(`${header}\n${row}`, { cities });
    expect(issues).toEqual([]);
    expect(network.cities.find((city) => city.id === 'wuhan')).toMatchObject({
      name: { en: 'Wuhan', zh: '武汉' },
      adcode: '420100',
      tier: 'new1',
      recruitment: { status: 'none' },
    });
    expect(network.outlets).toHaveLength(1);
  });

  it('maps a bad new city to its line and tells how to define an unknown one', () => {
    const header = `${HEADER},city_en,city_zh,province_en,province_zh,tier,adcode,region,city_lon,city_lat`;
    const bad = `ps-9,partner-store,S,店,wuhan,P,伙伴,sales,R,路,114.3,30.6,signed,2024-01-02,Wuhan,武汉,Hubei,湖北,7,420100,central,114.27,30.58`;
    const unknown = `ps-8,partner-store,S,店,xian,P,伙伴,sales,R,路,108.9,34.3,signed,2024-01-02,,,,,,,,,`;
    const { issues } = loadOutletsCsv(`${header}\n${bad}\n${unknown}`, { cities });
    expect(issues.map((issue) => issue.path)).toEqual([
      'line 2, column "tier"',
      'line 2, column "city_id"',
      'line 3, column "city_id"',
    ]);
    expect(issues[1]!.message).not.toMatch(/add the columns/);
    expect(issues[2]!.message).toMatch(/unknown city id "xian".*add the columns adcode, region/);
  });

  it('warns when a row’s tier disagrees with the loaded city, keeping the loaded one', () => {
    const text = `${HEADER},tier\n${ROW},signed,2023-12-29,2`;
    const { issues, network } = loadOutletsCsv(text, { cities });
    expect(issues).toEqual([
      expect.objectContaining({ path: 'line 2, column "tier"', severity: 'warning' }),
    ]);
    expect(network.outlets).toHaveLength(1);
  });

  it('skips a row with an unclosed quote or extra cells, and keeps the others', () => {
    const text = csv(
      `${ROW},signed,2023-12-29`,
      `ps-2,partner-store,B,乙,suzhou,P,伙伴,sales,Road 1, Suzhou,路,120.6,31.3,signed,2023-12-29`,
      `ps-3,partner-store,"C,丙,suzhou,P,伙伴,sales,Road,路,120.6,31.3,signed,2023-12-29`,
    );
    const { issues, network } = loadOutletsCsv(text, { cities });
    expect(issues.map((issue) => [issue.path, issue.severity])).toEqual([
      ['line 3', 'error'],
      ['line 4', 'error'],
    ]);
    expect(issues[0]!.message).toMatch(/15 cells but the header has 14/);
    expect(issues[1]!.message).toMatch(/quoted value is not closed/);
    expect(network.outlets.map((outlet) => outlet.id)).toEqual(['ps-1']);
  });

  it('reads semicolon-separated files', () => {
    const text = csv(`${ROW},signed,2023-12-29`).replace(/,/g, ';');
    expect(loadOutletsCsv(text, { cities }).network.outlets).toHaveLength(1);
  });

  it.each([
    ['', /empty/],
    ['<!doctype html><html></html>', /HTML page/],
    ['{"meta": {}}', /JSON, not CSV/],
    ['id,kind,name_en\nps-1,partner-store,A', /lacks the columns .*"city_id"/],
    [HEADER, /header but no rows/],
  ])('refuses a file with no outlets table: %j', (text, message) => {
    expect(() => parseOutletsCsv(text, { fileName: 'x.csv' })).toThrow(NetworkLoadError);
    expect(() => parseOutletsCsv(text, { fileName: 'x.csv' })).toThrow(message);
  });
});
