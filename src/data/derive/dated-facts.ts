import {
  KIND_CODE,
  KIND_COUNT,
  NEVER_DAY,
  STAGE_CODE,
  STAGE_COUNT,
  type NetworkIndex,
} from './network-index';

const CLOSED = STAGE_CODE.closed;
const OPEN = STAGE_CODE.open;
const RENOVATING = STAGE_CODE.renovating;
const SIGNED = STAGE_CODE.signed;
const PLANNED = STAGE_CODE.planned;
const PARTNER = KIND_CODE['partner-store'];

/** Adds one at `at`. */
export function inc(counts: Uint32Array | Int32Array, at: number): void {
  counts[at] = (counts[at] ?? 0) + 1;
}

/** Adds `count` at `at`. */
export function add(counts: Uint32Array, at: number, count: number): void {
  counts[at] = (counts[at] ?? 0) + count;
}

/** Stands for "not reached by the date" in the dated months. */
export const NO_MONTH = 0x7fffffff;
/** Per outlet in `DatedFacts.months`: start, signed, renovating, open, closed. */
export const ROLLOUT_STEPS = 5;

/** What each outlet had reached by one date: the part of the pass that filters do not change. */
export interface DatedFacts {
  day: number;
  /** Stage code on the date, or -1 when nothing was reached (or the city is unknown). */
  stage: Int8Array;
  /** The furthest stage of planned → open reached (for a closed outlet, before it closed). */
  furthest: Int8Array;
  /**
   * Months (by the date) the outlet entered the rollout's counts: started (any stage), signed,
   * renovating, open, and closed; a later stage implies the earlier ones. NO_MONTH if not.
   */
  months: Int32Array;
  /** 1 for the cities recruiting partners on the date (from their recruitment date on). */
  cityRecruiting: Uint8Array;
  /** 1 for the cities "covered" on the date: an outlet of any kind signed or later, not closed. */
  cityCovered: Uint8Array;
  /** 1 for the cities with a partner store signed or later, not closed: the partner gap is shut. */
  cityHasPartner: Uint8Array;
  /** Outlets per city, kind and stage on the date: `[(city * KIND_COUNT + kind) * STAGE_COUNT + stage]`. */
  cityKindStage: Uint32Array;
}

const dates = new WeakMap<NetworkIndex, DatedFacts>();
const recruitingDays = new WeakMap<NetworkIndex, { day: number; cities: Uint8Array }>();

/**
 * 1 for each city recruiting on `day`: a recruitment city from its recruitment date on (from
 * the dataset's start when it has none). The one place the app asks it; kept for the last day.
 */
export function citiesRecruitingOn(index: NetworkIndex, day: number): Uint8Array {
  const known = recruitingDays.get(index);
  if (known?.day === day) return known.cities;
  const from = index.cityRecruitingFrom;
  const cities = new Uint8Array(from.length);
  for (let c = 0; c < from.length; c += 1) cities[c] = (from[c] ?? NEVER_DAY) <= day ? 1 : 0;
  recruitingDays.set(index, { day, cities });
  return cities;
}

/** The dated facts for `day`, kept for the last date asked: filter changes seldom move it. */
export function datedFacts(index: NetworkIndex, day: number): DatedFacts {
  const known = dates.get(index);
  if (known?.day === day) return known;
  const { size, days, months: stageMonths, city, kind } = index;
  const stage = new Int8Array(size).fill(-1);
  const furthest = new Int8Array(size).fill(PLANNED);
  const months = new Int32Array(size * ROLLOUT_STEPS).fill(NO_MONTH);
  const cityHasPartner = new Uint8Array(index.network.cities.length);
  const cityCovered = new Uint8Array(index.network.cities.length);
  const cityKindStage = new Uint32Array(index.network.cities.length * KIND_COUNT * STAGE_COUNT);
  const monthOf = (slot: number) =>
    (days[slot] ?? NEVER_DAY) <= day ? (stageMonths[slot] ?? NO_MONTH) : NO_MONTH;
  for (let i = 0; i < size; i += 1) {
    const c = city[i] ?? -1;
    if (c < 0) continue;
    const at = i * STAGE_COUNT;
    const open = monthOf(at + OPEN);
    const renovating = Math.min(monthOf(at + RENOVATING), open);
    const signed = Math.min(monthOf(at + SIGNED), renovating);
    const start = Math.min(monthOf(at + PLANNED), signed);
    const closed = (days[at + CLOSED] ?? NEVER_DAY) <= day;
    const reached =
      open !== NO_MONTH
        ? OPEN
        : renovating !== NO_MONTH
          ? RENOVATING
          : signed !== NO_MONTH
            ? SIGNED
            : start !== NO_MONTH
              ? PLANNED
              : -1;
    // Closed first: a closed outlet is closed whatever it reached before.
    const now = closed ? CLOSED : reached;
    stage[i] = now;
    if (reached >= 0) furthest[i] = reached;
    // Signed or later and still in the network: a planned outlet covers nothing yet.
    if (now >= SIGNED && now !== CLOSED) {
      cityCovered[c] = 1;
      if (kind[i] === PARTNER) cityHasPartner[c] = 1;
    }
    if (now >= 0) inc(cityKindStage, (c * KIND_COUNT + (kind[i] ?? 0)) * STAGE_COUNT + now);
    const slot = i * ROLLOUT_STEPS;
    months[slot] = start;
    months[slot + 1] = signed;
    months[slot + 2] = renovating;
    months[slot + 3] = open;
    months[slot + 4] = closed ? monthOf(at + CLOSED) : NO_MONTH;
  }
  const facts = {
    day,
    stage,
    furthest,
    months,
    cityRecruiting: citiesRecruitingOn(index, day),
    cityCovered,
    cityHasPartner,
    cityKindStage,
  };
  dates.set(index, facts);
  return facts;
}
