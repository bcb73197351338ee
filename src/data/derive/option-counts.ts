import type { DatedFacts } from './dated-facts';
import { add } from './dated-facts';
import { TIER_GROUPS, type Filters, type TierGroup } from '../domain/filters';
import {
  KIND_COUNT,
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
  type OutletKind,
  type Region,
  type Stage,
} from '../domain/schema';

/**
 * The filter groups as bits. An outlet's failures are a bit set: 0 shows it, a single bit
 * means it counts for that group's options (faceted counts), more bits leave it out of both.
 */
export const TIER = 1;
export const REGION = 2;
export const PROVINCE = 4;
export const RECRUITMENT = 8;
export const KIND = 16;
export const STAGE = 32;

/** A flag per code (tier group, kind, stage…) chosen; null when none is, i.e. no filter. */
export function flags(size: number, codes: readonly number[]): Uint8Array | null {
  if (codes.length === 0) return null;
  const out = new Uint8Array(size);
  for (const code of codes) if (code !== undefined) out[code] = 1;
  return out;
}

/**
 * Bit set, per city, of the city-level filter groups the city fails; `recruiting` says which
 * cities recruit on the filters' date (`citiesRecruitingOn`).
 */
export function cityFailures(
  index: NetworkIndex,
  filters: Filters,
  recruiting: Uint8Array,
): Uint8Array {
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
    if (filters.recruitmentOnly && !recruiting[c]) f |= RECRUITMENT;
    fails[c] = f;
  }
  return fails;
}

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

/** Per option, the outlets that pass every other group's filter (see `OptionCounts`). */
export interface OptionTallies {
  tiers: Uint32Array;
  regions: Uint32Array;
  provinces: Uint32Array;
  kinds: Uint32Array;
  stages: Uint32Array;
}

export function newTallies(index: NetworkIndex): OptionTallies {
  return {
    tiers: new Uint32Array(TIER_GROUPS.length),
    regions: new Uint32Array(REGIONS.length),
    provinces: new Uint32Array(index.provinces.length),
    kinds: new Uint32Array(KIND_COUNT),
    stages: new Uint32Array(STAGE_COUNT),
  };
}

interface FailingCityContext {
  index: NetworkIndex;
  dated: DatedFacts;
  kinds: Uint8Array | null;
  stages: Uint8Array | null;
  tallies: OptionTallies;
  /** The tier chart's bars (outlets passing every filter but tier and kind). */
  tierKind: Uint32Array;
}

/**
 * What a city failing exactly one city-level group (`fail`) adds to that group's option counts
 * and to the tier bars, from its per-date totals: its outlets need not be walked.
 */
export function tallyFailingCity(context: FailingCityContext, c: number, fail: number): void {
  const { index, dated, kinds, stages, tallies, tierKind } = context;
  const tier = index.cityTierGroup[c] ?? 0;
  for (let k = 0; k < KIND_COUNT; k += 1) {
    const kindPasses = !kinds || kinds[k] === 1;
    for (let stage = 0; stage < STAGE_COUNT; stage += 1) {
      const count = dated.cityKindStage[(c * KIND_COUNT + k) * STAGE_COUNT + stage] ?? 0;
      // Closed outlets left the network: without a stage filter they are hidden.
      const stagePasses = stages ? stages[stage] === 1 : stage !== STAGE_CODE.closed;
      if (count === 0 || !stagePasses) continue;
      if (fail === TIER) {
        add(tierKind, tier * KIND_COUNT + k, count);
        if (kindPasses) add(tallies.tiers, tier, count);
      } else if (kindPasses) {
        if (fail === REGION) add(tallies.regions, index.cityRegion[c] ?? 0, count);
        else if (fail === PROVINCE) add(tallies.provinces, index.cityProvince[c] ?? 0, count);
      }
    }
  }
}

function record<K extends string>(
  keys: readonly K[],
  values: ArrayLike<number>,
): Record<K, number> {
  return Object.fromEntries(keys.map((key, i) => [key, values[i] ?? 0])) as Record<K, number>;
}

/** The option counts from the tallies; a chosen province the dataset lacks is listed with 0. */
export function optionCounts(
  index: NetworkIndex,
  filters: Filters,
  tallies: OptionTallies,
  recruitmentOnly: number,
  total: number,
): OptionCounts {
  const provinces: ProvinceOption[] = index.provinces.map((entry, p) => ({
    ...entry,
    count: tallies.provinces[p] ?? 0,
  }));
  const known = new Set(index.provinces.map((p) => p.key));
  for (const key of filters.provinces)
    if (!known.has(key)) provinces.push({ key, label: { en: key, zh: key }, count: 0 });
  return {
    tiers: record(TIER_GROUPS, tallies.tiers),
    regions: record(REGIONS, tallies.regions),
    provinces,
    kinds: record(OUTLET_KINDS, tallies.kinds),
    stages: record(STAGES, tallies.stages),
    recruitmentOnly,
    total,
  };
}
