import { convertPoint } from '../domain/crs';
import { NetworkLoadError } from './load-errors';
import { dateCell, parseCrs, pointCells, readRows, type CsvRow } from './csv-rows';
import { STAGES, type City, type Crs, type Milestone, type NetworkMeta } from '../domain/schema';
import type { DataIssue } from '../domain/data-issue';

/** The columns `buildOutletsCsv` writes, in its order: an exported list re-imports as it was. */
export const OUTLET_COLUMNS: readonly string[] = [
  ...'id kind name_en name_zh stage stage_date city_id city_en city_zh'.split(' '),
  // The district an outlet lies in, found from its point: read back by no import.
  ...'district_code district_en district_zh province_en'.split(' '),
  ...'province_zh tier operator_en operator_zh services address_en address_zh lon lat crs'.split(
    ' ',
  ),
  ...STAGES,
];

/**
 * Optional columns: `status` (else the latest dated stage, else `stage`); `crs` per row (the
 * export writes it); and,
 * with city_en, city_zh, province_en, province_zh and tier, the columns that define a city the
 * loaded data does not have.
 */
export const EXTRA_COLUMNS: readonly string[] =
  'status crs adcode region city_lon city_lat recruitment recruitment_since'.split(' ');

/** Without these no row can make a valid outlet; a stage column or stage dates are also needed. */
const REQUIRED = [
  ...'id kind name_en name_zh city_id operator_en operator_zh'.split(' '),
  ...'services address_en address_zh lon lat'.split(' '),
];

export interface CsvImportOptions {
  /** Names the import in messages and becomes the dataset's title. */
  fileName?: string;
  /**
   * The system of rows without a `crs` cell, and of the whole document (`--crs`, or the answer
   * to the app's question). Without it, a blank `crs` cell in a file with a `crs` column is an
   * error, and a file with no `crs` column is taken as WGS-84 (`crsFrom: 'default'`).
   */
  crs?: Crs;
  /** How `crs` was given, for the warning on a row whose `crs` cell is blank: "given with --crs". */
  crsGivenAs?: string;
  /** The cities outlets may reference: those of the data on screen. */
  cities?: readonly City[];
  /** The system the given cities' points are in; the app holds WGS-84 after loading. */
  citiesCrs?: Crs;
  milestones?: readonly Milestone[];
  tierYear?: number;
}

/** A dataset-shaped document, not yet validated. */
export interface NetworkDocument {
  meta: NetworkMeta;
  cities: unknown[];
  outlets: unknown[];
  milestones: Milestone[];
  targets?: unknown[];
}

export interface CsvImport {
  document: NetworkDocument;
  /** Problems with the CSV itself, each with its line. */
  issues: DataIssue[];
  /** `document.outlets[i]` came from file line `outletLines[i]` (the header is line 1). */
  outletLines: number[];
  /** The line that introduced `document.cities[i]`; `undefined` for the given cities. */
  cityLines: (number | undefined)[];
  /** Which file columns the rows had, for naming columns in messages. */
  columns: ReadonlySet<string>;
  crs: Crs;
  /** Whether the options or a `crs` column named the system; if not, WGS-84 was assumed. */
  crsDeclared: boolean;
  /** Whether a `crs` column names a system on some row. */
  crsNamed: boolean;
  /** Rows whose `crs` cell was blank in a file with a `crs` column. */
  blankCrsRows: number;
}

function outletOf(row: CsvRow, from: Crs, to: Crs): Record<string, unknown> {
  const get = row.get;
  const stages: Record<string, string> = {};
  for (const stage of STAGES) {
    const value = dateCell(get(stage));
    if (value !== undefined) stages[stage] = value;
  }
  const stage = get('stage');
  const isKnown = stage !== undefined && (STAGES as readonly string[]).includes(stage);
  const stageDate = dateCell(get('stage_date'));
  if (isKnown && stageDate !== undefined && stages[stage] === undefined) stages[stage] = stageDate;
  const latest = STAGES.filter((s) => stages[s] !== undefined).at(-1);
  const both = (key: string) => ({ en: get(`${key}_en`), zh: get(`${key}_zh`) });
  return {
    id: get('id'),
    cityId: get('city_id'),
    kind: get('kind'),
    name: both('name'),
    operator: both('operator'),
    status: stage !== undefined && !isKnown ? stage : (get('status') ?? latest ?? stage),
    stages,
    services: (get('services') ?? '').split(/[\s,;|]+/).filter(Boolean),
    address: both('address'),
    point: pointCells(get('lon'), get('lat'), from, to),
  };
}

function cityOf(row: CsvRow, from: Crs, to: Crs): Record<string, unknown> {
  const get = row.get;
  const since = dateCell(get('recruitment_since'));
  return {
    id: get('city_id'),
    name: { en: get('city_en'), zh: get('city_zh') },
    province: { en: get('province_en'), zh: get('province_zh') },
    adcode: get('adcode'),
    region: get('region'),
    tier: get('tier'),
    point: pointCells(get('city_lon'), get('city_lat'), from, to),
    recruitment: { status: get('recruitment') ?? 'none', ...(since ? { since } : {}) },
  };
}

