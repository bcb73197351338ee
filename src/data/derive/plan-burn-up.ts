import { effectiveAsOf, type Filters } from '../domain/filters';
import { TARGET_STAGES, type Network, type TargetStage } from '../domain/schema';
import { dateOfDay, monthEndDay } from './calendar-days';
import { dayNumber, KIND_COUNT, monthKey, monthNumber, STAGE_CODE } from './network-index';
import { ANY_KIND, targetIndex, targetsInView } from './target-index';
import { firstReach, reachedBy, reachGroup, reachTable } from './target-reach';

const WIDTH = TARGET_STAGES.length;
const STAGE_CODES = TARGET_STAGES.map((stage) => STAGE_CODE[stage]);
/** In a city's cover mask: its targets of every kind (the kinds have bits 0, 1 and 2). */
const EVERY_KIND_BIT = 1 << KIND_COUNT;

/**
 * The national burn-up: month by month, the outlets the targets in view cover against what
 * they require, per target stage. `[m * 3 + s]` is month `first + m` and `TARGET_STAGES[s]`.
 */
export interface PlanBurnUp {
  stages: readonly TargetStage[];
  /**
   * Month numbers (`monthNumber`) of the first and last month: from the earliest of the as-of
   * date, a due date and an outlet counted, to the latest of the as-of date and a due date. No
   * month (`first > last`) when no target is in view.
   */
  first: number;
  last: number;
  /** `YYYY-MM` of each month, first to last. */
  months: string[];
  /**
   * Outlets at the stage or later, not closed, at the month's end (in the as-of date's month,
   * on that date), counting only the cities and kinds the targets of that stage are about;
   * -1 for the months after the as-of date's.
   */
  actual: Int32Array;
  /**
   * Outlets required by the end of the month. Counts are cumulative, so per city, kind and stage
   * the latest target due counts (the largest, should a later one ask for fewer); a city's
   * targets of all kinds and of single kinds overlap, so a city requires the larger of its
   * all-kinds count and the sum of its single-kind counts.
   */
  required: Int32Array;
}

/** The burn-up as of `asOf` (default: the filters' date, else the dataset's). */
export function derivePlanBurnUp(
  network: Network,
  filters: Filters,
  asOf = effectiveAsOf(network, filters),
): PlanBurnUp {
  const targets = targetIndex(network);
  const keep = targetsInView(network, filters);
  const table = reachTable(network);
  const asDay = dayNumber(asOf);
  const asMonth = monthNumber(asOf);
  const dueMonth = (t: number) => targets.dueMonth[t] ?? asMonth;

  // Per city and target stage, the kinds its targets cover; per city its targets in view.
  const cover = new Uint8Array(network.cities.length * WIDTH);
  const byCity = new Map<number, number[]>();
  let first = asMonth;
  let last = asMonth;
  for (let t = 0; t < targets.size; t += 1) {
    if (!keep[t]) continue;
    const c = targets.city[t] ?? 0;
    const at = c * WIDTH + STAGE_CODES.indexOf(targets.stage[t] ?? STAGE_CODE.open);
    const kind = targets.kind[t] ?? ANY_KIND;
    cover[at] = (cover[at] ?? 0) | (kind === ANY_KIND ? EVERY_KIND_BIT : 1 << kind);
    const list = byCity.get(c);
    if (list) list.push(t);
    else byCity.set(c, [t]);
    first = Math.min(first, dueMonth(t));
    last = Math.max(last, dueMonth(t));
  }
  if (byCity.size === 0)
    return { stages: TARGET_STAGES, first: asMonth + 1, last: asMonth, months: [], ...none() };

  // The outlet groups each stage's line counts: a city's every-kind group, or its kinds' groups.
  const counted: number[] = [];
  for (const c of byCity.keys())
    for (let s = 0; s < WIDTH; s += 1) {
      const mask = cover[c * WIDTH + s] ?? 0;
      const stage = STAGE_CODES[s] ?? STAGE_CODE.open;
      const kinds: number[] = [];
      if (mask & EVERY_KIND_BIT) kinds.push(ANY_KIND);
      else for (let k = 0; k < KIND_COUNT; k += 1) if (mask & (1 << k)) kinds.push(k);
      for (const kind of kinds) {
        const group = reachGroup(c, kind, stage);
        const day = firstReach(table, group);
        if (day <= asDay) first = Math.min(first, monthNumber(dateOfDay(day)));
        counted.push(group, s);
      }
    }

  const span = last - first + 1;
  const actual = new Int32Array(span * WIDTH).fill(-1);
  for (let m = 0; m < span && first + m <= asMonth; m += 1) {
    const day = first + m === asMonth ? asDay : monthEndDay(first + m);
    actual.fill(0, m * WIDTH, (m + 1) * WIDTH);
    for (let g = 0; g < counted.length; g += 2) {
      const at = m * WIDTH + (counted[g + 1] ?? 0);
      actual[at] = (actual[at] ?? 0) + reachedBy(table, counted[g] ?? 0, day);
    }
  }

  const required = new Int32Array(span * WIDTH);
  // Per city and stage: the running largest count due per kind slot (all kinds, then each kind).
  const slots = new Int32Array((KIND_COUNT + 1) * span);
  for (const list of byCity.values())
    for (let s = 0; s < WIDTH; s += 1) {
      const own = list.filter((t) => targets.stage[t] === STAGE_CODES[s]);
      if (own.length === 0) continue;
      slots.fill(0);
      for (const t of own) {
        const at = ((targets.kind[t] ?? ANY_KIND) + 1) * span + dueMonth(t) - first;
        slots[at] = Math.max(slots[at] ?? 0, targets.count[t] ?? 0);
      }
      for (let slot = 0; slot <= KIND_COUNT; slot += 1)
        for (let m = 1; m < span; m += 1) {
          const at = slot * span + m;
          slots[at] = Math.max(slots[at] ?? 0, slots[at - 1] ?? 0);
        }
      for (let m = 0; m < span; m += 1) {
        let kinds = 0;
        for (let k = 1; k <= KIND_COUNT; k += 1) kinds += slots[k * span + m] ?? 0;
        const at = m * WIDTH + s;
        required[at] = (required[at] ?? 0) + Math.max(slots[m] ?? 0, kinds);
      }
    }

  const months: string[] = [];
  for (let m = first; m <= last; m += 1) months.push(monthKey(m));
  return { stages: TARGET_STAGES, first, last, months, actual, required };
}

function none() {
  return { actual: new Int32Array(0), required: new Int32Array(0) };
}
