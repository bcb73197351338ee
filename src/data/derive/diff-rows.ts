import type { LocalizedText, Outlet } from '../domain/schema';
import { DIFF_KINDS, type DatasetDiff, type DiffKind, type DiffSideName } from './dataset-diff';

/** What a weekly change report lists: the differences, then the ids that could not be compared. */
export type DiffRowKind = DiffKind | 'duplicate' | 'invalid';

/** One row of a dataset comparison as the report, its CSV and a reader see it. */
export interface DiffRow {
  kind: DiffRowKind;
  id: string;
  /** The outlet as the current data has it, else as the baseline had it; null when neither. */
  outlet: Outlet | null;
  /** Whether the current data has the outlet (a row can open it on the map). */
  current: boolean;
  /** The file a one-sided row is about: the baseline (`old`) or the current data (`new`). */
  side: DiffSideName | null;
  /** The stage or the text before and after, for a stage change, a rename, an operator change. */
  from: LocalizedText | null;
  to: LocalizedText | null;
  /** How far it moved, in metres. */
  meters: number | null;
  /** How many records of its file have the id, for a duplicate. */
  count: number | null;
}

const text = (value: string): LocalizedText => ({ en: value, zh: value });

/** The report's rows: each kind of difference in `DIFF_KINDS` order, then duplicates, then invalid ids. */
export function diffRows(
  diff: DatasetDiff,
  baseline: readonly Outlet[],
  current: readonly Outlet[],
): DiffRow[] {
  const base = { from: null, to: null, meters: null, count: null, side: null };
  const rows: DiffRow[] = [];
  for (const kind of DIFF_KINDS)
    for (const entry of diff[kind]) {
      const outlet = current[entry.new] ?? baseline[entry.old] ?? null;
      const row: DiffRow = { ...base, kind, id: entry.id, outlet, current: entry.new >= 0 };
      if (kind === 'added') row.side = 'new';
      if (kind === 'removed') row.side = 'old';
      if ('meters' in entry) row.meters = entry.meters;
      if ('from' in entry) {
        row.from = typeof entry.from === 'string' ? text(entry.from) : entry.from;
        row.to = typeof entry.to === 'string' ? text(entry.to) : entry.to;
      }
      rows.push(row);
    }
  const find = (side: DiffSideName, id: string) =>
    side === 'new'
      ? { outlet: current.find((o) => o.id === id) ?? null, current: true }
      : { outlet: baseline.find((o) => o.id === id) ?? null, current: false };
  for (const { id, side, count } of diff.duplicates) {
    const found = find(side, id);
    rows.push({ ...base, kind: 'duplicate', id, side, count, ...found });
  }
  for (const { id, side } of diff.invalid)
    rows.push({ ...base, kind: 'invalid', id, side, outlet: null, current: false });
  return rows;
}
