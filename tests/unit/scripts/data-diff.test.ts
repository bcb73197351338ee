// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { Network, Outlet } from '../../../src/data/domain/schema';
import type { DatasetDiff } from '../../../src/data/derive/dataset-diff';
import { buildOutletsCsv } from '../../../src/data/derive/build-outlets-csv';
import { removeTempFiles, runScript, tempFiles } from './run-script';

const SAMPLE = 'data/sample-network.json';
const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Network;
const json = (network: unknown) => JSON.stringify(network);

afterAll(removeTempFiles);

/** The sample with 60 outlets more (ids `extra-0`…) and the first one renamed. */
function edited(): Network {
  const copy = JSON.parse(json(sample)) as Network;
  const base = copy.outlets[0]!;
  copy.outlets[0] = { ...base, name: { ...base.name, en: `${base.name.en} (new name)` } };
  for (let i = 0; i < 60; i += 1)
    copy.outlets.push({ ...(copy.outlets[5] as Outlet), id: `extra-${i}` });
  return copy;
}

// Each case starts Node with tsx, which takes about a second.
describe('npm run data:diff', { timeout: 30_000 }, () => {
  it('exits 0 when two files hold the same outlets, an export against its dataset too', () => {
    const byId = new Map(sample.cities.map((city) => [city.id, city]));
    const views = sample.outlets.map((outlet, position) => ({
      outlet,
      city: byId.get(outlet.cityId)!,
      stage: outlet.status,
      position,
    }));
    const files = tempFiles({ 'export.csv': buildOutletsCsv(views) });
    const result = runScript('data-diff.ts', [SAMPLE, files['export.csv']!]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^summary: 0 added, 0 removed, 0 stage changed, 0 moved more than 100 m, 0 renamed, 0 operator changed; 78 unchanged$/m,
    );
  });

  it('lists the first 50 changes of a kind and sums up the rest, or lists all with --all', () => {
    const files = tempFiles({ 'new.json': json(edited()) });
    const result = runScript('data-diff.ts', [SAMPLE, files['new.json']!]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /^summary: 60 added, 0 removed, 0 stage changed, 0 moved more than 100 m, 1 renamed/m,
    );
    expect(result.stdout).toMatch(/^added \(60\)$/m);
    expect(result.stdout.match(/^ {2}\+ extra-/gm)).toHaveLength(50);
    expect(result.stdout).toMatch(/^ {2}… and 10 more \(--all lists them\)$/m);
    expect(result.stdout).toMatch(/^ {2}~ dc-beijing-1 +".*" → ".* \(new name\) \/ .*"$/m);
    const all = runScript('data-diff.ts', [SAMPLE, files['new.json']!, '--all']);
    expect(all.stdout.match(/^ {2}\+ extra-/gm)).toHaveLength(60);
  });

  it('reports ids present twice, ids only in invalid records and removed outlets', () => {
    const next = JSON.parse(json(sample)) as { outlets: Record<string, unknown>[] };
    const [first, second, third] = next.outlets;
    next.outlets.splice(0, 3, { ...second, point: { lon: 0, lat: 0 } }, third!, { ...third });
    next.outlets.push({ name: 'no id at all' });
    const files = tempFiles({ 'new.json': json(next) });
    const result = runScript('data-diff.ts', [SAMPLE, files['new.json']!]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^removed \(1\)$/m);
    expect(result.stdout).toContain(`  - ${String(first!.id).padEnd(24)} `);
    expect(result.stdout).toMatch(new RegExp(`^ {2}! ${third!.id} +2 records in `, 'm'));
    expect(result.stdout).toMatch(new RegExp(`^ {2}! ${second!.id} +in `, 'm'));
    expect(result.stdout).toMatch(/records without an id: 0 old, 1 new/);
    expect(result.stdout).toMatch(/^new: .*; \d+ errors, 0 warnings \(npm run data:validate -- /m);
  });

  it('prints the whole difference as JSON with --json', () => {
    const files = tempFiles({ 'new.json': json(edited()) });
    const result = runScript('data-diff.ts', [SAMPLE, files['new.json']!, '--json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { old: { outlets: number }; diff: DatasetDiff };
    expect(report.old).toMatchObject({ file: SAMPLE, outlets: 78, errors: 0 });
    expect(report.diff.counts).toEqual({
      added: 60,
      removed: 0,
      stage: 0,
      moved: 0,
      renamed: 1,
      operator: 0,
    });
    expect(report.diff.added[0]).toEqual({ id: 'extra-0', old: -1, new: 78 });
  });

  it('exits 2 when a file cannot be used, or without two files', () => {
    const files = tempFiles({ 'page.json': '<html>login</html>' });
    const html = runScript('data-diff.ts', [SAMPLE, files['page.json']!]);
    expect(html.status).toBe(2);
    expect(html.stderr).toMatch(/cannot use the file: .*HTML page/);
    const missing = runScript('data-diff.ts', [SAMPLE, 'no/such/file.json']);
    expect(missing.status).toBe(2);
    const one = runScript('data-diff.ts', [SAMPLE]);
    expect(one.status).toBe(2);
    expect(one.stdout).toMatch(/^Usage: npm run data:diff -- OLD NEW/);
  });
});
