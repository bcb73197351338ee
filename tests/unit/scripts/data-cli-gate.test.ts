// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { Network } from '../../../src/data/domain/schema';
import { removeTempFiles, runScript, tempFiles } from './run-script';

const SAMPLE = readFileSync('data/sample-network.json', 'utf8');
const HEADER =
  'id,kind,name_en,name_zh,city_id,operator_en,operator_zh,services,address_en,address_zh,lon,lat,stage,stage_date,crs';
const ROW =
  'ps-x,partner-store,A,甲店,suzhou,P,伙伴,sales,Road,苏州,120.62,31.31,signed,2023-12-29';

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'be') le.swap16();
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
}

/** A sample whose outlets are all invalid: nine problems each. */
function allInvalid(count: number): string {
  const network = JSON.parse(SAMPLE) as Network;
  const outlets = Array.from({ length: count }, (_, i) => ({ id: `o${i}`, kind: 'megastore' }));
  return JSON.stringify({ ...network, outlets });
}

afterAll(removeTempFiles);

// Each case starts Node with tsx, which takes about a second.
describe('the data commands read files as the app does', { timeout: 60_000 }, () => {
  it.each(['le', 'be'] as const)('reads UTF-16 %s JSON and CSV with a byte-order mark', (order) => {
    const files = tempFiles({
      'sample.json': utf16(SAMPLE, order),
      'outlets.csv': utf16(`${HEADER}\r\n${ROW},WGS84\r\n`, order),
    });
    const json = runScript('data-validate.ts', [files['sample.json']!]);
    expect(json.status).toBe(0);
    expect(json.stdout).toMatch(/valid: 24 cities, 78 outlets, 3 milestones/);
    const csv = runScript('data-validate.ts', [files['outlets.csv']!]);
    expect(csv.status).toBe(0);
    expect(csv.stdout).toMatch(/valid: 24 cities, 1 outlet,/);
    const imported = runScript('data-import.ts', [files['outlets.csv']!]);
    expect(imported.status).toBe(0);
    expect((JSON.parse(imported.stdout) as Network).outlets).toHaveLength(1);
  });

  it.each([
    ['JSON nested 10,000 deep, unclosed', '{"a":'.repeat(10_000), /nested more than 64 levels/],
    ['JSON nested 10,000 deep', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, /nested more/],
    ['JSON null', 'null', /JSON null, not a dataset/],
    ['a JSON array', '[1,2]', /a JSON array of 2 items, not a dataset/],
    [
      'outlets: null',
      JSON.stringify({ ...JSON.parse(SAMPLE), outlets: null }),
      /"outlets" is JSON null/,
    ],
    ['GBK text', Buffer.from([0x7b, 0x22, 0xcb, 0xd5, 0x22, 0x7d]), /not UTF-8 text/],
  ])('refuses %s in one line, without a stack trace', (_name, content, why) => {
    const files = tempFiles({ 'bad.json': content });
    const result = runScript('data-validate.ts', [files['bad.json']!]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^cannot use the file: /);
    expect(result.stderr).toMatch(why);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says what a refused file was with --json', () => {
    const files = tempFiles({ 'null.json': 'null' });
    const result = runScript('data-validate.ts', [files['null.json']!, '--json']);
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({
      refused: `${files['null.json']}: JSON null, not a dataset`,
    });
  });

  it('refuses unknown options without a stack trace', () => {
    const result = runScript('data-validate.ts', ['--bogus', 'x.json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^cannot go on: Unknown option '--bogus'/);
  });
});

describe('long reports', { timeout: 60_000 }, () => {
  it('list the first 50 problems of each kind, then count the rest', () => {
    const files = tempFiles({ 'bad.json': allInvalid(120) });
    const result = runScript('data-validate.ts', [files['bad.json']!]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/problems: 1,080 errors, 0 warnings/);
    const problems = result.stdout.split('\n').filter((line) => line.startsWith('error'));
    expect(problems).toHaveLength(9 * 50);
    expect(result.stdout).toMatch(/^ {2}70 more of error outlets\[\]\.cityId: missing$/m);
    expect(result.stdout).toMatch(/--all lists every one/);
  });

  it('list every problem with --all, and every problem as JSON with --json', () => {
    const files = tempFiles({ 'bad.json': allInvalid(120) });
    const all = runScript('data-validate.ts', [files['bad.json']!, '--all']);
    expect(all.stdout.split('\n').filter((line) => line.startsWith('error'))).toHaveLength(1_080);
    const json = runScript('data-validate.ts', [files['bad.json']!, '--json']);
    const report = JSON.parse(json.stdout) as {
      errors: number;
      problems: unknown[];
      kinds: { kind: string; count: number }[];
    };
    expect(report.errors).toBe(1_080);
    expect(report.problems).toHaveLength(1_080);
    expect(report.kinds).toContainEqual({ kind: 'error outlets[].cityId: missing', count: 120 });
  });

  it('give data:import’s report as JSON on standard error with --json, the dataset on standard output', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `${ROW.replace('ps-x', `ps-${i}`)},`);
    const files = tempFiles({ 'mixed.csv': `${HEADER}\n${ROW},WGS84\n${rows.join('\n')}\n` });
    const result = runScript('data-import.ts', [files['mixed.csv']!, '--json']);
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as Network).outlets).toHaveLength(1);
    const report = JSON.parse(result.stderr) as {
      valid: { outlets: number };
      errors: number;
      problems: unknown[];
    };
    expect(report.valid.outlets).toBe(1);
    expect(report.errors).toBe(60);
    expect(report.problems).toHaveLength(60);

    const refused = runScript('data-import.ts', [
      tempFiles({ 'a.csv': '[1]' })['a.csv']!,
      '--json',
    ]);
    expect(refused.status).toBe(2);
    expect(JSON.parse(refused.stderr.split('\ncannot use')[0]!)).toEqual({
      refused: expect.stringMatching(/this is JSON, not CSV/),
    });
  });
});

describe('coordinate systems are declared, not guessed', { timeout: 60_000 }, () => {
  const csv = `${HEADER}\n${ROW},GCJ02\n${ROW.replace('ps-x', 'ps-y')},\n`;

  it('refuses a row with a blank crs in a file with a crs column', () => {
    const files = tempFiles({ 'mixed.csv': csv });
    const result = runScript('data-validate.ts', [files['mixed.csv']!]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /^error +line 3, column "crs": blank, in a file with a crs column: .*row skipped$/m,
    );
    expect(result.stdout).toMatch(/valid: 24 cities, 1 outlet,/);
  });

  it('takes the system given with --crs for such a row, with a warning', () => {
    const files = tempFiles({ 'mixed.csv': csv });
    const result = runScript('data-validate.ts', [files['mixed.csv']!, '--crs', 'GCJ02']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^warning line 3, column "crs": blank: the point was taken as GCJ02 \(given with --crs\)$/m,
    );
    expect(result.stdout).toMatch(/valid: 24 cities, 2 outlets,/);
  });

  it('says the system was assumed when nothing names it', () => {
    const files = tempFiles({ 'plain.csv': `${HEADER.replace(',crs', '')}\n${ROW}\n` });
    const result = runScript('data-validate.ts', [files['plain.csv']!]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^warning crs: the file does not name the coordinate system of its points; they were taken as WGS84 \(assumed: no crs column and no --crs\)$/m,
    );
  });
});
