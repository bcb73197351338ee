import { parseArgs } from 'node:util';
import { diffDatasets, type DatasetDiff } from '../src/data/derive/dataset-diff';
import { parseCrs } from '../src/data/sources/csv-rows';
import {
  countIssues,
  DEFAULT_BASE,
  EXIT,
  loadDataFile,
  provincesOrNothing,
  run,
  type LoadedDataFile,
} from './data-cli';
import { formatDiffReport, SHOWN_PER_KIND, type DiffFile } from './diff-report';

const USAGE = `Usage: npm run data:diff -- OLD NEW [--json] [--all] [--cities DATASET.json] [--crs GCJ02]

Compares two datasets outlet by outlet, matched by id: added, removed, stage changed, moved
more than 100 m, renamed (either language), operator changed. Each file is a dataset JSON or a
CSV of outlets, read and validated as by data:validate (--cities and --crs as there, for CSV
files); only valid records are compared, and ids present twice or only in invalid records are
reported. The report gives the counts, then the lines of each kind of change (the first
${SHOWN_PER_KIND} of each; --all for every one); --json prints the whole difference as JSON.
Exit status: 0 the same outlets, 1 differences (or ids that could not be compared), 2 a file
cannot be used at all.`;

function side(file: string, loaded: LoadedDataFile): DiffFile {
  return { file, kind: loaded.kind, network: loaded.network, ...countIssues(loaded.issues) };
}

function isSame(diff: DatasetDiff): boolean {
  const changes = Object.values(diff.counts).reduce((sum, count) => sum + count, 0);
  return changes + diff.duplicates.length + diff.invalid.length === 0;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      all: { type: 'boolean' },
      cities: { type: 'string' },
      crs: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const [oldFile, newFile] = positionals;
  if (values.help || !oldFile || !newFile || positionals.length > 2) {
    console.log(USAGE);
    return values.help ? EXIT.ok : EXIT.unreadable;
  }
  const crs = parseCrs(values.crs);
  if (values.crs !== undefined && !crs) {
    console.error(`unknown coordinate system "${values.crs}" (use WGS84, GCJ02 or BD09)`);
    return EXIT.unreadable;
  }
  const options = { cities: values.cities ?? DEFAULT_BASE, crs, provinces: provincesOrNothing() };
  const old = loadDataFile(oldFile, options);
  const next = loadDataFile(newFile, options);
  const diff = diffDatasets(
    { outlets: old.network.outlets, crs: old.network.meta.crs, fileIds: old.fileIds },
    { outlets: next.network.outlets, crs: next.network.meta.crs, fileIds: next.fileIds },
  );
  const report = { old: side(oldFile, old), new: side(newFile, next) };
  if (values.json) {
    const files = Object.fromEntries(
      Object.entries(report).map(([name, { file, kind, network, errors, warnings }]) => [
        name,
        { file, kind, outlets: network.outlets.length, errors, warnings },
      ]),
    );
    console.log(JSON.stringify({ ...files, diff }, null, 2));
  } else {
    for (const line of formatDiffReport(diff, report.old, report.new, values.all ?? false))
      console.log(line);
  }
  return isSame(diff) ? EXIT.ok : EXIT.errors;
}

run(main);
