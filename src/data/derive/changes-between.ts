import type { Filters } from '../domain/filters';
import type { Network } from '../domain/schema';
import { addDays } from './calendar-days';
import { citiesRecruitingOn, inc } from './dated-facts';
import {
  dayNumber,
  KIND_CODE,
  KIND_COUNT,
  NEVER_DAY,
  networkIndex,
  STAGE_CODE,
  STAGE_COUNT,
} from './network-index';
import { cityFailures, flags } from './option-counts';
import { targetIndex, targetsInView } from './target-index';
import { targetActual } from './target-reach';

/** What a change is: an outlet's first stage, a later stage of planned → open, or its closure. */
export const CHANGE_TYPES = ['new', 'advance', 'closure'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];
export const CHANGE_TYPE_CODE = { new: 0, advance: 1, closure: 2 } as const;

/** Two dates, both included: a change on either day counts. */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * What changed between two dates, for one filter state. Each change is one outlet entering one
 * stage on a day of the range, from its stage dates; the changes are columns of `count` rows,
 * by day, then in dataset order. Per-kind arrays are indexed `[kind * width + field]` (kinds in
 * `OUTLET_KINDS`), per-city ones `[city * width + field]` (cities in `network.cities`).
 */
export interface DateChanges {
  network: Network;
  filters: Filters;
  from: string;
  to: string;
  /** The day before `from`: the state the changes start from, for a "before" view. */
  before: string;
  count: number;
  /** Per change: the outlet's position in `network.outlets`. */
  outlet: Uint32Array;
  /** Per change: the `STAGE_CODE` of the stage entered (`closed` for a closure). */
  stage: Uint8Array;
  /** Per change: the stage before it (the outlet's latest dated one), or -1 for a new outlet. */
  previous: Int8Array;
  /** Per change: its `CHANGE_TYPE_CODE`. */
  type: Uint8Array;
  /** Per change: its day (`dayNumber`). */
  day: Int32Array;
  /** The outlets with a change, each once, in dataset order: what the map highlights. */
  outlets: Uint32Array;
  /** Changes per type, in `CHANGE_TYPES` order. */
  byType: Uint32Array;
  /** Changes per stage entered (a new outlet counts at the stage it first appears at). */
  byStage: Uint32Array;
  /** Advances and closures per step: `[previous * STAGE_COUNT + stage]`. */
  transitions: Uint32Array;
  kindType: Uint32Array;
  kindStage: Uint32Array;
  cityType: Uint32Array;
  cityStage: Uint32Array;
  /** Cities (positions) that pass the city filters and started recruiting in the range. */
  recruiting: Uint32Array;
  /** Targets in view due in the range that had been met by their due date, and those not. */
  targetsMet: Uint32Array;
  targetsMissed: Uint32Array;
}

const CLOSED = STAGE_CODE.closed;
const TYPE_COUNT = CHANGE_TYPES.length;

/**
 * The changes between `range.from` and `range.to` (swapped if given the wrong way round).
 * The filters choose as for the map: the city filters and the kind filter choose outlets,
 * cities and targets (targets as in `targetsInView`); the stage filter keeps the changes that
 * enter a chosen stage (new outlets by the stage they first appear at, closures with
 * `closed`); the filters' as-of date is not used: "recruitment cities only" keeps the cities
 * recruiting at the end of the range.
 */
