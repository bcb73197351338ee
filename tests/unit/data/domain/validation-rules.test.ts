// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { parseDatasetText } from '../../../../server/read-dataset';
import { describeJsonError, findJsonErrorOffset } from '../../../../src/data/sources/json-error';
import { loadOutletsCsv } from '../../../../src/data/sources/load-csv';
import { parseNetworkText } from '../../../../src/data/sources/parse-text';
import { buildProvinceIndex } from '../../../../src/data/domain/province-check';
import type { Network } from '../../../../src/data/domain/schema';
import { checkSize, MAX_DATA_BYTES } from '../../../../src/data/sources/size-limit';
import { validateNetwork } from '../../../../src/data/domain/validate-network';
import { makeNetwork, makeOutlet } from '../../fixtures/network';

/**
 * Every check the data intake promises, each with a failing and a passing case. A case
 * yields its problems as `where: why` lines, or the reason the whole input was refused.
 */

const provinces = buildProvinceIndex(
  JSON.parse(readFileSync('public/basemap/provinces.json', 'utf8')) as FeatureCollection,
);

type Doc = Network & Record<string, unknown>;

function problems(run: () => { issues: { path: string; message: string }[] }): string[] {
  try {
    return run().issues.map((issue) => `${issue.path}: ${issue.message}`);
  } catch (error) {
    return [`refused: ${(error as Error).message}`];
  }
}

function edited(edit: (doc: Doc) => void) {
  return () => {
    const doc = makeNetwork() as Doc;
    edit(doc);
    return validateNetwork(JSON.parse(JSON.stringify(doc)), { provinces });
  };
}

const outlet0 = (doc: Doc) => doc.outlets[0] as unknown as Record<string, unknown>;
const CSV_HEADER =
  'id,kind,name_en,name_zh,city_id,operator_en,operator_zh,services,address_en,address_zh,lon,lat,stage,stage_date';
const csv = (row: string) => () =>
  loadOutletsCsv(`${CSV_HEADER}\n${row}`, { cities: makeNetwork().cities });
const CSV_ROW =
  'ps-1,partner-store,A,甲,suzhou,P,伙伴,sales,Road,路,120.62,31.31,signed,2023-12-29';

