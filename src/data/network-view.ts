import { effectiveAsOf, TIER_GROUPS, type Filters, type TierGroup } from './filters';
import {
  dayNumber,
  NEVER_DAY,
  KIND_CODE,
  KIND_COUNT,
  monthNumber,
  networkIndex,
  REGION_CODE,
  STAGE_CODE,
  STAGE_COUNT,
  TIER_GROUP_CODE,
  type NetworkIndex,
  type ProvinceEntry,
} from './network-index';
import {
  OUTLET_KINDS,
  REGIONS,
  STAGES,
  type Network,
  type OutletKind,
  type Region,
  type Stage,
} from './schema';

/** A province option with the outlets it would leave. */
export interface ProvinceOption extends ProvinceEntry {
  count: number;
}

/**
 * Faceted counts: for option v of group G, the outlets that pass every OTHER group's filter
 * and have v in G — so ticking a sibling in the same group never shrinks a group's counts.
 */
export interface OptionCounts {
  tiers: Record<TierGroup, number>;
  regions: Record<Region, number>;
  /** In the order of first appearance in `network.cities`; checked unknown provinces last. */
  provinces: ProvinceOption[];
  kinds: Record<OutletKind, number>;
  stages: Record<Stage, number>;
  /** Outlets that ticking "Recruitment cities only" would leave. */
  recruitmentOnly: number;
  /** Outlets that pass all the filters. */
  total: number;
}

/**
 * Everything the views need for one filter state, from one pass over the outlets. Arrays are
 * indexed by position: outlets in `network.outlets`, cities in `network.cities`, kinds in
 * `OUTLET_KINDS`, stages in `STAGES`, tier groups in `TIER_GROUPS`.
 */
export interface NetworkView {
  index: NetworkIndex;
  network: Network;
  filters: Filters;
  /** The date the filters look at. */
  asOf: string;
  /** Positions of the outlets that pass the filters, in dataset order. */
  visible: Uint32Array;
  /** The stage (as of the date) of each visible outlet. */
  visibleStage: Uint8Array;
  counts: OptionCounts;
  /** Visible outlets by kind and by stage. */
  byKind: Uint32Array;
  byStage: Uint32Array;
  /** Visible outlets per city and kind: `cityKind[city * KIND_COUNT + kind]`. */
  cityKind: Uint32Array;
  /** 1 for the cities that pass the city filters (tier, region, province, recruitment). */
  cityPasses: Uint8Array;
  /** 1 for the cities with a partner store reached and not closed by the date, whatever the filters. */
  cityHasPartner: Uint8Array;
  /** Outlets passing every filter but tier and kind, `tierKind[group * KIND_COUNT + kind]`: the tier chart's bars. */
  tierKind: Uint32Array;
  /**
   * Outlets passing every filter but stage (closed ones only when asked for): at each stage
   * now, and by the furthest stage reached (closed ones by where they got to), for the funnel.
   */
  funnelCurrent: Uint32Array;
  funnelFurthest: Uint32Array;
  funnelClosed: number;
  /** Month changes of the visible outlets for the rollout chart (see `RolloutDeltas`). */
  rollout: RolloutDeltas;
}

/** Fields of the rollout's monthly counts. */
export const ROLLOUT_FIELDS = [
  'total',
  'signed',
  'renovating',
  'open',
  'delivery-center',
  'partner-store',
  'fusion-store',
] as const;
const WIDTH = ROLLOUT_FIELDS.length;
const NONE = Number.POSITIVE_INFINITY;

/**
 * Per month and field, how many outlets entered (+) or left (−) the count, from `first`
 * (the earliest month a visible outlet started) to `last` (the as-of month):
 * `deltas[(month - base) * ROLLOUT_FIELDS.length + field]`.
 */
export interface RolloutDeltas {
  base: number;
  first: number;
  last: number;
  deltas: Int32Array;
}

const TIER = 1;
const REGION = 2;
const PROVINCE = 4;
const RECRUITMENT = 8;
const KIND = 16;
const STAGE = 32;

