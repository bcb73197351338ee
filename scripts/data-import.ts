import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parseTargetsCsv } from '../src/data/sources/import-targets-csv';
import { crsNote, loadOutletsCsv } from '../src/data/sources/load-csv';
import { readTextFile } from '../server/read-dataset';
import {
  ASSUMED,
  countIssues,
  DEFAULT_BASE,
  EXIT,
  GIVEN_WITH_OPTION,
  loadBase,
  plural,
  provincesOrNothing,
  readCliInput,
  run,
} from './data-cli';
import { jsonRefusal, jsonReport, reportLines } from './data-report';

const USAGE = `Usage: npm run data:import -- FILE.csv [--targets TARGETS.csv] [--crs GCJ02] [--out FILE.json] [--cities DATASET.json] [--all] [--json]

Turns a CSV of outlets (the columns of the app's CSV export; see docs/data-cli.md; UTF-8 with or
without a BOM, or UTF-16 with a BOM) into a dataset JSON file with the valid records, written to
--out or to standard output. Rows refer to the cities of --cities (default ${DEFAULT_BASE}),
whose cities and milestones the dataset keeps (not its targets), or define new cities. --targets
adds the plan from a second CSV (columns id, city_id, kind, stage, count, due, note_en, note_zh;
see the README). Problems go to standard error: the first 50 of each kind, then how many more
(--all prints every one; --json prints the report as JSON, as data:validate --json does).
Exit status: 0 no errors, 1 errors (the valid rows are still written), 2 a file cannot be used
at all.`;

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      crs: { type: 'string' },
      out: { type: 'string' },
      cities: { type: 'string' },
      all: { type: 'boolean' },
      json: { type: 'boolean' },
      targets: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const input = readCliInput(values, positionals, USAGE);
  if (typeof input === 'number') return input;
  const { file, crs } = input;
  const base = loadBase(values.cities ?? DEFAULT_BASE);
  const targets =
    values.targets === undefined
      ? undefined
      : parseTargetsCsv(readTextFile(values.targets), basename(values.targets));
  const loaded = loadOutletsCsv(readTextFile(file), {
    fileName: basename(file),
    crs,
    crsGivenAs: GIVEN_WITH_OPTION,
    cities: base.cities,
    citiesCrs: base.meta.crs,
    milestones: base.milestones,
    tierYear: base.meta.tierYear,
    provinces: provincesOrNothing(),
    targets,
  });
  const note = crs ? null : crsNote(loaded, ASSUMED);
  const issues = note ? [note, ...loaded.issues] : loaded.issues;
  const json = `${JSON.stringify(loaded.network, null, 2)}\n`;
  if (values.out) writeFileSync(values.out, json);
  else process.stdout.write(json);
  const { errors, warnings } = countIssues(issues);
  const status = errors > 0 ? EXIT.errors : EXIT.ok;
  if (values.json) {
    const kind = `CSV of outlets, ${loaded.crs}${loaded.crsDeclared ? '' : ' (assumed: no crs column or --crs)'}`;
    console.error(JSON.stringify(jsonReport(file, kind, loaded.network, issues), null, 2));
    return status;
  }
  for (const line of reportLines(issues, values.all)) console.error(line);
  const where = values.out ? `to ${values.out}` : 'to standard output';
  console.error(
    `wrote ${plural(loaded.network.outlets.length, 'outlet')} (${loaded.crs})${targets ? ` and ${plural(loaded.network.targets?.length ?? 0, 'target')}` : ''} ${where}; ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  );
  return status;
}

run(main, jsonRefusal(process.stderr));
