import { parseOutletsCsv, type CsvImport, type CsvImportOptions } from './import-csv';
import { targetIssuesWithLines, type TargetsCsv } from './import-targets-csv';
import type { LoadedNetwork } from './load-errors';
import type { ProvinceIndex } from '../domain/province-check';
import type { Crs } from '../domain/schema';
import { validateNetwork } from '../domain/validate-network';
import { type DataIssue } from '../domain/data-issue';

/** Record fields and the CSV columns they come from. */
const OUTLET_FIELDS: ReadonlyMap<string, string[]> = new Map([
  ['id', ['id']],
  ['cityId', ['city_id']],
  ['kind', ['kind']],
  ['name.en', ['name_en']],
  ['name.zh', ['name_zh']],
  ['operator.en', ['operator_en']],
  ['operator.zh', ['operator_zh']],
  ['services', ['services']],
  ['address.en', ['address_en']],
  ['address.zh', ['address_zh']],
  ['point', ['lon', 'lat']],
  ['point.lon', ['lon']],
  ['point.lat', ['lat']],
]);

const CITY_FIELDS: ReadonlyMap<string, string[]> = new Map([
  ['id', ['city_id']],
  ['name.en', ['city_en']],
  ['name.zh', ['city_zh']],
  ['province.en', ['province_en']],
  ['province.zh', ['province_zh']],
  ['adcode', ['adcode']],
  ['region', ['region']],
  ['tier', ['tier']],
  ['point', ['city_lon', 'city_lat']],
  ['point.lon', ['city_lon']],
  ['point.lat', ['city_lat']],
  ['recruitment', ['recruitment']],
  ['recruitment.status', ['recruitment']],
  ['recruitment.since', ['recruitment_since']],
]);

const CITY_HINT =
  '; it is not in the loaded data: add the columns adcode, region, city_lon and city_lat (with city_en, city_zh, province_en, province_zh and tier) to define it';

function columnsOf(kind: string, field: string, imported: CsvImport): string[] {
  if (kind === 'cities') return CITY_FIELDS.get(field) ?? [];
  if (field === 'status') return [imported.columns.has('status') ? 'status' : 'stage'];
  if (field.startsWith('stages.')) return [field.slice('stages.'.length)];
  return OUTLET_FIELDS.get(field) ?? [];
}

function definedIn(imported: CsvImport, cityId: string): boolean {
  return imported.document.cities.some((city) => (city as { id?: unknown }).id === cityId);
}

/**
 * Turns the record paths of `validateNetwork` issues on an imported CSV into file places:
 * `outlets[12].point.lat` becomes `line 14, column "lat"`, with `line: 14`. Issues on records
 * that did not come from the file (the given cities) keep their path.
 */
export function issuesWithLines(issues: readonly DataIssue[], imported: CsvImport): DataIssue[] {
  return issues.map((issue) => {
    const match = /^(outlets|cities)\[(\d+)\](?:\.(.*))?$/.exec(issue.path);
    if (!match) return issue;
    const [, kind = '', position = '', rest = ''] = match;
    const lines = kind === 'outlets' ? imported.outletLines : imported.cityLines;
    const line = lines[Number(position)];
    if (line === undefined) return issue;
    const field = rest.replace(/\[\d+\]/g, '');
    const columns = columnsOf(kind, field, imported);
    const where =
      columns.length === 0
        ? ''
        : `, column${columns.length > 1 ? 's' : ''} ${columns.map((c) => `"${c}"`).join(', ')}`;
    const cityId = /^unknown city id "(.*)"$/.exec(issue.message)?.[1];
    const hint = kind === 'outlets' && cityId !== undefined && !definedIn(imported, cityId);
    return {
      ...issue,
      path: `line ${line}${where}`,
      message: hint ? `${issue.message}${CITY_HINT}` : issue.message,
      line,
    };
  });
}

export interface CsvLoadOptions extends CsvImportOptions {
  /** When given, points must lie in their city's province (see `buildProvinceIndex`). */
  provinces?: ProvinceIndex;
  /** The plan, from a second CSV file (`parseTargetsCsv`); its cities are those of the outlets. */
  targets?: TargetsCsv;
}

/** A CSV file as loaded: like a dataset file, plus what the import learned about its system. */
export interface LoadedCsv extends LoadedNetwork {
  crs: Crs;
  /** `false` when no column or option named the coordinate system and WGS-84 was assumed. */
  crsDeclared: boolean;
}

/**
 * Reads, converts and validates a CSV of outlets in one step: every problem carries its file
 * line, sorted by line. Throws `NetworkLoadError` when the file holds no outlets table.
 */
export function loadOutletsCsv(text: string, options: CsvLoadOptions = {}): LoadedCsv {
  const imported = parseOutletsCsv(text, options);
  const { targets } = options;
  if (targets) imported.document.targets = targets.targets;
  const { network, issues } = validateNetwork(imported.document, { provinces: options.provinces });
  const isTarget = (issue: DataIssue) => issue.path.startsWith('targets');
  const all = [...imported.issues, ...issuesWithLines(issues, imported)].filter(
    (issue) => !isTarget(issue),
  );
  all.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  // The targets file's problems after the outlets file's, in its own line order.
  if (targets)
    all.push(...targets.issues, ...targetIssuesWithLines(issues.filter(isTarget), targets));
  return {
    network,
    issues: all,
    origin: options.fileName ?? 'CSV file',
    crs: imported.crs,
    crsDeclared: imported.crsDeclared,
    coordinates: {
      crs: imported.crs,
      named: imported.crsNamed,
      given: options.crs !== undefined,
      blankRows: imported.blankCrsRows,
    },
  };
}

/**
 * The warning that says which coordinate system a CSV's points were taken in, when the file
 * itself names none (`how`: "as chosen when the file was opened", "assumed: …"); `null` when
 * its `crs` column does.
 */
export function crsNote(loaded: LoadedCsv, how: string): DataIssue | null {
  if (loaded.coordinates?.named) return null;
  return {
    path: 'crs',
    message: `the file does not name the coordinate system of its points; they were taken as ${loaded.crs} (${how})`,
    severity: 'warning',
  };
}