const CLOSED = STAGE_CODE.closed;
const OPEN = STAGE_CODE.open;
const RENOVATING = STAGE_CODE.renovating;
const SIGNED = STAGE_CODE.signed;
const PLANNED = STAGE_CODE.planned;
const PARTNER = KIND_CODE['partner-store'];

function inc(counts: Uint32Array | Int32Array, at: number): void {
  counts[at] = (counts[at] ?? 0) + 1;
}

function add(counts: Uint32Array, at: number, count: number): void {
  counts[at] = (counts[at] ?? 0) + count;
}

function flags(size: number, codes: readonly number[]): Uint8Array | null {
  if (codes.length === 0) return null;
  const out = new Uint8Array(size);
  for (const code of codes) if (code !== undefined) out[code] = 1;
  return out;
}

function record<K extends string>(
  keys: readonly K[],
  values: ArrayLike<number>,
): Record<K, number> {
  return Object.fromEntries(keys.map((key, i) => [key, values[i] ?? 0])) as Record<K, number>;
}

/** Bit set, per city, of the city-level filter groups the city fails. */
function cityFailures(index: NetworkIndex, filters: Filters): Uint8Array {
  const tiers = flags(
    TIER_GROUPS.length,
    filters.tiers.map((g) => TIER_GROUP_CODE[g]),
  );
  const regions = flags(
    REGIONS.length,
    filters.regions.map((r) => REGION_CODE[r]),
  );
  const wanted = new Set(filters.provinces);
  const provinces = wanted.size > 0 ? index.provinces.map((p) => wanted.has(p.key)) : null;
  const fails = new Uint8Array(index.network.cities.length);
  for (let c = 0; c < fails.length; c += 1) {
    let f = 0;
    if (tiers && !tiers[index.cityTierGroup[c] ?? 0]) f |= TIER;
    if (regions && !regions[index.cityRegion[c] ?? 0]) f |= REGION;
    if (provinces && !provinces[index.cityProvince[c] ?? 0]) f |= PROVINCE;
    if (filters.recruitmentOnly && !index.cityRecruiting[c]) f |= RECRUITMENT;
    fails[c] = f;
  }
  return fails;
}

/** Stands for "not reached by the date" in the dated months. */
const NO_MONTH = 0x7fffffff;
/** Per outlet in `DatedFacts.months`: start, signed, renovating, open, closed. */
const ROLLOUT_STEPS = 5;

/** What each outlet had reached by one date: the part of the pass that filters do not change. */
interface DatedFacts {
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
  cityHasPartner: Uint8Array;
  /** Outlets per city, kind and stage on the date: `[(city * KIND_COUNT + kind) * STAGE_COUNT + stage]`. */
  cityKindStage: Uint32Array;
}

const dates = new WeakMap<NetworkIndex, DatedFacts>();

/** The dated facts for `day`, kept for the last date asked: filter changes seldom move it. */
function datedFacts(index: NetworkIndex, day: number): DatedFacts {
  const known = dates.get(index);
  if (known?.day === day) return known;
  const { size, days, months: stageMonths, city, kind } = index;
  const stage = new Int8Array(size).fill(-1);
  const furthest = new Int8Array(size).fill(PLANNED);
  const months = new Int32Array(size * ROLLOUT_STEPS).fill(NO_MONTH);
  const cityHasPartner = new Uint8Array(index.network.cities.length);
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
    if (now >= 0 && now !== CLOSED && kind[i] === PARTNER) cityHasPartner[c] = 1;
    if (now >= 0) inc(cityKindStage, (c * KIND_COUNT + (kind[i] ?? 0)) * STAGE_COUNT + now);
    const slot = i * ROLLOUT_STEPS;
    months[slot] = start;
    months[slot + 1] = signed;
    months[slot + 2] = renovating;
    months[slot + 3] = open;
    months[slot + 4] = closed ? monthOf(at + CLOSED) : NO_MONTH;
  }
  const facts = { day, stage, furthest, months, cityHasPartner, cityKindStage };
  dates.set(index, facts);
  return facts;
}

