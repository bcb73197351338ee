// @vitest-environment node
import { makeNetwork } from '../fixtures/network';
import { removeTempFiles, runScript, tempFiles } from './run-script';

const HEADER =
  'id,kind,name_en,name_zh,city_id,operator_en,operator_zh,services,address_en,address_zh,lon,lat,stage,stage_date';
const ROW =
  'ps-x,partner-store,A,甲店,suzhou,P,伙伴,sales,Road,苏州,120.62,31.31,signed,2023-12-29';

afterAll(removeTempFiles);

// Each case starts Node with tsx, which takes about a second.
describe('npm run data:validate', { timeout: 30_000 }, () => {
  it('passes the bundled sample with exit status 0 and counts what it found', () => {
    const result = runScript('data-validate.ts', ['data/sample-network.json']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/valid: 24 cities, 78 outlets, 3 milestones/);
    expect(result.stdout).toMatch(/problems: 0 errors, 0 warnings/);
  });

  it('exits 1 and lists each error with where and why', () => {
    const network = makeNetwork();
    network.outlets[2]!.point = { lon: 60, lat: 60 };
    network.outlets[3]!.cityId = 'atlantis';
    const files = tempFiles({ 'bad.json': JSON.stringify(network) });
    const result = runScript('data-validate.ts', [files['bad.json']!]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/problems: 2 errors, 0 warnings/);
    expect(result.stdout).toMatch(/^error +outlets\[2\]\.point: outside China \(60, 60\)$/m);
    expect(result.stdout).toMatch(/^error +outlets\[3\]\.cityId: unknown city id "atlantis"$/m);
  });

  it('exits 0 when there are warnings only', () => {
    const doc = makeNetwork() as unknown as { meta: Record<string, unknown> };
    doc.meta.crs = 'EPSG:3857';
    const files = tempFiles({ 'warn.json': JSON.stringify(doc) });
    const result = runScript('data-validate.ts', [files['warn.json']!]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^warning meta\.crs: .*using the default$/m);
  });

  it('reports CSV problems by line and column', () => {
    const csv = `\uFEFF${HEADER}\n${ROW}\n${ROW.replace('ps-x', 'ps-y').replace('31.31', 'north')}\n`;
    const files = tempFiles({ 'outlets.csv': csv });
    const result = runScript('data-validate.ts', [files['outlets.csv']!, '--crs', 'GCJ-02']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/CSV of outlets, GCJ02/);
    expect(result.stdout).toMatch(/valid: 24 cities, 1 outlet,/);
    expect(result.stdout).toMatch(/^error +line 3, column "lat": expected number, got string$/m);
  });

  it.each([
    ['malformed JSON', 'broken.json', '{\n  "meta": {,\n}', /not valid JSON at line 2, column 12/],
    ['an HTML page', 'page.json', '<!doctype html><title>404</title>', /HTML page/],
    ['an empty file', 'empty.csv', '', /empty/],
    ['a CSV without an outlets header', 'notes.csv', 'a,b\n1,2', /lacks the columns/],
  ])('exits 2 on %s', (_name, fileName, content, why) => {
    const files = tempFiles({ [fileName]: content });
    const result = runScript('data-validate.ts', [files[fileName]!]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(why);
  });

  it('exits 2 with the usage when no file is given, or the file is missing', () => {
    expect(runScript('data-validate.ts', []).stdout).toMatch(/Usage: npm run data:validate/);
    const missing = runScript('data-validate.ts', ['no/such/file.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot be read \(ENOENT\)/);
  });
});
