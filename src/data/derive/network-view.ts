import { datedFacts, inc, NO_MONTH, ROLLOUT_STEPS } from './dated-facts';
import { effectiveAsOf, TIER_GROUPS, type Filters } from '../domain/filters';
import {
  dayNumber,
  KIND_CODE,
  KIND_COUNT,
  monthNumber,
  networkIndex,
  STAGE_CODE,
  STAGE_COUNT,
  type NetworkIndex,
} from './network-index';
import {
  cityFailures,
  flags,
  KIND,
  newTallies,
  optionCounts,
  PROVINCE,
  REGION,
  STAGE,
  tallyFailingCity,
  TIER,
  type OptionCounts,
} from './option-counts';
import type { Network } from '../domain/schema';

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
  /**
   * Facts of each city on the date, whatever the filters (the city filters choose which cities
   * count; the kind and stage filters do not change them): recruiting partners (from its
   * recruitment date on), covered (an outlet of any kind signed or later, not closed) and with a
   * partner store signed or later (not closed; without one a recruiting city's partner gap is
   * open). See `DatedFacts`.
   */
  cityRecruiting: Uint8Array;
  cityCovered: Uint8Array;
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

const CLOSED = STAGE_CODE.closed;
const PLANNED = STAGE_CODE.planned;

/** The view of a dataset for a filter state: one pass over the outlets. */
export function deriveNetworkView(network: Network, filters: Filters): NetworkView {
  const index = networkIndex(network);
  const asOf = effectiveAsOf(network, filters);
  const asDay = dayNumber(asOf);
  const asMonth = monthNumber(asOf);
  const cityCount = network.cities.length;
  const dated = datedFacts(index, asDay);
  const cityFails = cityFailures(index, filters, dated.cityRecruiting);
  const kinds = flags(
    KIND_COUNT,
    filters.kinds.map((k) => KIND_CODE[k]),
  );
  const stages = flags(
    STAGE_COUNT,
    filters.stages.map((s) => STAGE_CODE[s]),
  );
  const closedAsked = stages !== null && stages[CLOSED] === 1;

  const tallies = newTallies(index);
  const {
    tiers: tierCounts,
    regions: regionCounts,
    provinces: provinceCounts,
    kinds: kindCounts,
    stages: stageCounts,
  } = tallies;
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

  // With a city-level filter on, only the outlets of the cities that pass are walked (grouped
  // by city); a city that fails one group is counted from its per-date totals instead.
  const grouped = cityFails.some((fail) => fail !== 0);
  const order = grouped ? index.byCity : null;
  const runs: number[] = [];
  if (grouped) {
    for (let c = 0; c < cityCount; c += 1) {
      const fail = cityFails[c] ?? 0;
      if (fail === 0) runs.push(index.cityStart[c] ?? 0, index.cityStart[c + 1] ?? 0);
      else if ((fail & (fail - 1)) === 0)
        tallyFailingCity({ index, dated, kinds, stages, tallies, tierKind }, c, fail);
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
        if (dated.cityRecruiting[c]) recruitmentOnly += 1;

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

  return {
    index,
    network,
    filters,
    asOf,
    visible: visible.subarray(0, shown),
    visibleStage: visibleStage.subarray(0, shown),
    counts: optionCounts(index, filters, tallies, recruitmentOnly, shown),
    byKind,
    byStage,
    cityKind,
    cityPasses,
    cityRecruiting: dated.cityRecruiting,
    cityCovered: dated.cityCovered,
    cityHasPartner: dated.cityHasPartner,
    tierKind,
    funnelCurrent,
    funnelFurthest,
    funnelClosed,
    rollout: { base, first: first === NO_MONTH ? NONE : first, last: asMonth, deltas },
  };
}
