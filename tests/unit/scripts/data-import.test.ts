// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { Network } from '../../../src/data/domain/schema';
import { validateNetwork } from '../../../src/data/domain/validate-network';
import { buildOutletsCsv } from '../../../src/data/derive/build-outlets-csv';
import { removeTempFiles, runScript, tempFiles } from './run-script';

const sample = JSON.parse(readFileSync('data/sample-network.json', 'utf8')) as Network;
const HEADER =
  'id,kind,name_en,name_zh,city_id,operator_en,operator_zh,services,address_en,address_zh,lon,lat,stage,stage_date';

afterAll(removeTempFiles);

// Each case starts Node with tsx, which takes about a second.
describe('npm run data:import', { timeout: 30_000 }, () => {
  it('turns the app’s own export back into the same outlets', () => {
    const byId = new Map(sample.cities.map((city) => [city.id, city]));
    const views = sample.outlets.map((outlet, position) => ({
      outlet,
      city: byId.get(outlet.cityId)!,
      stage: outlet.status,
      position,
    }));
    const files = tempFiles({ 'export.csv': buildOutletsCsv(views), 'out.json': '' });
    const result = runScript('data-import.ts', [files['export.csv']!, '--out', files['out.json']!]);
    expect(result.status).toBe(0);
    const written = JSON.parse(readFileSync(files['out.json']!, 'utf8')) as Network;
    expect(written.outlets).toEqual(sample.outlets);
    expect(written.cities).toEqual(sample.cities);
    expect(validateNetwork(written).issues).toEqual([]);
    expect(result.stderr).toMatch(/wrote 78 outlets \(WGS84\)/);
  });

  it('declares GCJ-02 points as given and writes to standard output without --out', () => {
    const csv = `\uFEFF${HEADER}\nps-1,fusion-store,"Xiaomi Home ""Lotus""",小米之家“莲花”店,suzhou,Xiaomi,小米,sales,"Road 1, Suzhou",苏州市,120.62,31.31,open,2024-01-05\n`;
    const files = tempFiles({ 'gcj.csv': csv });
    const result = runScript('data-import.ts', [files['gcj.csv']!, '--crs', 'GCJ02']);
    expect(result.status).toBe(0);
    const written = JSON.parse(result.stdout) as Network;
    expect(written.meta.crs).toBe('GCJ02');
    expect(written.outlets[0]).toMatchObject({
      name: { en: 'Xiaomi Home "Lotus"', zh: '小米之家“莲花”店' },
      point: { lon: 120.62, lat: 31.31 },
    });
  });

  it('writes the valid rows, reports the others by line on stderr and exits 1', () => {
    const csv = `${HEADER}\nps-1,partner-store,A,甲,suzhou,P,伙伴,sales,R,路,120.62,31.31,signed,2023-12-29\nps-2,partner-store,B,乙,suzhou,P,伙伴,sales,R,路,121.47,31.23,signed,2023-12-29\n`;
    const files = tempFiles({ 'mixed.csv': csv, 'out.json': '' });
    const result = runScript('data-import.ts', [files['mixed.csv']!, '--out', files['out.json']!]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error +line 3, columns "lon", "lat": .*it lies in Shanghai$/m);
    expect(result.stderr).toMatch(/no crs column and no --crs/);
    const written = JSON.parse(readFileSync(files['out.json']!, 'utf8')) as Network;
    expect(written.outlets.map((outlet) => outlet.id)).toEqual(['ps-1']);
  });

  it('adds the plan from --targets, reporting a bad row by its line in that file', () => {
    const csv = `${HEADER}\nps-1,partner-store,A,甲,suzhou,P,伙伴,sales,R,路,120.62,31.31,signed,2023-12-29\n`;
    const targets =
      'id,city_id,kind,stage,count,due\nsz,suzhou,partner-store,signed,1,2024-01-31\nbad,suzhou,,open,-1,2024-03-31\n';
    const files = tempFiles({ 'outlets.csv': csv, 'plan.csv': targets, 'out.json': '' });
    const result = runScript('data-import.ts', [
      files['outlets.csv']!,
      '--targets',
      files['plan.csv']!,
      '--crs',
      'WGS84',
      '--out',
      files['out.json']!,
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error +plan\.csv line 3, column "count": must be at least 1/m);
    expect(result.stderr).toMatch(/wrote 1 outlet \(WGS84\) and 1 target to /);
    const written = JSON.parse(readFileSync(files['out.json']!, 'utf8')) as Network;
    expect(written.targets).toEqual([
      {
        id: 'sz',
        cityId: 'suzhou',
        kind: 'partner-store',
        stage: 'signed',
        count: 1,
        due: '2024-01-31',
      },
    ]);
    expect(validateNetwork(written).issues).toEqual([]);
  });

  it('exits 2 when the --targets file is not a targets table', () => {
    const csv = `${HEADER}\nps-1,partner-store,A,甲,suzhou,P,伙伴,sales,R,路,120.62,31.31,signed,2023-12-29\n`;
    const files = tempFiles({ 'outlets.csv': csv, 'plan.csv': 'city,target\nsuzhou,3\n' });
    const result = runScript('data-import.ts', [
      files['outlets.csv']!,
      '--targets',
      files['plan.csv']!,
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /plan\.csv: line 1 lacks the columns "id", "city_id", "count", "due"/,
    );
  });

  it('exits 2 on a file that is not an outlets table, or an unknown --crs', () => {
    const files = tempFiles({ 'page.csv': '<html><body>login</body></html>' });
    const html = runScript('data-import.ts', [files['page.csv']!]);
    expect(html.status).toBe(2);
    expect(html.stderr).toMatch(/HTML page/);
    const crs = runScript('data-import.ts', [files['page.csv']!, '--crs', 'EPSG:3857']);
    expect(crs.status).toBe(2);
    expect(crs.stderr).toMatch(/unknown coordinate system "EPSG:3857"/);
  });
});