const RULES: [rule: string, fails: () => string[], passes: () => string[], why: RegExp][] = [
  [
    'malformed JSON',
    () => problems(() => parseDatasetText('{\n  "meta": {,\n}', 'a.json')),
    () => problems(() => parseDatasetText(JSON.stringify(makeNetwork()), 'a.json')),
    /refused: a\.json: not valid JSON at line 2, column 12/,
  ],
  [
    'malformed CSV',
    () => problems(csv(CSV_ROW.replace('A,', '"A,'))),
    () => problems(csv(CSV_ROW)),
    /^line 2: a quoted value is not closed/,
  ],
  [
    'a missing field',
    () => problems(edited((doc) => delete outlet0(doc).operator)),
    () => problems(edited(() => {})),
    /^outlets\[0\]\.operator: missing/,
  ],
  [
    'a wrong-typed field',
    () => problems(edited((doc) => (outlet0(doc).services = 'sales'))),
    () => problems(edited((doc) => (outlet0(doc).services = ['sales']))),
    /^outlets\[0\]\.services: expected array, got string/,
  ],
  [
    'missing coordinates',
    () => problems(edited((doc) => delete outlet0(doc).point)),
    () => problems(edited((doc) => (outlet0(doc).point = { lon: 120.6, lat: 31.3 }))),
    /^outlets\[0\]\.point: missing/,
  ],
  [
    'coordinates outside China',
    () => problems(edited((doc) => (outlet0(doc).point = { lon: 139.7, lat: 35.7 }))),
    () => problems(edited((doc) => (outlet0(doc).point = { lon: 120.3, lat: 31.5 }))),
    /^outlets\[0\]\.point: outside China \(139\.7, 35\.7\)/,
  ],
  [
    'coordinates outside the outlet’s province',
    () => problems(edited((doc) => (outlet0(doc).point = { lon: 121.47, lat: 31.23 }))),
    () => problems(edited((doc) => (outlet0(doc).point = { lon: 120.9, lat: 31.4 }))),
    /^outlets\[0\]\.point: .*outside Jiangsu .*it lies in Shanghai/,
  ],
  [
    'an unknown city id',
    () => problems(edited((doc) => (outlet0(doc).cityId = 'atlantis'))),
    () => problems(edited((doc) => (outlet0(doc).cityId = 'suzhou'))),
    /^outlets\[0\]\.cityId: unknown city id "atlantis"/,
  ],
  [
    'a duplicate id',
    () => problems(edited((doc) => doc.outlets.push(makeOutlet()))),
    () => problems(edited((doc) => doc.outlets.push(makeOutlet({ id: 'ps-suzhou-9' })))),
    /^outlets\[5\]\.id: duplicate id "ps-suzhou-1" \(first used by outlets\[0\]\)/,
  ],
  [
    'an unknown tier',
    () => problems(edited((doc) => (doc.cities[2]!.tier = 'tier-3' as never))),
    () => problems(edited((doc) => (doc.cities[2]!.tier = '4'))),
    /^cities\[2\]\.tier: expected one of .*"new1"/,
  ],
  [
    'an unknown stage',
    () => problems(edited((doc) => (outlet0(doc).status = 'opened'))),
    () => problems(edited((doc) => (outlet0(doc).status = 'planned'))),
    /^outlets\[0\]\.status: expected one of "planned"/,
  ],
  [
    'stage dates out of order',
    () => problems(edited((doc) => (doc.outlets[0]!.stages.planned = '2024-01-01'))),
    () => problems(edited((doc) => (doc.outlets[0]!.stages.planned = '2023-12-29'))),
    /^outlets\[0\]\.stages\.signed: signed date 2023-12-29 is before planned date 2024-01-01/,
  ],
  [
    'an HTML page where JSON was expected',
    () => problems(() => parseNetworkText('\n<!DOCTYPE html><html lang="en">', '/data.json')),
    () => problems(() => parseNetworkText(` \n${JSON.stringify(makeNetwork())}`, '/data.json')),
    /refused: .*HTML page where a JSON dataset was expected/,
  ],
  [
    'an empty body',
    () => problems(() => parseNetworkText(' \r\n', '/data.json')),
    () =>
      problems(() => parseNetworkText('{"meta":{},"cities":[],"outlets":[]}', '/data.json')).filter(
        (line) => line.startsWith('refused'),
      ),
    /refused: .*empty/,
  ],
  [
    'a file over the size limit',
    () => [checkSize(MAX_DATA_BYTES + 1, 'big.json') ?? ''].filter(Boolean),
    () => [checkSize(MAX_DATA_BYTES, 'big.json') ?? ''].filter(Boolean),
    /^big\.json: the file is 50\.0 MB, over the 50\.0 MB limit/,
  ],
];

describe.each(RULES)('the check for %s', (_rule, fails, passes, why) => {
  it('reports the bad case with where and why', () => {
    expect(fails()).toContainEqual(expect.stringMatching(why));
  });

  it('lets the good case through', () => {
    expect(passes()).toEqual([]);
  });
});

describe('findJsonErrorOffset', () => {
  it.each(['{"a": 1,}', '{"a": 1 "b": 2}', '{"a": "x}', '{"a": 1}}', '[1,2', '{"a": 01}'])(
    'finds where the engine says %j breaks',
    (text) => {
      let message = '';
      try {
        JSON.parse(text);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(findJsonErrorOffset(text)).toBe(Number(/position (\d+)/.exec(message)?.[1]));
    },
  );

  it('places an unexpected token the engine gives no position for', () => {
    expect(describeJsonError('{\n "a": ,}', new Error("Unexpected token ','"))).toMatch(
      /at line 2, column 7/,
    );
  });

  it('accepts valid JSON', () => {
    expect(findJsonErrorOffset('{"a": [1, {"b": "\\u00e9"}], "c": -1.5e3, "d": null}')).toBe(-1);
  });
});
