import type { z } from 'zod';
import {
  citySchema,
  metaSchema,
  milestoneSchema,
  type City,
  type Milestone,
  type Network,
  type NetworkMeta,
  type Outlet,
} from './schema';
import { safeParseOutlet } from './fast-records';
import type { ProvinceIndex } from './province-check';
import { checkCity, checkOutlet } from './record-checks';
import type { DataIssue } from './data-issue';
import { validateTargets } from './validate-targets';
import { zodIssues } from './zod-issues';

export type { DataIssue };

export interface ValidationResult {
  network: Network;
  issues: DataIssue[];
}

/** `asOf` is a placeholder: a meta without a valid date gets one from the data (`datedMeta`). */
const DEFAULT_META: NetworkMeta = {
  title: { en: 'Untitled network', zh: '未命名网络' },
  asOf: '',
  source: 'Unknown source',
  illustrative: false,
  crs: 'WGS84',
  tierYear: 2023,
};

/** The meta as read, and why its `asOf` could not be used (null when it could). */
interface ReadMeta {
  meta: NetworkMeta;
  asOfProblem: string | null;
}

/** The latest date any outlet reached any stage, or null when none did. */
export function latestStageDate(outlets: readonly Outlet[]): string | null {
  let latest: string | null = null;
  for (const { stages } of outlets)
    for (const date of Object.values(stages))
      if (date !== undefined && (latest === null || date > latest)) latest = date;
  return latest;
}

/** Today's date in UTC, as YYYY-MM-DD. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * A meta whose `asOf` was missing or invalid gets the latest stage date of the valid outlets,
 * or today's date when no outlet has one, with a warning at `meta.asOf` that says which: the
 * date on screen is never a placeholder such as 1970-01-01.
 */
