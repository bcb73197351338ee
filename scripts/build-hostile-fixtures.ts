/**
 * Writes the hostile corpus (`scripts/hostile/corpus.ts`) to `tests/fixtures/hostile/`: one file
 * per small case and `cases.json` with what the page and `data:validate` must make of each, the
 * large cases included (their files are built at test time). Run after changing the corpus:
 * `node --import tsx scripts/build-hostile-fixtures.ts`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOSTILE_DIR, hostileFiles, LARGE_CASES } from './hostile/corpus';

mkdirSync(HOSTILE_DIR, { recursive: true });
for (const name of readdirSync(HOSTILE_DIR)) rmSync(join(HOSTILE_DIR, name));
const files = hostileFiles();
for (const { case: entry, bytes } of files) writeFileSync(join(HOSTILE_DIR, entry.file), bytes);
const cases = [...files.map((file) => file.case), ...LARGE_CASES];
writeFileSync(join(HOSTILE_DIR, 'cases.json'), `${JSON.stringify(cases, null, 2)}\n`);
console.log(`wrote ${files.length} files and cases.json (${cases.length} cases) to ${HOSTILE_DIR}`);
