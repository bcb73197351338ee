import Papa from 'papaparse';
import { convertPoint } from '../domain/crs';
import { NetworkLoadError } from './load-errors';
import { CRS_VALUES, type Crs } from '../domain/schema';
import type { DataIssue } from '../domain/data-issue';

/** One data row of a CSV file, with the file line it starts on (the header is line 1). */
export interface CsvRow {
  line: number;
  /** The trimmed cell of a column (header names are lower-cased), or `undefined` when empty. */
  get: (column: string) => string | undefined;
}

export interface CsvRows {
  rows: CsvRow[];
  issues: DataIssue[];
  columns: ReadonlySet<string>;
}

const CRS_NAMES: ReadonlyMap<string, Crs> = new Map([
  ...CRS_VALUES.map((crs) => [crs, crs] as const),
  ['EPSG4326', 'WGS84'],
  ['MARS', 'GCJ02'],
  ['BAIDU', 'BD09'],
]);

/** Reads a coordinate system name as people write it: `GCJ-02`, `gcj02`, `WGS 84`, `BD-09`. */
export function parseCrs(value: string | undefined): Crs | undefined {
  if (value === undefined) return undefined;
  return CRS_NAMES.get(value.toUpperCase().replace(/[^A-Z0-9]/g, ''));
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function num(value: string | undefined): number | string | undefined {
  return value !== undefined && NUMBER.test(value) ? Number(value) : value;
}

/** A date cell as YYYY-MM-DD; spreadsheet forms like `2024/1/5` are normalised, others kept. */
export function dateCell(value: string | undefined): string | undefined {
  const match = value === undefined ? null : /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (!match) return value;
  const [, year, month = '', day = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * A point from two cells, converted from the row's system to the document's. Cells that are not
 * numbers stay text, for validation to report; two empty cells make no point.
 */
export function pointCells(lon: string | undefined, lat: string | undefined, from: Crs, to: Crs) {
  if (lon === undefined && lat === undefined) return undefined;
  const point = { lon: num(lon), lat: num(lat) };
  if (typeof point.lon !== 'number' || typeof point.lat !== 'number') return point;
  return convertPoint({ lon: point.lon, lat: point.lat }, from, to);
}

/** Moves past line breaks and blank lines, to where the next row starts. */
function skipBlank(text: string, from: number): number {
  let pos = from;
  while (pos < text.length) {
    const ch = text[pos];
    if (ch === '\r' || ch === '\n') {
      pos += 1;
      continue;
    }
    const end = text.indexOf('\n', pos);
    const stop = end === -1 ? text.length : end;
    if (text.slice(pos, stop).trim() !== '') break;
    pos = stop;
  }
  return pos;
}

/** Line numbers for ascending offsets, counted incrementally. */
function lineCounter(text: string): (offset: number) => number {
  let pos = 0;
  let line = 1;
  return (offset) => {
    for (; pos < offset; pos += 1) if (text.charCodeAt(pos) === 10) line += 1;
    return line;
  };
}

function rejectNonCsv(text: string, origin: string): void {
  const head = text.trimStart();
  if (head === '') throw new NetworkLoadError(origin, 'the file is empty');
  if (head.startsWith('<'))
    throw new NetworkLoadError(origin, 'got an HTML page where a CSV table was expected');
  if (head.startsWith('{') || head.startsWith('['))
    throw new NetworkLoadError(origin, 'this is JSON, not CSV; open it as a dataset file');
  if (text.includes('\u0000')) throw new NetworkLoadError(origin, 'not a text file');
}

/**
 * Splits CSV text into rows keyed by the header, with line numbers. Strips a byte-order mark,
 * guesses the delimiter, and undoes the `'` that exports put before `=`, `+`, `-` and `@`.
 * Rows that cannot be read reliably (an unclosed quote, extra cells) are reported and left out.
 */
export function readRows(input: string, origin: string): CsvRows {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  rejectNonCsv(text, origin);
  const lineAt = lineCounter(text);
  const rows: CsvRow[] = [];
  const issues: DataIssue[] = [];
  const index = new Map<string, number>();
  let header: string[] | null = null;
  let cursor = 0;
  const report = (line: number, message: string, severity: DataIssue['severity']) =>
    issues.push({ path: `line ${line}`, message, severity, line });

  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
    step: (result) => {
      const line = lineAt(skipBlank(text, cursor));
      cursor = result.meta.cursor;
      const cells = result.data;
      if (!header) {
        header = cells.map((cell) =>
          cell
            .replace(/^\uFEFF/, '')
            .trim()
            .toLowerCase(),
        );
        header.forEach((name, i) => {
          if (name === '') return;
          if (index.has(name))
            report(line, `column "${name}" appears twice; the first is used`, 'warning');
          else index.set(name, i);
        });
        return;
      }
      if (result.errors.some((error) => error.type === 'Quotes')) {
        report(line, 'a quoted value is not closed (a missing "); row skipped', 'error');
        return;
      }
      const extra = cells.slice(header.length);
      if (extra.some((cell) => cell.trim() !== '')) {
        report(
          line,
          `${cells.length} cells but the header has ${header.length} (a comma in an unquoted value?); row skipped`,
          'error',
        );
        return;
      }
      if (cells.length !== header.length) {
        const note =
          cells.length < header.length
            ? 'the missing ones are read as empty'
            : 'the extra ones are empty and ignored';
        report(
          line,
          `${cells.length} cells but the header has ${header.length}; ${note}`,
          'warning',
        );
      }
      rows.push({
        line,
        get: (column) => {
          const i = index.get(column);
          const raw = i === undefined ? undefined : cells[i];
          const value = raw?.replace(/^'(?=[=+\-@\t\r])/, '').trim();
          return value === '' ? undefined : value;
        },
      });
    },
  });
  return { rows, issues, columns: new Set(index.keys()) };
}