function datedMeta(
  { meta, asOfProblem }: ReadMeta,
  outlets: readonly Outlet[],
  issues: DataIssue[],
): NetworkMeta {
  if (asOfProblem === null) return meta;
  const latest = latestStageDate(outlets);
  const asOf = latest ?? today();
  issues.push({
    path: 'meta.asOf',
    message: latest
      ? `${asOfProblem}; using the latest stage date in the data, ${asOf}`
      : `${asOfProblem}; using today's date, ${asOf} (no outlet has a stage date)`,
    severity: 'warning',
  });
  return { ...meta, asOf };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readArray(doc: Record<string, unknown>, key: string, issues: DataIssue[]): unknown[] {
  const value = doc[key];
  if (Array.isArray(value)) return value;
  issues.push({
    path: key,
    message: value === undefined ? 'missing (expected a list)' : 'expected a list',
    severity: 'error',
  });
  return [];
}

/**
 * Reads the meta, falling back field by field with a warning (nothing is skipped for it); a
 * missing or invalid `asOf` is settled once the outlets are in (`datedMeta`).
 */
function validateMeta(value: unknown, issues: DataIssue[]): ReadMeta {
  if (!isRecord(value)) {
    issues.push({
      path: 'meta',
      message: `${value === undefined ? 'missing' : 'expected an object'}; using the defaults`,
      severity: 'warning',
    });
    return { meta: { ...DEFAULT_META }, asOfProblem: 'missing' };
  }
  const parsed = metaSchema.safeParse(value);
  if (parsed.success) return { meta: parsed.data, asOfProblem: null };
  // Keep every valid field and fall back field by field, so one typo does not hide the data.
  const meta = { ...DEFAULT_META };
  let asOfProblem: string | null = null;
  const shape = metaSchema.shape;
  for (const key of Object.keys(shape) as (keyof NetworkMeta)[]) {
    const field = shape[key].safeParse(value[key]);
    if (field.success) Object.assign(meta, { [key]: field.data });
    else if (key === 'asOf')
      asOfProblem = zodIssues('meta.asOf', field.error)[0]?.message ?? 'invalid';
    else
      issues.push(
        ...zodIssues(`meta.${key}`, field.error).map((issue) => ({
          ...issue,
          message: `${issue.message}; using the default`,
          severity: 'warning' as const,
        })),
      );
  }
  return { meta, asOfProblem };
}

function parseRecords<T extends { id: string }>(
  key: 'cities' | 'outlets',
  items: unknown[],
  parse: (item: unknown) => z.ZodSafeParseResult<T>,
  issues: DataIssue[],
  check: (record: T, path: string) => readonly DataIssue[],
  /** Called after each item with the records kept so far. */
  afterItem?: (records: T[]) => void,
): T[] {
  const seen = new Map<string, number>();
  const records: T[] = [];
  items.forEach((item, index) => {
    parseRecord(item, index);
    afterItem?.(records);
  });
  return records;

  function parseRecord(item: unknown, index: number): void {
    const path = `${key}[${index}]`;
    const parsed = parse(item);
    if (!parsed.success) {
      issues.push(...zodIssues(path, parsed.error));
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      issues.push({
        path: `${path}.id`,
        message: `duplicate id "${parsed.data.id}" (first used by ${key}[${first}])`,
        severity: 'error',
      });
      return;
    }
    const problems = check(parsed.data, path);
    issues.push(...problems);
    if (problems.some((problem) => problem.severity === 'error')) return;
    seen.set(parsed.data.id, index);
    records.push(parsed.data);
  }
}

/**
 * For a caller that passes the result on while it is made (the parse worker, see
 * `outletStream`): the meta and cities once they are in, then the outlets and issues in slices.
 * Every record and issue reaches `onSlice` once, in the order of the result.
 */
export interface ValidationHooks {
  onCities: (meta: NetworkMeta, cities: City[]) => void;
  onSlice: (slice: { outlets: Outlet[]; issues: DataIssue[] }) => void;
  /** A slice is sent once this many records or issues have piled up (an outlet's issues stay together). */
  sliceSize: number;
}

export interface ValidateOptions {
  /** The basemap's provinces (`buildProvinceIndex`): each point must lie in its city's province. */
  provinces?: ProvinceIndex;
  hooks?: ValidationHooks;
}

/**
 * Validates an untrusted dataset document. Never throws: every problem is returned with its
 * path and reason, and every valid record is kept.
 */
export function validateNetwork(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const issues: DataIssue[] = [];
  if (!isRecord(input)) {
    issues.push({
      path: '(document)',
      message: `expected a JSON object with meta, cities, outlets and milestones, got ${Array.isArray(input) ? 'a list' : input === null ? 'null' : typeof input}`,
      severity: 'error',
    });
    const meta = { ...DEFAULT_META, asOf: today() };
    return { network: { meta, cities: [], outlets: [], milestones: [] }, issues };
  }

  const read = validateMeta(input.meta, issues);
  const { meta: headMeta } = read;
  const cities = parseRecords<City>(
    'cities',
    readArray(input, 'cities', issues),
    (item) => citySchema.safeParse(item),
    issues,
    (city, path) => checkCity(city, path, options.provinces),
  );
  const { hooks } = options;
  hooks?.onCities(headMeta, cities);
  let sentOutlets = 0;
  let sentIssues = 0;
  const send = (records: Outlet[]) => {
    hooks?.onSlice({ outlets: records.slice(sentOutlets), issues: issues.slice(sentIssues) });
    sentOutlets = records.length;
    sentIssues = issues.length;
  };
  const cityById = new Map(cities.map((city) => [city.id, city]));
  const outlets = parseRecords<Outlet>(
    'outlets',
    readArray(input, 'outlets', issues),
    safeParseOutlet,
    issues,
    (outlet, path) => checkOutlet(outlet, path, cityById.get(outlet.cityId), options.provinces),
    hooks &&
      ((records) => {
        const size = hooks.sliceSize;
        if (records.length - sentOutlets >= size || issues.length - sentIssues >= size)
          send(records);
      }),
  );

  const milestones: Milestone[] = [];
  const rawMilestones =
    input.milestones === undefined ? [] : readArray(input, 'milestones', issues);
  rawMilestones.forEach((item, index) => {
    const parsed = milestoneSchema.safeParse(item);
    if (parsed.success) milestones.push(parsed.data);
    else issues.push(...zodIssues(`milestones[${index}]`, parsed.error));
  });
  milestones.sort((a, b) => a.date.localeCompare(b.date));
  const meta = datedMeta(read, outlets, issues);
  const network: Network = { meta, cities, outlets, milestones };
  // A document without targets has no plan: it stays without the key, as it came.
  if (input.targets !== undefined) network.targets = validateTargets(input.targets, cities, issues);
  if (hooks && (outlets.length > sentOutlets || issues.length > sentIssues)) send(outlets);

  return { network, issues };
}
