import type { Network, OutletKind, TargetStage } from '../domain/schema';
import { addDays } from './calendar-days';
import type { PlanView } from './plan-status';

/** A value that holds from `date` until the next point's date. */
export interface ProgressPoint {
  date: string;
  value: number;
}

/** One city's progress against its plan for one target stage, day by day, as steps. */
export interface CityProgress {
  stage: TargetStage;
  /** The dates the chart spans: a week before the first outlet or due date, to the later of the last due date and the as-of date. */
  from: string;
  to: string;
  asOf: string;
  /** What the city's targets of the stage require (counts are cumulative, so the largest due counts per kind). */
  required: ProgressPoint[];
  /** Outlets of the kinds the targets are about at the stage or later, not closed, up to the as-of date. */
  actual: ProgressPoint[];
  /** The largest value of either line. */
  max: number;
}

const PIPELINE = ['planned', 'signed', 'renovating', 'open'] as const;

/** Steps from changes (+1 / -1 on a date), starting at 0 on `from`, up to `to`. */
function steps(changes: [string, number][], from: string, to: string): ProgressPoint[] {
  changes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const points: ProgressPoint[] = [{ date: from, value: 0 }];
  let value = 0;
  for (const [date, delta] of changes) {
    if (date > to) break;
    value += delta;
    const at = date < from ? from : date;
    const last = points[points.length - 1];
    if (last && last.date === at) last.value = value;
    else points.push({ date: at, value });
  }
  return points;
}

/**
 * The progress of the city at `city` (its position in `network.cities`) against its targets in
 * `plan` of `stage`: the required count as steps at the targets' due dates, the actual count
 * as steps at the days outlets reached the stage (or closed). Null when it has no such target.
 */
export function cityProgress(
  plan: PlanView,
  city: number,
  stage: TargetStage,
): CityProgress | null {
  const network: Network = plan.network;
  const cityId = network.cities[city]?.id;
  const targets = [...plan.targets].flatMap((t) => {
    const target = network.targets?.[t];
    return target && target.cityId === cityId && target.stage === stage ? [target] : [];
  });
  if (!cityId || targets.length === 0) return null;

  // Per kind (or every kind), the largest count due by each due date; a city requires the larger
  // of its every-kind count and the sum of its single-kind counts.
  const dues = [...new Set(targets.map((target) => target.due))].sort();
  const requiredOn = (date: string) => {
    const slot = new Map<OutletKind | 'any', number>();
    for (const target of targets)
      if (target.due <= date)
        slot.set(target.kind ?? 'any', Math.max(slot.get(target.kind ?? 'any') ?? 0, target.count));
    let kinds = 0;
    for (const [kind, count] of slot) if (kind !== 'any') kinds += count;
    return Math.max(slot.get('any') ?? 0, kinds);
  };

  const everyKind = targets.some((target) => target.kind === undefined);
  const kinds = new Set(targets.map((target) => target.kind));
  const changes: [string, number][] = [];
  let firstReach: string | null = null;
  for (const outlet of network.outlets) {
    if (outlet.cityId !== cityId || (!everyKind && !kinds.has(outlet.kind))) continue;
    const reached = PIPELINE.slice(PIPELINE.indexOf(stage))
      .map((s) => outlet.stages[s])
      .filter((date): date is string => date !== undefined)
      .sort()[0];
    if (!reached) continue;
    changes.push([reached, 1]);
    if (firstReach === null || reached < firstReach) firstReach = reached;
    const closed = outlet.stages.closed;
    if (closed) changes.push([closed < reached ? reached : closed, -1]);
  }

  const asOf = plan.asOf;
  const earliest = [firstReach, dues[0], asOf].filter((d): d is string => d !== null).sort()[0];
  const from = addDays(earliest ?? asOf, -7);
  const to = [dues[dues.length - 1] ?? asOf, asOf].sort()[1] ?? asOf;
  const required: ProgressPoint[] = [{ date: from, value: 0 }];
  for (const due of dues) {
    const value = requiredOn(due);
    const last = required[required.length - 1];
    if (last && last.value !== value) required.push({ date: due, value });
  }
  const actual = steps(changes, from, asOf);
  const max = Math.max(1, ...required.map((p) => p.value), ...actual.map((p) => p.value));
  return { stage, from, to, asOf, required, actual, max };
}