function titleOf(fileName: string | undefined): NetworkMeta['title'] {
  const base = fileName
    ?.replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 300);
  return base ? { en: base, zh: base } : { en: 'Imported outlets', zh: '导入的网点' };
}

function latestDate(outlets: readonly Record<string, unknown>[]): string {
  let latest = '';
  for (const outlet of outlets)
    for (const value of Object.values(outlet.stages as Record<string, string>))
      if (/^\d{4}-\d{2}-\d{2}$/.test(value) && value > latest) latest = value;
  return latest || new Date().toISOString().slice(0, 10);
}

function issue(line: number, column: string, message: string, severity: DataIssue['severity']) {
  return { path: `line ${line}, column "${column}"`, message, severity, line };
}

/**
 * Reads a CSV of outlets (one per row, header first; UTF-8 with or without a BOM; comma,
 * semicolon or tab) into a dataset-shaped document for `validateNetwork`. Points stay in the
 * declared system and `meta.crs` says which: the app converts once, on load. Throws
 * `NetworkLoadError` when the file holds no outlets table at all.
 */
export function parseOutletsCsv(text: string, options: CsvImportOptions = {}): CsvImport {
  const origin = options.fileName ?? 'CSV file';
  const { rows, issues, columns } = readRows(text, origin);
  const missing = REQUIRED.filter((column) => !columns.has(column));
  if (!columns.has('stage') && !STAGES.some((s) => columns.has(s))) missing.push('stage');
  if (missing.length > 0) {
    throw new NetworkLoadError(
      origin,
      `line 1 lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')} (the first line must be the header, as in an exported outlet list)`,
    );
  }
  if (rows.length === 0 && issues.every((item) => item.severity !== 'error'))
    throw new NetworkLoadError(origin, 'the file has a header but no rows');
  const fromColumn = rows.map((row) => parseCrs(row.get('crs'))).find(Boolean);
  const declared = options.crs ?? fromColumn;
  const crs: Crs = declared ?? 'WGS84';
  const hasCrsColumn = columns.has('crs');
  let blankCrsRows = 0;
  const given = options.cities ?? [];
  const known = new Map(given.map((city) => [city.id, city]));
  const cities: unknown[] = given.map((city) => ({
    ...city,
    point: convertPoint(city.point, options.citiesCrs ?? 'WGS84', crs),
  }));
  const cityLines: (number | undefined)[] = given.map(() => undefined);
  const defined = new Set<string>();
  const warned = new Set<string>();
  const outlets: Record<string, unknown>[] = [];
  const outletLines: number[] = [];

  for (const row of rows) {
    const cell = row.get('crs');
    if (cell === undefined && hasCrsColumn) {
      blankCrsRows += 1;
      if (!options.crs) {
        issues.push(
          issue(
            row.line,
            'crs',
            'blank, in a file with a crs column: the row does not say which coordinate system its point is in (WGS84, GCJ02 or BD09); row skipped',
            'error',
          ),
        );
        continue;
      }
      issues.push(
        issue(
          row.line,
          'crs',
          `blank: the point was taken as ${options.crs} (${options.crsGivenAs ?? 'as given'})`,
          'warning',
        ),
      );
    }
    const rowCrs = cell === undefined ? crs : parseCrs(cell);
    if (!rowCrs) {
      issues.push(
        issue(
          row.line,
          'crs',
          `unknown coordinate system "${cell}" (use WGS84, GCJ02 or BD09); row skipped`,
          'error',
        ),
      );
      continue;
    }
    const cityId = row.get('city_id');
    const city = cityId === undefined ? undefined : known.get(cityId);
    const tier = row.get('tier');
    if (city && tier !== undefined && tier !== city.tier && !warned.has(city.id)) {
      warned.add(city.id);
      issues.push(
        issue(
          row.line,
          'tier',
          `tier ${tier} differs from the loaded ${city.name.en} (tier ${city.tier}); the loaded city is kept`,
          'warning',
        ),
      );
    }
    if (cityId !== undefined && !city && !defined.has(cityId) && row.get('adcode') !== undefined) {
      defined.add(cityId);
      cities.push(cityOf(row, rowCrs, crs));
      cityLines.push(row.line);
    }
    outlets.push(outletOf(row, rowCrs, crs));
    outletLines.push(row.line);
  }

  const meta: NetworkMeta = {
    title: titleOf(options.fileName),
    asOf: latestDate(outlets),
    source: options.fileName ? `Imported from ${options.fileName}` : 'Imported from a CSV file',
    illustrative: false,
    crs,
    tierYear: options.tierYear ?? 2023,
  };
  const milestones = [...(options.milestones ?? [])];
  return {
    document: { meta, cities, outlets, milestones },
    issues,
    outletLines,
    cityLines,
    columns,
    crs,
    crsDeclared: declared !== undefined,
    crsNamed: fromColumn !== undefined,
    blankCrsRows,
  };
}
