import { dateCell, readRows } from './csv-rows';
import { NetworkLoadError } from './load-errors';
import type { DataIssue } from '../domain/data-issue';

/**
 * The columns of a targets CSV, one target per row: `kind` empty for every kind, `stage` empty
 * for `open`, the notes optional (both or neither).
 */
export const TARGET_COLUMNS: readonly string[] =
  'id city_id kind stage count due note_en note_zh'.split(' ');

const REQUIRED = ['id', 'city_id', 'count', 'due'];

/** Target fields and the columns they come from. */
const TARGET_FIELDS: Record<string, string[]> = {
  id: ['id'],
  cityId: ['city_id'],
  kind: ['kind'],
  stage: ['stage'],
  count: ['count'],
  due: ['due'],
  note: ['note_en', 'note_zh'],
  'note.en': ['note_en'],
  'note.zh': ['note_zh'],
};

/** A targets CSV read into target-shaped records, not yet validated. */
export interface TargetsCsv {
  /** Names the file in messages (`targets.csv line 4, column "count"`). */
  fileName: string;
  targets: Record<string, unknown>[];
  /** `targets[i]` came from file line `lines[i]` (the header is line 1). */
  lines: number[];
  /** Problems with the CSV itself, located in the file. */
  issues: DataIssue[];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/**
 * Reads a CSV of targets (header first; UTF-8 with or without a BOM; comma, semicolon or tab).
 * Cells that are not what a target needs are kept as they are, for validation to report.
 * Throws `NetworkLoadError` when the file holds no targets table at all.
 */
export function parseTargetsCsv(text: string, fileName = 'targets CSV'): TargetsCsv {
  const { rows, issues, columns } = readRows(text, fileName);
  const missing = REQUIRED.filter((column) => !columns.has(column));
  if (missing.length > 0)
    throw new NetworkLoadError(
      fileName,
      `line 1 lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')} (a targets table has the columns ${TARGET_COLUMNS.join(', ')})`,
    );
  if (rows.length === 0 && issues.every((item) => item.severity !== 'error'))
    throw new NetworkLoadError(fileName, 'the file has a header but no rows');
  const targets = rows.map(({ get }) => {
    const count = get('count');
    const note = { en: get('note_en'), zh: get('note_zh') };
    return {
      id: get('id'),
      cityId: get('city_id'),
      ...(get('kind') !== undefined ? { kind: get('kind') } : {}),
      ...(get('stage') !== undefined ? { stage: get('stage') } : {}),
      count: count !== undefined && NUMBER.test(count) ? Number(count) : count,
      due: dateCell(get('due')),
      ...(note.en !== undefined || note.zh !== undefined ? { note } : {}),
    };
  });
  return {
    fileName,
    targets,
    lines: rows.map((row) => row.line),
    issues: issues.map(({ path, message, severity }) => ({
      path: `${fileName} ${path}`,
      message,
      severity,
    })),
  };
}

/**
 * Turns the `targets[i]…` paths of validation issues into places in the targets file
 * (`targets.csv line 4, column "count"`); other issues are returned as they are. The line is
 * in the path only: `DataIssue.line` belongs to the outlets file.
 */
export function targetIssuesWithLines(issues: readonly DataIssue[], csv: TargetsCsv): DataIssue[] {
  return issues.map((issue) => {
    const match = /^targets\[(\d+)\](?:\.(.*))?$/.exec(issue.path);
    const line = match ? csv.lines[Number(match[1])] : undefined;
    if (!match || line === undefined) return issue;
    const columns = TARGET_FIELDS[match[2] ?? ''] ?? [];
    const where =
      columns.length === 0
        ? ''
        : `, column${columns.length > 1 ? 's' : ''} ${columns.map((c) => `"${c}"`).join(', ')}`;
    return { ...issue, path: `${csv.fileName} line ${line}${where}` };
  });
}
