import type { City, Network, Outlet, OutletKind, Region, Stage, Tier } from './schema';

/** Tier options as users pick them: tiers 3, 4 and 5 are one group ("Tier 3 and below"). */
export const TIER_GROUPS = ['1', 'new1', '2', '3+'] as const;
export type TierGroup = (typeof TIER_GROUPS)[number];

export function tierGroupOf(tier: Tier): TierGroup {
  return tier === '1' || tier === 'new1' || tier === '2' ? tier : '3+';
}

/**
 * The filter state. Within a group the values are OR-ed, across groups AND-ed; an empty group
 * does not filter.
 */
export interface Filters {
  tiers: TierGroup[];
  regions: Region[];
  /** Province names in English, as in `city.province.en`. */
  provinces: string[];
  kinds: OutletKind[];
  stages: Stage[];
  recruitmentOnly: boolean;
  /** Only what was reached on or before this date counts; `null` means the dataset's as-of date. */
  asOf: string | null;
}

export const DEFAULT_FILTERS: Filters = {
  tiers: [],
  regions: [],
  provinces: [],
  kinds: [],
  stages: [],
  recruitmentOnly: false,
  asOf: null,
};

const STAGE_ORDER: readonly Stage[] = ['closed', 'open', 'renovating', 'signed', 'planned'];

/** The stage an outlet had reached on `date`, or `null` if it did not exist yet. */
export function stageAsOf(outlet: Outlet, date: string): Stage | null {
  for (const stage of STAGE_ORDER) {
    const reached = outlet.stages[stage];
    if (reached && reached <= date) return stage;
  }
  return null;
}

/**
 * The date the filters look at: the chosen as-of date, else the dataset's own — never past the
 * dataset's own, which bounds every pass over time (the store holds the chosen date within the
 * data's range too; this holds whatever reaches a derivation).
 */
export function effectiveAsOf(network: Network, filters: Filters): string {
  const own = network.meta.asOf;
  return filters.asOf !== null && filters.asOf < own ? filters.asOf : own;
}

/**
 * The first day a city recruits partners, as an ISO date: its `recruitment.since`; `''` (before
 * any date) for a recruiting city without one, which recruits from the dataset's start; `null`
 * for a city that does not recruit.
 */
export function recruitingFrom(city: City): string | null {
  if (city.recruitment.status !== 'recruiting') return null;
  return city.recruitment.since ?? '';
}

/** Whether a city is a recruitment city on `date`: recruiting, and from that date or earlier. */
export function isRecruitingOn(city: City, date: string): boolean {
  const from = recruitingFrom(city);
  return from !== null && from <= date;
}

/** Whether a city passes the city-level filters on `asOf` (recruitment is as of that date). */
export function cityMatches(city: City, filters: Filters, asOf: string): boolean {
  if (filters.tiers.length > 0 && !filters.tiers.includes(tierGroupOf(city.tier))) return false;
  if (filters.regions.length > 0 && !filters.regions.includes(city.region)) return false;
  if (filters.provinces.length > 0 && !filters.provinces.includes(city.province.en)) return false;
  if (filters.recruitmentOnly && !isRecruitingOn(city, asOf)) return false;
  return true;
}

/** An outlet with the stage it had reached as of the filter date. */
export interface OutletView {
  outlet: Outlet;
  city: City;
  stage: Stage;
  /** The outlet's position in `network.outlets` (what per-outlet columns are indexed by). */
  position: number;
}