/** The view of a dataset for a filter state: one pass over the outlets. */
export function deriveNetworkView(network: Network, filters: Filters): NetworkView {
  const index = networkIndex(network);
  const asOf = effectiveAsOf(network, filters);
  const asDay = dayNumber(asOf);
  const asMonth = monthNumber(asOf);
  const cityCount = network.cities.length;
  const cityFails = cityFailures(index, filters);
  const kinds = flags(
    KIND_COUNT,
    filters.kinds.map((k) => KIND_CODE[k]),
  );
  const stages = flags(
    STAGE_COUNT,
    filters.stages.map((s) => STAGE_CODE[s]),
  );
  const closedAsked = stages !== null && stages[CLOSED] === 1;

  const tierCounts = new Uint32Array(TIER_GROUPS.length);
  const regionCounts = new Uint32Array(REGIONS.length);
  const provinceCounts = new Uint32Array(index.provinces.length);
  const kindCounts = new Uint32Array(KIND_COUNT);
  const stageCounts = new Uint32Array(STAGE_COUNT);
  let recruitmentOnly = 0;

  const visible = new Uint32Array(index.size);
  const visibleStage = new Uint8Array(index.size);
  let shown = 0;
  const byKind = new Uint32Array(KIND_COUNT);
  const byStage = new Uint32Array(STAGE_COUNT);
  const cityKind = new Uint32Array(cityCount * KIND_COUNT);
  const tierKind = new Uint32Array(TIER_GROUPS.length * KIND_COUNT);
  const funnelCurrent = new Uint32Array(STAGE_COUNT);
  const funnelFurthest = new Uint32Array(STAGE_COUNT);
  let funnelClosed = 0;

  const dated = datedFacts(index, asDay);
  const { stage: stageOf, furthest: furthestOf, months } = dated;
  const base = Math.min(index.firstMonth, asMonth);
  const deltas = new Int32Array(Math.max(0, asMonth - base + 1) * WIDTH);
  let first = NO_MONTH;
  const { city: cityOf, kind: kindOf, cityTierGroup, cityRegion, cityProvince } = index;
  const span = (field: number, from: number, closed: number) => {
    if (from === NO_MONTH || closed < from) return;
    inc(deltas, (from - base) * WIDTH + field);
    if (closed !== NO_MONTH) {
      const slot = (closed - base) * WIDTH + field;
      deltas[slot] = (deltas[slot] ?? 0) - 1;
    }
  };

  /** The option counts and tier bars a city failing one city-level group adds, from its totals. */
  const countFailingCity = (c: number, fail: number) => {
    const totals = dated.cityKindStage;
    for (let k = 0; k < KIND_COUNT; k += 1) {
      const kindFails = kinds && !kinds[k] ? KIND : 0;
      for (let stage = 0; stage < STAGE_COUNT; stage += 1) {
        const count = totals[(c * KIND_COUNT + k) * STAGE_COUNT + stage] ?? 0;
        if (count === 0) continue;
        const stageFails = (stages ? !stages[stage] : stage === CLOSED) ? STAGE : 0;
        if (stageFails !== 0) continue;
        if (fail === TIER) {
          add(tierKind, (cityTierGroup[c] ?? 0) * KIND_COUNT + k, count);
          if (kindFails === 0) add(tierCounts, cityTierGroup[c] ?? 0, count);
        } else if (kindFails === 0) {
          if (fail === REGION) add(regionCounts, cityRegion[c] ?? 0, count);
          else if (fail === PROVINCE) add(provinceCounts, cityProvince[c] ?? 0, count);
        }
      }
    }
  };

  // With a city-level filter on, only the outlets of the cities that pass are walked (grouped
  // by city); a city that fails one group is counted from its per-date totals instead.
  const grouped = cityFails.some((fail) => fail !== 0);
  const order = grouped ? index.byCity : null;
  const runs: number[] = [];
  if (grouped) {
    for (let c = 0; c < cityCount; c += 1) {
      const fail = cityFails[c] ?? 0;
      if (fail === 0) runs.push(index.cityStart[c] ?? 0, index.cityStart[c + 1] ?? 0);
      else if ((fail & (fail - 1)) === 0) countFailingCity(c, fail);
    }
  } else runs.push(0, index.size);

  for (let run = 0; run < runs.length; run += 2) {
    const to = runs[run + 1] ?? 0;
    for (let j = runs[run] ?? 0; j < to; j += 1) {
      const i = order ? (order[j] ?? 0) : j;
      const stage = stageOf[i] ?? -1;
      if (stage < 0) continue;
      const c = cityOf[i] ?? 0;
      const k = kindOf[i] ?? 0;
      let fails = cityFails[c] ?? 0;
      if (kinds && !kinds[k]) fails |= KIND;
      // Closed outlets left the network: without a stage filter they are hidden.
      if (stages ? !stages[stage] : stage === CLOSED) fails |= STAGE;

      if (fails === 0) {
        visible[shown] = i;
        visibleStage[shown] = stage;
        shown += 1;
        inc(byKind, k);
        inc(byStage, stage);
        inc(cityKind, c * KIND_COUNT + k);
        inc(tierCounts, cityTierGroup[c] ?? 0);
        inc(regionCounts, cityRegion[c] ?? 0);
        inc(provinceCounts, cityProvince[c] ?? 0);
        inc(kindCounts, k);
        inc(stageCounts, stage);
        if (index.cityRecruiting[c]) recruitmentOnly += 1;

        const at = i * ROLLOUT_STEPS;
        const start = months[at] ?? NO_MONTH;
        if (start !== NO_MONTH) {
          const closed = months[at + 4] ?? NO_MONTH;
          if (start < first) first = start;
          span(0, start, closed);
          span(4 + k, start, closed);
          span(1, months[at + 1] ?? NO_MONTH, closed);
          span(2, months[at + 2] ?? NO_MONTH, closed);
          span(3, months[at + 3] ?? NO_MONTH, closed);
        }
      } else if (fails === TIER) inc(tierCounts, cityTierGroup[c] ?? 0);
      else if (fails === REGION) inc(regionCounts, cityRegion[c] ?? 0);
      else if (fails === PROVINCE) inc(provinceCounts, cityProvince[c] ?? 0);
      else if (fails === KIND) inc(kindCounts, k);
      else if (fails === STAGE) inc(stageCounts, stage);
      // Failing only the recruitment filter means a non-recruiting city: no option to count.

      if ((fails & ~(TIER | KIND)) === 0) inc(tierKind, (cityTierGroup[c] ?? 0) * KIND_COUNT + k);
      if ((fails & ~STAGE) === 0 && (stage !== CLOSED || closedAsked)) {
        inc(funnelFurthest, furthestOf[i] ?? PLANNED);
        if (stage === CLOSED) funnelClosed += 1;
        else inc(funnelCurrent, stage);
      }
    }
  }
  if (grouped) {
    // Back to dataset order: the list, the CSV and the highlight's lookup rely on it.
    const sorted = visible.subarray(0, shown).sort();
    for (let j = 0; j < shown; j += 1) visibleStage[j] = stageOf[sorted[j] ?? 0] ?? 0;
  }

  const cityPasses = new Uint8Array(cityCount);
  for (let c = 0; c < cityCount; c += 1) cityPasses[c] = cityFails[c] === 0 ? 1 : 0;

  const provinces: ProvinceOption[] = index.provinces.map((entry, p) => ({
    ...entry,
    count: provinceCounts[p] ?? 0,
  }));
  const known = new Set(index.provinces.map((p) => p.key));
  for (const key of filters.provinces)
    if (!known.has(key)) provinces.push({ key, label: { en: key, zh: key }, count: 0 });

  return {
    index,
    network,
    filters,
    asOf,
    visible: visible.subarray(0, shown),
    visibleStage: visibleStage.subarray(0, shown),
    counts: {
      tiers: record(TIER_GROUPS, tierCounts),
      regions: record(REGIONS, regionCounts),
      provinces,
      kinds: record(OUTLET_KINDS, kindCounts),
      stages: record(STAGES, stageCounts),
      recruitmentOnly,
      total: shown,
    },
    byKind,
    byStage,
    cityKind,
    cityPasses,
    cityHasPartner: dated.cityHasPartner,
    tierKind,
    funnelCurrent,
    funnelFurthest,
    funnelClosed,
    rollout: { base, first: first === NO_MONTH ? NONE : first, last: asMonth, deltas },
  };
}
