import { extname } from 'node:path';
import { crsNote, loadOutletsCsv } from '../src/data/sources/load-csv';
import { NetworkLoadError, type LoadedNetwork } from '../src/data/sources/load-errors';
import type { ProvinceIndex } from '../src/data/domain/province-check';
import { parseCrs, readRows } from '../src/data/sources/csv-rows';
import type { Crs, Network } from '../src/data/domain/schema';
import type { DataIssue } from '../src/data/domain/data-issue';
import { loadProvinces, parseDatasetText, readTextFile } from '../server/read-dataset';

/** Exit codes of the data commands. */
export const EXIT = { ok: 0, errors: 1, unreadable: 2 } as const;

/** The dataset whose cities a CSV's rows may reference, unless `--cities` names another. */
export const DEFAULT_BASE = 'data/sample-network.json';

/** Whether a file is a CSV table: by its extension, else by its first character. */
export function isCsvFile(file: string, text: string): boolean {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return true;
  if (ext === '.json') return false;
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first !== '{' && first !== '[' && first !== '<';
}

/** The province boundaries, or `undefined` (with a note) when they cannot be read. */
export function provincesOrNothing(): ProvinceIndex | undefined {
  try {
    return loadProvinces();
  } catch (error) {
    console.error(`note: province check skipped (${String(error)})`);
    return undefined;
  }
}

/** Reads the base dataset a CSV builds on; fails when it has no valid city. */
export function loadBase(file: string): Network {
  const { network } = parseDatasetText(readTextFile(file), file);
  if (network.cities.length === 0) throw new NetworkLoadError(file, 'has no valid city');
  return network;
}

export function countIssues(issues: readonly DataIssue[]) {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return { errors, warnings: issues.length - errors };
}

export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? word : words}`;
}

/**
 * Runs a command. A file that cannot be used at all, or arguments that cannot be read, end
 * with one line saying why and exit status 2: never a stack trace. A reader that stops early
 * (`| head`) ends the command quietly.
 */
export function run(main: () => number, onRefusal?: (message: string) => void): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? EXIT.ok);
    });
  }
  try {
    process.exitCode = main();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    onRefusal?.(message);
    console.error(
      error instanceof NetworkLoadError
        ? `cannot use the file: ${message}`
        : `cannot go on: ${message}`,
    );
    process.exitCode = EXIT.unreadable;
  }
}

/** What both data commands take: one file and an optional coordinate system. */
export interface CliInput {
  file: string;
  crs: Crs | undefined;
}

/**
 * The file and `--crs` of a data command, or the exit code when there is nothing to do:
 * `--help` or no file prints `usage`; an unknown coordinate system is an error.
 */
export function readCliInput(
  values: { help?: boolean; crs?: string },
  positionals: readonly string[],
  usage: string,
): CliInput | number {
  const file = positionals[0];
  if (values.help || !file) {
    console.log(usage);
    return values.help ? EXIT.ok : EXIT.unreadable;
  }
  const crs = parseCrs(values.crs);
  if (values.crs !== undefined && !crs) {
    console.error(`unknown coordinate system "${values.crs}" (use WGS84, GCJ02 or BD09)`);
    return EXIT.unreadable;
  }
  return { file, crs };
}

/** How the CLI says a coordinate system was given, in the warning on blank `crs` cells. */
export const GIVEN_WITH_OPTION = 'given with --crs';

/** How the CLI says no system was given, in the note of a CSV that names none. */
export const ASSUMED = 'assumed: no crs column and no --crs';

/** A data file as the data commands read it: validated, with what kind of file it was. */
export interface LoadedDataFile extends LoadedNetwork {
  /** e.g. `dataset JSON, WGS84` or `CSV of outlets, GCJ02 (assumed: …)`. */
  kind: string;
  /** The id of every outlet record of the file, valid or not, in file order. */
  fileIds: unknown[];
}

/**
 * Reads and validates a dataset JSON file or a CSV of outlets (whose cities come from the
 * dataset `cities`, default `DEFAULT_BASE`) exactly as `data:validate` does. A CSV that names
 * no coordinate system, and was given none with `--crs`, gets a warning that says which was assumed.
 */
export function loadDataFile(
  file: string,
  options: { cities?: string; crs?: Crs; provinces?: ProvinceIndex },
): LoadedDataFile {
  const text = readTextFile(file);
  if (isCsvFile(file, text)) {
    const base = loadBase(options.cities ?? DEFAULT_BASE);
    const csv = loadOutletsCsv(text, {
      fileName: file,
      crs: options.crs,
      crsGivenAs: GIVEN_WITH_OPTION,
      cities: base.cities,
      citiesCrs: base.meta.crs,
      provinces: options.provinces,
    });
    const assumed = csv.crsDeclared ? '' : ' (assumed: no crs column or --crs)';
    const note = options.crs ? null : crsNote(csv, ASSUMED);
    return {
      ...csv,
      ...(note && { issues: [note, ...csv.issues] }),
      kind: `CSV of outlets, ${csv.crs}${assumed}`,
      fileIds: readRows(text, file).rows.map((row) => row.get('id')),
    };
  }
  const loaded = parseDatasetText(text, file, options.provinces);
  let fileIds: unknown[] = [];
  try {
    const outlets = (JSON.parse(text.replace(/^\uFEFF/, '')) as { outlets?: unknown }).outlets;
    if (Array.isArray(outlets))
      fileIds = outlets.map((record: unknown) =>
        typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined,
      );
  } catch {
    // parseDatasetText read it: it is JSON.
  }
  return { ...loaded, kind: `dataset JSON, ${loaded.network.meta.crs}`, fileIds };
}