export function deriveChanges(network: Network, filters: Filters, range: DateRange): DateChanges {
  const [from, to] = range.from <= range.to ? [range.from, range.to] : [range.to, range.from];
  const fromDay = dayNumber(from);
  const toDay = dayNumber(to);
  const index = networkIndex(network);
  const { size, days, kind: kindOf, city: cityOf } = index;
  const cityCount = network.cities.length;
  const cityFails = cityFailures(index, filters, citiesRecruitingOn(index, toDay));
  const kinds = flags(
    KIND_COUNT,
    filters.kinds.map((k) => KIND_CODE[k]),
  );
  const stages = flags(
    STAGE_COUNT,
    filters.stages.map((s) => STAGE_CODE[s]),
  );

  // Found in dataset order, then sorted by day with a counting sort (stable).
  const found: number[] = [];
  let firstDay = NEVER_DAY;
  let lastDay = -NEVER_DAY;
  for (let i = 0; i < size; i += 1) {
    const c = cityOf[i] ?? -1;
    if (c < 0 || cityFails[c] !== 0 || (kinds && !kinds[kindOf[i] ?? 0])) continue;
    let previous = -1;
    for (let s = 0; s < STAGE_COUNT; s += 1) {
      const day = days[i * STAGE_COUNT + s] ?? NEVER_DAY;
      if (day === NEVER_DAY) continue;
      if (day >= fromDay && day <= toDay && (!stages || stages[s])) {
        found.push(i, s, previous, day);
        if (day < firstDay) firstDay = day;
        if (day > lastDay) lastDay = day;
      }
      previous = s;
    }
  }

  const count = found.length / 4;
  const slots = new Uint32Array(Math.max(0, lastDay - firstDay + 2));
  for (let e = 0; e < count; e += 1) inc(slots, (found[e * 4 + 3] ?? 0) - firstDay + 1);
  for (let d = 1; d < slots.length; d += 1) slots[d] = (slots[d] ?? 0) + (slots[d - 1] ?? 0);

  const outlet = new Uint32Array(count);
  const stage = new Uint8Array(count);
  const previous = new Int8Array(count);
  const type = new Uint8Array(count);
  const day = new Int32Array(count);
  const byType = new Uint32Array(TYPE_COUNT);
  const byStage = new Uint32Array(STAGE_COUNT);
  const transitions = new Uint32Array(STAGE_COUNT * STAGE_COUNT);
  const kindType = new Uint32Array(KIND_COUNT * TYPE_COUNT);
  const kindStage = new Uint32Array(KIND_COUNT * STAGE_COUNT);
  const cityType = new Uint32Array(cityCount * TYPE_COUNT);
  const cityStage = new Uint32Array(cityCount * STAGE_COUNT);
  const changed = new Uint8Array(size);
  for (let e = 0; e < count; e += 1) {
    const i = found[e * 4] ?? 0;
    const s = found[e * 4 + 1] ?? 0;
    const p = found[e * 4 + 2] ?? -1;
    const d = found[e * 4 + 3] ?? 0;
    const slot = d - firstDay;
    const at = slots[slot] ?? 0;
    slots[slot] = at + 1;
    const t =
      s === CLOSED
        ? CHANGE_TYPE_CODE.closure
        : p < 0
          ? CHANGE_TYPE_CODE.new
          : CHANGE_TYPE_CODE.advance;
    outlet[at] = i;
    stage[at] = s;
    previous[at] = p;
    type[at] = t;
    day[at] = d;
    changed[i] = 1;
    const k = kindOf[i] ?? 0;
    const c = cityOf[i] ?? 0;
    inc(byType, t);
    inc(byStage, s);
    if (p >= 0) inc(transitions, p * STAGE_COUNT + s);
    inc(kindType, k * TYPE_COUNT + t);
    inc(kindStage, k * STAGE_COUNT + s);
    inc(cityType, c * TYPE_COUNT + t);
    inc(cityStage, c * STAGE_COUNT + s);
  }
  const outlets: number[] = [];
  for (let i = 0; i < size; i += 1) if (changed[i]) outlets.push(i);

  const recruiting: number[] = [];
  network.cities.forEach((city, c) => {
    const since = city.recruitment.since;
    if (cityFails[c] === 0 && since !== undefined && since >= from && since <= to)
      recruiting.push(c);
  });

  const targets = targetIndex(network);
  const keep = targetsInView(network, filters, toDay);
  const met: number[] = [];
  const missed: number[] = [];
  for (let t = 0; t < targets.size; t += 1) {
    const due = targets.due[t] ?? 0;
    if (!keep[t] || due < fromDay || due > toDay) continue;
    const reached = targetActual(network, t, due) >= (targets.count[t] ?? 0);
    (reached ? met : missed).push(t);
  }

  return {
    network,
    filters,
    from,
    to,
    before: addDays(from, -1),
    count,
    outlet,
    stage,
    previous,
    type,
    day,
    outlets: Uint32Array.from(outlets),
    byType,
    byStage,
    transitions,
    kindType,
    kindStage,
    cityType,
    cityStage,
    recruiting: Uint32Array.from(recruiting),
    targetsMet: Uint32Array.from(met),
    targetsMissed: Uint32Array.from(missed),
  };
}
