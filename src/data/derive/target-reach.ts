import { TARGET_STAGES, type Network } from '../domain/schema';
import { inc } from './dated-facts';
import { KIND_COUNT, NEVER_DAY, networkIndex, STAGE_CODE, STAGE_COUNT } from './network-index';
import { ANY_KIND, targetIndex } from './target-index';

/** Per city: one slot for every kind, then one per kind (`OUTLET_KINDS` order). */
export const REACH_SLOTS = KIND_COUNT + 1;
const WIDTH = TARGET_STAGES.length;
const STAGE_CODES = TARGET_STAGES.map((stage) => STAGE_CODE[stage]);
const OPEN = STAGE_CODE.open;
const CLOSED = STAGE_CODE.closed;

/**
 * When the outlets of the cities with targets reached each target stage, sorted, built once
 * per dataset: a plan as of any date is then two binary searches per target. Group
 * `g = (city * REACH_SLOTS + slot) * 3 + stage` (stage in `TARGET_STAGES` order) holds, in
 * `reach[start[g]..start[g + 1]]`, the day each of its outlets reached the stage or a later one
 * of planned → open, and in `closed[…]` the same outlets' closing days (NEVER_DAY if open).
 */
export interface ReachTable {
  start: Uint32Array;
  reach: Int32Array;
  closed: Int32Array;
}

const tables = new WeakMap<Network, ReachTable>();

/** The group of a city, a kind code (or `ANY_KIND`) and a `STAGE_CODE` among the target stages. */
export function reachGroup(city: number, kind: number, stage: number): number {
  return (city * REACH_SLOTS + kind + 1) * WIDTH + STAGE_CODES.indexOf(stage);
}

/** The reach table of a dataset, built on first use and kept as long as the dataset. */
export function reachTable(network: Network): ReachTable {
  let table = tables.get(network);
  if (!table) {
    table = buildReachTable(network);
    tables.set(network, table);
  }
  return table;
}

/** Above this many days between the first and the last date, the groups are sorted one by one. */
const MAX_BUCKETS = 1 << 22;

function buildReachTable(network: Network): ReachTable {
  const index = networkIndex(network);
  const targets = targetIndex(network);
  const { days, byCity, cityStart, kind, city } = index;
  const groups = network.cities.length * REACH_SLOTS * WIDTH;
  const start = new Uint32Array(groups + 1);
  const planned = new Uint8Array(network.cities.length);
  for (let t = 0; t < targets.size; t += 1) {
    const c = targets.city[t] ?? -1;
    if (c >= 0) planned[c] = 1;
  }
  // Each outlet's reach day per target stage (the earliest of that stage and the later ones):
  // a pair `i * 3 + s` per stage reached, in two groups (every kind, and the outlet's kind).
  const reachOf = new Int32Array(index.size * WIDTH);
  const closingOf = new Int32Array(index.size * WIDTH);
  const found = new Uint32Array(index.size * WIDTH);
  let count = 0;
  let low = NEVER_DAY;
  let high = -NEVER_DAY;
  for (let c = 0; c < planned.length; c += 1) {
    if (!planned[c]) continue;
    for (let j = cityStart[c] ?? 0; j < (cityStart[c + 1] ?? 0); j += 1) {
      const i = byCity[j] ?? 0;
      const closing = days[i * STAGE_COUNT + CLOSED] ?? NEVER_DAY;
      let day = NEVER_DAY;
      for (let s = WIDTH - 1; s >= 0; s -= 1) {
        day = Math.min(day, days[i * STAGE_COUNT + (STAGE_CODES[s] ?? OPEN)] ?? NEVER_DAY);
        if (day === NEVER_DAY) continue;
        reachOf[i * WIDTH + s] = day;
        closingOf[i * WIDTH + s] = closing;
        found[count++] = i * WIDTH + s;
        inc(start, c * REACH_SLOTS * WIDTH + s + 1);
        inc(start, (c * REACH_SLOTS + (kind[i] ?? 0) + 1) * WIDTH + s + 1);
        low = Math.min(low, day);
        high = Math.max(high, closing === NEVER_DAY ? day : closing);
      }
    }
  }
  for (let g = 0; g < groups; g += 1) start[g + 1] = (start[g + 1] ?? 0) + (start[g] ?? 0);
  const reach = new Int32Array(start[groups] ?? 0);
  const closed = new Int32Array(reach.length);
  const pairs = found.subarray(0, count);
  const bucketed = count > 0 && high - low + 2 <= MAX_BUCKETS;
  // Filled in the order of their days, each group's days come out sorted.
  const fill = (into: Int32Array, dayOf: Int32Array) => {
    const next = start.slice(0, groups);
    const order = bucketed ? byDay(pairs, dayOf, low, high) : pairs;
    for (let n = 0; n < order.length; n += 1) {
      const p = order[n] ?? 0;
      const i = Math.floor(p / WIDTH);
      const s = p - i * WIDTH;
      const c = city[i] ?? 0;
      const day = dayOf[p] ?? NEVER_DAY;
      const any = c * REACH_SLOTS * WIDTH + s;
      const own = (c * REACH_SLOTS + (kind[i] ?? 0) + 1) * WIDTH + s;
      const at = next[any] ?? 0;
      next[any] = at + 1;
      into[at] = day;
      const mine = next[own] ?? 0;
      next[own] = mine + 1;
      into[mine] = day;
    }
  };
  fill(reach, reachOf);
  fill(closed, closingOf);
  if (!bucketed)
    for (let g = 0; g < groups; g += 1) {
      reach.subarray(start[g], start[g + 1]).sort();
      closed.subarray(start[g], start[g + 1]).sort();
    }
  return { start, reach, closed };
}

