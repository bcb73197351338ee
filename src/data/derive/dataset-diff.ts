import { greatCircleMeters } from '../../lib/great-circle';
import { convertPoint } from '../domain/crs';
import type { Crs, LocalizedText, Outlet, Point, Stage } from '../domain/schema';

/** The kinds of difference between two datasets, outlet by outlet (matched by id). */
export const DIFF_KINDS = ['added', 'removed', 'stage', 'moved', 'renamed', 'operator'] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

/** An outlet counts as moved when its point is more than this far from where it was. */
export const MOVE_THRESHOLD_M = 100;

/** One side of a comparison: a dataset's valid outlets, and what the file held besides. */
export interface DiffSide {
  /** The outlets compared. When an id is there more than once, the first is compared. */
  outlets: readonly Outlet[];
  /** The system of the points (default WGS84); two sides in two systems meet in WGS-84. */
  crs?: Crs;
  /**
   * The id of every outlet record of the file, valid or not, in file order (whatever the
   * record holds there). When given, the ids twice in the file are reported from it, and an
   * id whose records all failed validation is reported as invalid instead of added or removed.
   */
  fileIds?: readonly unknown[];
}

/** An outlet id with its positions in the old and new `outlets` (-1 where it is absent). */
export interface DiffEntry {
  id: string;
  old: number;
  new: number;
}
export interface StageChange extends DiffEntry {
  from: Stage;
  to: Stage;
}
export interface Move extends DiffEntry {
  /** Great-circle distance between the two points, in metres. */
  meters: number;
}
/** A name or an operator that changed in either language. */
export interface TextChange extends DiffEntry {
  from: LocalizedText;
  to: LocalizedText;
}
export type DiffSideName = 'old' | 'new';
export interface DuplicateId {
  id: string;
  side: DiffSideName;
  /** How many records of that side have the id. */
  count: number;
}
/** An id that only records which failed validation have, on one side: not comparable. */
export interface InvalidId {
  id: string;
  side: DiffSideName;
}

/** The differences between two datasets: each list in the order of the new side (removed: old). */
export interface DatasetDiff {
  added: DiffEntry[];
  removed: DiffEntry[];
  stage: StageChange[];
  moved: Move[];
  renamed: TextChange[];
  operator: TextChange[];
  duplicates: DuplicateId[];
  invalid: InvalidId[];
  /** Records with no usable id (not a non-empty string), per side. */
  withoutId: Record<DiffSideName, number>;
  /** Outlets on both sides with none of the differences compared. */
  unchanged: number;
  counts: Record<DiffKind, number>;
}

const sameText = (a: LocalizedText, b: LocalizedText) => a.en === b.en && a.zh === b.zh;

/** First position of each id, and how many times each id occurs. */
function positions(outlets: readonly Outlet[]): Map<string, number> {
  const first = new Map<string, number>();
  outlets.forEach((outlet, i) => {
    if (!first.has(outlet.id)) first.set(outlet.id, i);
  });
  return first;
}

function tally(ids: readonly unknown[]): { counts: Map<string, number>; withoutId: number } {
  const counts = new Map<string, number>();
  let withoutId = 0;
  for (const id of ids) {
    if (typeof id === 'string' && id !== '') counts.set(id, (counts.get(id) ?? 0) + 1);
    else withoutId += 1;
  }
  return { counts, withoutId };
}

/**
 * Compares two datasets outlet by outlet, matched by id: added, removed, stage (status)
 * changed, moved more than `MOVE_THRESHOLD_M`, renamed and operator changed (either language).
 * Ids twice on a side and ids only invalid records have are reported, never thrown on.
 */
export function diffDatasets(old: DiffSide, next: DiffSide): DatasetDiff {
  const oldAt = positions(old.outlets);
  const newAt = positions(next.outlets);
  const sides = { old, new: next } as const;
  const duplicates: DuplicateId[] = [];
  const invalid: InvalidId[] = [];
  const withoutId = { old: 0, new: 0 };
  const invalidOn = { old: new Set<string>(), new: new Set<string>() };
  for (const name of ['old', 'new'] as const) {
    const side = sides[name];
    const valid = name === 'old' ? oldAt : newAt;
    const { counts, withoutId: missing } = tally(side.fileIds ?? side.outlets.map((o) => o.id));
    withoutId[name] = missing;
    for (const [id, count] of counts) {
      if (count > 1) duplicates.push({ id, side: name, count });
      if (!valid.has(id)) {
        invalid.push({ id, side: name });
        invalidOn[name].add(id);
      }
    }
  }

  const crs = old.crs ?? 'WGS84';
  const nextCrs = next.crs ?? 'WGS84';
  const toCommon = (point: Point, from: Crs): Point =>
    crs === nextCrs ? point : convertPoint(point, from, 'WGS84');

  const diff: DatasetDiff = {
    added: [],
    removed: [],
    stage: [],
    moved: [],
    renamed: [],
    operator: [],
    duplicates,
    invalid,
    withoutId,
    unchanged: 0,
    counts: { added: 0, removed: 0, stage: 0, moved: 0, renamed: 0, operator: 0 },
  };
  for (const [id, n] of newAt) {
    const o = oldAt.get(id);
    if (o === undefined) {
      if (!invalidOn.old.has(id)) diff.added.push({ id, old: -1, new: n });
      continue;
    }
    const before = old.outlets[o] as Outlet;
    const after = next.outlets[n] as Outlet;
    const entry = { id, old: o, new: n };
    let changed = false;
    if (before.status !== after.status) {
      diff.stage.push({ ...entry, from: before.status, to: after.status });
      changed = true;
    }
    const meters = greatCircleMeters(toCommon(before.point, crs), toCommon(after.point, nextCrs));
    if (meters > MOVE_THRESHOLD_M) {
      diff.moved.push({ ...entry, meters });
      changed = true;
    }
    if (!sameText(before.name, after.name)) {
      diff.renamed.push({ ...entry, from: before.name, to: after.name });
      changed = true;
    }
    if (!sameText(before.operator, after.operator)) {
      diff.operator.push({ ...entry, from: before.operator, to: after.operator });
      changed = true;
    }
    if (!changed) diff.unchanged += 1;
  }
  for (const [id, o] of oldAt)
    if (!newAt.has(id) && !invalidOn.new.has(id)) diff.removed.push({ id, old: o, new: -1 });
  for (const kind of DIFF_KINDS) diff.counts[kind] = diff[kind].length;
  return diff;
}
