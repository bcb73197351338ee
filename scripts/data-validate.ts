import { parseArgs } from 'node:util';
import {
  countIssues,
  DEFAULT_BASE,
  EXIT,
  formatIssues,
  loadDataFile,
  plural,
  provincesOrNothing,
  readCliInput,
  run,
} from './data-cli';

const USAGE = `Usage: npm run data:validate -- FILE [--cities DATASET.json] [--crs GCJ02]

Checks a dataset JSON file, or a CSV of outlets (whose cities come from --cities, default
${DEFAULT_BASE}). Prints every problem with where and why. Exit status: 0 no errors
(warnings allowed), 1 errors, 2 the file cannot be read or parsed at all.`;

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { cities: { type: 'string' }, crs: { type: 'string' }, help: { type: 'boolean' } },
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
  console.log(`${file} (${kind})`);
  console.log(
    `  valid: ${plural(network.cities.length, 'city', 'cities')}, ${plural(network.outlets.length, 'outlet')}, ${plural(network.milestones.length, 'milestone')}${network.targets ? `, ${plural(network.targets.length, 'target')}` : ''}`,
  );
  console.log(`  problems: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  for (const line of formatIssues(issues)) console.log(line);
  return errors > 0 ? EXIT.errors : EXIT.ok;
}

run(main);
