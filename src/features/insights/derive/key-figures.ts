import {
  cityMatches,
  citiesWithPartnerStore,
  DEFAULT_FILTERS,
  type Filters,
  type OutletView,
} from '../../../data/filters';
import type { Network, OutletKind } from '../../../data/schema';

/** A part of a whole: how many of how many. */
export interface Coverage {
  covered: number;
  total: number;
}

/** The headline numbers of the insights strip. */
export interface KeyFigureValues {
  /** Recruitment cities with ≥1 outlet in view, of the recruitment cities passing the city filters. */
  recruitmentCities: Coverage;
  outlets: { total: number; byKind: Record<OutletKind, number> };
  open: number;
  /** Planned, signed or renovating. */
  pipeline: number;
  /** Tier 1 and New Tier 1 cities (passing the city filters) with ≥1 outlet in view. */
  topTierCities: Coverage;
  /** Ids of recruitment cities passing the city filters without a partner store as of the date, in dataset order. */
  recruitmentGapIds: string[];
}

/**
 * The key figures for the outlets in view. `filters` supplies the city filters (tier, region,
 * province, recruitment only) that decide which cities are "in view"; kind and stage filters are
 * already reflected in `outlets`.
 */
export function computeKeyFigures(
  network: Network,
  outlets: readonly OutletView[],
  asOf: string,
  filters: Filters = DEFAULT_FILTERS,
): KeyFigureValues {
  const byKind: Record<OutletKind, number> = {
    'delivery-center': 0,
    'partner-store': 0,
    'fusion-store': 0,
  };
  let open = 0;
  let pipeline = 0;
  const coveredCityIds = new Set<string>();
  for (const view of outlets) {
    byKind[view.outlet.kind] += 1;
    if (view.stage === 'open') open += 1;
    else if (view.stage !== 'closed') pipeline += 1;
    coveredCityIds.add(view.city.id);
  }

  const withPartner = citiesWithPartnerStore(network, asOf);
  const recruitmentCities: Coverage = { covered: 0, total: 0 };
  const topTierCities: Coverage = { covered: 0, total: 0 };
  const recruitmentGapIds: string[] = [];
  for (const city of network.cities) {
    if (!cityMatches(city, filters)) continue;
    const isCovered = coveredCityIds.has(city.id);
    if (city.recruitment.status === 'recruiting') {
      recruitmentCities.total += 1;
      if (isCovered) recruitmentCities.covered += 1;
      if (!withPartner.has(city.id)) recruitmentGapIds.push(city.id);
    }
    if (city.tier === '1' || city.tier === 'new1') {
      topTierCities.total += 1;
      if (isCovered) topTierCities.covered += 1;
    }
  }

  return {
    recruitmentCities,
    outlets: { total: outlets.length, byKind },
    open,
    pipeline,
    topTierCities,
    recruitmentGapIds,
  };
}
