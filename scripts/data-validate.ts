import { parseArgs } from 'node:util';
import {
  countIssues,
  DEFAULT_BASE,
  EXIT,
  loadDataFile,
  plural,
  provincesOrNothing,
  readCliInput,
  run,
} from './data-cli';
import { jsonRefusal, jsonReport, reportLines } from './data-report';

const USAGE = `Usage: npm run data:validate -- FILE [--cities DATASET.json] [--crs GCJ02] [--all] [--json]

Checks a dataset JSON file, or a CSV of outlets (whose cities come from --cities, default
${DEFAULT_BASE}), as the app does: UTF-8 (with or without a BOM) or UTF-16 with a BOM, at
most 50 MB. Prints each problem with where and why: the first 50 of each kind, then how many
more (--all prints every one). --json prints the report as JSON, every problem included.
Exit status: 0 no errors (warnings allowed), 1 errors, 2 the file cannot be used at all.`;

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      cities: { type: 'string' },
      crs: { type: 'string' },
      all: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  const input = readCliInput(values, positionals, USAGE);
  if (typeof input === 'number') return input;
  const { file, crs } = input;
  const loaded = loadDataFile(file, {
    cities: values.cities,
    crs,
    provinces: provincesOrNothing(),
  });
  const { network, issues, kind } = loaded;
  const { errors, warnings } = countIssues(issues);
  const status = errors > 0 ? EXIT.errors : EXIT.ok;
  if (values.json) {
    console.log(JSON.stringify(jsonReport(file, kind, network, issues), null, 2));
    return status;
  }
  console.log(`${file} (${kind})`);
  console.log(
    `  valid: ${plural(network.cities.length, 'city', 'cities')}, ${plural(network.outlets.length, 'outlet')}, ${plural(network.milestones.length, 'milestone')}${network.targets ? `, ${plural(network.targets.length, 'target')}` : ''}`,
  );
  console.log(`  problems: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  for (const line of reportLines(issues, values.all)) console.log(line);
  return status;
}

run(main, jsonRefusal(process.stdout));