/** The pairs in the order of their days (NEVER_DAY last), by a counting sort: stable, linear. */
function byDay(pairs: Uint32Array, dayOf: Int32Array, low: number, high: number): Uint32Array {
  const never = high - low + 1;
  const first = new Uint32Array(never + 2);
  for (let n = 0; n < pairs.length; n += 1) {
    const day = dayOf[pairs[n] ?? 0] ?? NEVER_DAY;
    inc(first, (day === NEVER_DAY ? never : day - low) + 1);
  }
  for (let d = 1; d < first.length; d += 1) first[d] = (first[d] ?? 0) + (first[d - 1] ?? 0);
  const order = new Uint32Array(pairs.length);
  for (let n = 0; n < pairs.length; n += 1) {
    const p = pairs[n] ?? 0;
    const day = dayOf[p] ?? NEVER_DAY;
    const d = day === NEVER_DAY ? never : day - low;
    order[first[d] ?? 0] = p;
    first[d] = (first[d] ?? 0) + 1;
  }
  return order;
}

/** How many of `values[from..to]` (sorted) are at most `day`. */
function countUpTo(values: Int32Array, from: number, to: number, day: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] ?? 0) <= day) low = mid + 1;
    else high = mid;
  }
  return low - from;
}

/** The outlets of a group that had reached its stage by `day` and not closed by then. */
export function reachedBy(table: ReachTable, group: number, day: number): number {
  const from = table.start[group] ?? 0;
  const to = table.start[group + 1] ?? 0;
  if (from === to) return 0;
  // A closed outlet had reached the stage before it closed: closings by `day` are among the reached.
  return countUpTo(table.reach, from, to, day) - countUpTo(table.closed, from, to, day);
}

/** The first reach day of a group, or NEVER_DAY when it is empty. */
export function firstReach(table: ReachTable, group: number): number {
  const from = table.start[group] ?? 0;
  return from < (table.start[group + 1] ?? 0) ? (table.reach[from] ?? NEVER_DAY) : NEVER_DAY;
}

/**
 * A target's actual on `day`: the outlets of its city (and kind) that had reached its stage or
 * a later one by that day and had not closed by it.
 */
export function targetActual(network: Network, t: number, day: number): number {
  const targets = targetIndex(network);
  const c = targets.city[t] ?? -1;
  if (c < 0) return 0;
  const group = reachGroup(c, targets.kind[t] ?? ANY_KIND, targets.stage[t] ?? OPEN);
  return reachedBy(reachTable(network), group, day);
}
