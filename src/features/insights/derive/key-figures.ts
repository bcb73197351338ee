import { KIND_COUNT, STAGE_CODE } from '../../../data/derive/network-index';
import type { NetworkView } from '../../../data/derive/network-view';
import { OUTLET_KINDS, type OutletKind } from '../../../data/domain/schema';

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
 * The key figures of a view. The city filters (tier, region, province, recruitment only) decide
 * which cities are "in view"; a city is covered when it has an outlet in view.
 */
export function computeKeyFigures(view: NetworkView): KeyFigureValues {
  const { network, cityKind, cityPasses, cityHasPartner, byStage } = view;
  const byKind = Object.fromEntries(
    OUTLET_KINDS.map((kind, k) => [kind, view.byKind[k] ?? 0]),
  ) as Record<OutletKind, number>;
  const recruitmentCities: Coverage = { covered: 0, total: 0 };
  const topTierCities: Coverage = { covered: 0, total: 0 };
  const recruitmentGapIds: string[] = [];
  network.cities.forEach((city, c) => {
    if (!cityPasses[c]) return;
    let shown = 0;
    for (let k = 0; k < KIND_COUNT; k += 1) shown += cityKind[c * KIND_COUNT + k] ?? 0;
    if (city.recruitment.status === 'recruiting') {
      recruitmentCities.total += 1;
      if (shown > 0) recruitmentCities.covered += 1;
      if (!cityHasPartner[c]) recruitmentGapIds.push(city.id);
    }
    if (city.tier === '1' || city.tier === 'new1') {
      topTierCities.total += 1;
      if (shown > 0) topTierCities.covered += 1;
    }
  });
  const open = byStage[STAGE_CODE.open] ?? 0;
  return {
    recruitmentCities,
    outlets: { total: view.visible.length, byKind },
    open,
    pipeline: view.visible.length - open - (byStage[STAGE_CODE.closed] ?? 0),
    topTierCities,
    recruitmentGapIds,
  };
}
