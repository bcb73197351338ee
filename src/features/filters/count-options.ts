import {
  effectiveAsOf,
  stageAsOf,
  tierGroupOf,
  TIER_GROUPS,
  type Filters,
  type TierGroup,
} from '../../data/filters';
import {
  OUTLET_KINDS,
  REGIONS,
  STAGES,
  type LocalizedText,
  type Network,
  type OutletKind,
  type Region,
  type Stage,
} from '../../data/schema';

/** A province present in the dataset, keyed by its English name as `Filters.provinces` is. */
export interface ProvinceOption {
  key: string;
  label: LocalizedText;
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

const TIER = 1;
const REGION = 2;
const PROVINCE = 4;
const RECRUITMENT = 8;
const KIND = 16;
const STAGE = 32;

interface CityFacts {
  tier: TierGroup;
  region: Region;
  province: ProvinceOption;
  recruiting: boolean;
  /** Bit set of the city-level groups whose filter this city fails. */
  fails: number;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** Counts every filter option in one pass over the cities and one over the outlets. */
export function countOptions(network: Network, filters: Filters): OptionCounts {
  const tiers = filters.tiers.length > 0 ? new Set(filters.tiers) : null;
  const regions = filters.regions.length > 0 ? new Set(filters.regions) : null;
  const provinceFilter = filters.provinces.length > 0 ? new Set(filters.provinces) : null;
  const kinds = filters.kinds.length > 0 ? new Set(filters.kinds) : null;
  const stages = filters.stages.length > 0 ? new Set(filters.stages) : null;

  const provinces: ProvinceOption[] = [];
  const byKey = new Map<string, ProvinceOption>();
  const cities = new Map<string, CityFacts>();
  for (const city of network.cities) {
    let province = byKey.get(city.province.en);
    if (!province) {
      province = { key: city.province.en, label: city.province, count: 0 };
      byKey.set(province.key, province);
      provinces.push(province);
    }
    const tier = tierGroupOf(city.tier);
    const recruiting = city.recruitment.status === 'recruiting';
    let fails = 0;
    if (tiers && !tiers.has(tier)) fails |= TIER;
    if (regions && !regions.has(city.region)) fails |= REGION;
    if (provinceFilter && !provinceFilter.has(city.province.en)) fails |= PROVINCE;
    if (filters.recruitmentOnly && !recruiting) fails |= RECRUITMENT;
    cities.set(city.id, { tier, region: city.region, province, recruiting, fails });
  }
  for (const key of filters.provinces) {
    if (byKey.has(key)) continue;
    const unknown = { key, label: { en: key, zh: key }, count: 0 };
    byKey.set(key, unknown);
    provinces.push(unknown);
  }

  const counts: OptionCounts = {
    tiers: zeros(TIER_GROUPS),
    regions: zeros(REGIONS),
    provinces,
    kinds: zeros(OUTLET_KINDS),
    stages: zeros(STAGES),
    recruitmentOnly: 0,
    total: 0,
  };
  const asOf = effectiveAsOf(network, filters);
  for (const outlet of network.outlets) {
    const city = cities.get(outlet.cityId);
    if (!city) continue;
    const stage = stageAsOf(outlet, asOf);
    if (stage === null) continue;
    let fails = city.fails;
    if (kinds && !kinds.has(outlet.kind)) fails |= KIND;
    // Closed outlets left the network: without a stage filter they are hidden.
    if (stages ? !stages.has(stage) : stage === 'closed') fails |= STAGE;

    if (fails === 0) {
      counts.total += 1;
      counts.tiers[city.tier] += 1;
      counts.regions[city.region] += 1;
      city.province.count += 1;
      counts.kinds[outlet.kind] += 1;
      counts.stages[stage] += 1;
      if (city.recruiting) counts.recruitmentOnly += 1;
    } else if (fails === TIER) counts.tiers[city.tier] += 1;
    else if (fails === REGION) counts.regions[city.region] += 1;
    else if (fails === PROVINCE) city.province.count += 1;
    else if (fails === KIND) counts.kinds[outlet.kind] += 1;
    else if (fails === STAGE) counts.stages[stage] += 1;
    // Failing only the recruitment filter means a non-recruiting city: no option to count.
  }
  return counts;
}
