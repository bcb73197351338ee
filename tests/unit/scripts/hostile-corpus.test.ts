// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  HOSTILE_DIR,
  hostileFiles,
  largeFile,
  LARGE_CASES,
  type HostileCase,
} from '../../../scripts/hostile/corpus';
import { removeTempFiles, runScript, tempFiles } from './run-script';

afterAll(removeTempFiles);

const committed = JSON.parse(
  readFileSync(join(HOSTILE_DIR, 'cases.json'), 'utf8'),
) as HostileCase[];

describe('the hostile corpus', () => {
  it('is what the script builds, not edited by hand', () => {
    const built = hostileFiles();
    expect(committed).toEqual([...built.map((file) => file.case), ...LARGE_CASES]);
    for (const { case: entry, bytes } of built)
      expect(readFileSync(join(HOSTILE_DIR, entry.file)).equals(bytes), entry.file).toBe(true);
  });
});

// Each case starts Node with tsx, which takes about a second.
describe('each hostile file through data:validate', { timeout: 60_000 }, () => {
  it.each(committed.map((entry) => [entry.file, entry] as const))('%s', (_file, entry) => {
    const path = entry.large
      ? tempFiles({ [entry.file]: largeFile(entry.file) })[entry.file]!
      : join(HOSTILE_DIR, entry.file);
    const result = runScript('data-validate.ts', [path]);
    expect(result.status, result.stderr).toBe(entry.cli.exit);
    expect(`${result.stdout}${result.stderr}`).toContain(entry.cli.output);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // However many problems, the report stays readable.
    expect(result.stdout.split('\n').length).toBeLessThan(600);
  });
});
