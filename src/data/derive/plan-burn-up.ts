import { effectiveAsOf, type Filters } from '../domain/filters';
import { TARGET_STAGES, type Network, type TargetStage } from '../domain/schema';
import {
  dayNumber,
  KIND_COUNT,
  monthKey,
  monthNumber,
  NEVER_DAY,
  networkIndex,
  STAGE_CODE,
  STAGE_COUNT,
} from './network-index';
import { ANY_KIND, closedDay, targetIndex, targetsInView } from './target-index';

const WIDTH = TARGET_STAGES.length;
const STAGE_CODES = TARGET_STAGES.map((stage) => STAGE_CODE[stage]);
const EVERY_KIND = (1 << KIND_COUNT) - 1;
const OPEN = STAGE_CODE.open;

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
  const outlets = networkIndex(network);
  const targets = targetIndex(network);
  const keep = targetsInView(network, filters);
  const asDay = dayNumber(asOf);
  const asMonth = monthNumber(asOf);
  const dueMonth = (t: number) => monthNumber(network.targets?.[t]?.due ?? asOf);

  // Per city and target stage, the kinds its targets cover (bit per kind); per city its targets.
  const cover = new Uint8Array(network.cities.length * WIDTH);
  const byCity = new Map<number, number[]>();
  let first = asMonth;
  let last = asMonth;
  for (let t = 0; t < targets.size; t += 1) {
    if (!keep[t]) continue;
    const c = targets.city[t] ?? 0;
    const s = STAGE_CODES.indexOf(targets.stage[t] ?? OPEN);
    const kind = targets.kind[t] ?? ANY_KIND;
    cover[c * WIDTH + s] =
      (cover[c * WIDTH + s] ?? 0) | (kind === ANY_KIND ? EVERY_KIND : 1 << kind);
    const list = byCity.get(c) ?? [];
    list.push(t);
    byCity.set(c, list);
    const month = dueMonth(t);
    first = Math.min(first, month);
    last = Math.max(last, month);
  }
  if (byCity.size === 0) return empty();

  // The covered outlets' entries (+1) and closures (−1) by month, up to the as-of date.
  const events: number[] = [];
  const { days, months } = outlets;
  for (const c of byCity.keys()) {
    for (let j = outlets.cityStart[c] ?? 0; j < (outlets.cityStart[c + 1] ?? 0); j += 1) {
      const i = outlets.byCity[j] ?? 0;
      const bit = 1 << (outlets.kind[i] ?? 0);
      const closed = closedDay(days, i);
      const closedMonth = closed <= asDay ? (months[i * STAGE_COUNT + STAGE_CODE.closed] ?? 0) : -1;
      for (let s = 0; s < WIDTH; s += 1) {
        if (((cover[c * WIDTH + s] ?? 0) & bit) === 0) continue;
        let day = NEVER_DAY;
        let month = 0;
        for (let stage = STAGE_CODES[s] ?? OPEN; stage <= OPEN; stage += 1) {
          const d = days[i * STAGE_COUNT + stage] ?? NEVER_DAY;
          if (d < day) [day, month] = [d, months[i * STAGE_COUNT + stage] ?? 0];
        }
        if (day > asDay) continue;
        events.push(month, s, 1);
        if (closedMonth >= 0) events.push(closedMonth, s, -1);
        first = Math.min(first, month);
      }
    }
  }

  const span = last - first + 1;
  const actual = new Int32Array(span * WIDTH);
  const required = new Int32Array(span * WIDTH);
  for (let e = 0; e < events.length; e += 3) {
    const at = ((events[e] ?? 0) - first) * WIDTH + (events[e + 1] ?? 0);
    actual[at] = (actual[at] ?? 0) + (events[e + 2] ?? 0);
  }
  for (let m = 0; m < span; m += 1) {
    for (let s = 0; s < WIDTH; s += 1) {
      const at = m * WIDTH + s;
      if (first + m > asMonth) actual[at] = -1;
      else if (m > 0) actual[at] = (actual[at] ?? 0) + (actual[at - WIDTH] ?? 0);
    }
  }

  // Per city and stage: the running largest count due per kind slot (all kinds, then each kind).
  const slots = new Int32Array((KIND_COUNT + 1) * span);
  for (const list of byCity.values()) {
    for (let s = 0; s < WIDTH; s += 1) {
      slots.fill(0);
      let any = false;
      for (const t of list) {
        if (targets.stage[t] !== STAGE_CODES[s]) continue;
        any = true;
        const slot = (targets.kind[t] ?? ANY_KIND) + 1;
        const at = slot * span + dueMonth(t) - first;
        slots[at] = Math.max(slots[at] ?? 0, targets.count[t] ?? 0);
      }
      if (!any) continue;
      for (let slot = 0; slot <= KIND_COUNT; slot += 1)
        for (let m = 1; m < span; m += 1)
          slots[slot * span + m] = Math.max(
            slots[slot * span + m] ?? 0,
            slots[slot * span + m - 1] ?? 0,
          );
      for (let m = 0; m < span; m += 1) {
        let kinds = 0;
        for (let k = 1; k <= KIND_COUNT; k += 1) kinds += slots[k * span + m] ?? 0;
        const at = m * WIDTH + s;
        required[at] = (required[at] ?? 0) + Math.max(slots[m] ?? 0, kinds);
      }
    }
  }

  const keys: string[] = [];
  for (let m = first; m <= last; m += 1) keys.push(monthKey(m));
  return { stages: TARGET_STAGES, first, last, months: keys, actual, required };

  function empty(): PlanBurnUp {
    const none = new Int32Array(0);
    return {
      stages: TARGET_STAGES,
      first: asMonth + 1,
      last: asMonth,
      months: [],
      actual: none,
      required: none,
    };
  }
}
