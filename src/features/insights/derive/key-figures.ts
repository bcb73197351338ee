import type { CityMarks } from '../../../data/derive/city-marks';
import { dateOfDay } from '../../../data/derive/calendar-days';
import { NEVER_DAY, STAGE_CODE } from '../../../data/derive/network-index';
import type { NetworkView } from '../../../data/derive/network-view';
import { OUTLET_KINDS, type OutletKind } from '../../../data/domain/schema';

/** A part of a whole: how many of how many. */
export interface Coverage {
  covered: number;
  total: number;
}

/**
 * The headline numbers of the insights strip. The words mean one thing each (`product.md`):
 * a city is **covered** on the date when it has an outlet of any kind signed or later and not
 * closed; a recruitment city's **partner gap** is open while it has no partner store signed or
 * later. Both are facts of the city on the date: the city filters choose the cities counted,
 * the kind and stage filters do not change them.
 */
export interface KeyFigureValues {
  /**
   * The recruitment cities the map shows (recruiting on the date and passing the city filters:
   * the bubbles with a stronger edge), and how many of them are covered.
   */
  recruitmentCities: Coverage;
  /**
   * When no city shown recruits on the date but some that pass the city filters do later: the
   * first of their recruitment dates; null otherwise.
   */
  recruitmentOpens: string | null;
  outlets: { total: number; byKind: Record<OutletKind, number> };
  open: number;
  /** Planned, signed or renovating. */
  pipeline: number;
  /** Tier 1 and New Tier 1 cities passing the city filters, and how many of them are covered. */
  topTierCities: Coverage;
  /** The recruitment cities shown whose partner gap is open (the hollow rings), in dataset order. */
  recruitmentGapIds: string[];
}

/**
 * The key figures of a view, from the same city marks the map draws (`cityMarksFor`): the
 * recruitment cities and the partner gaps it counts are the bubbles with a stronger edge and
 * the hollow rings, by construction.
 */
export function computeKeyFigures(view: NetworkView, marks: CityMarks): KeyFigureValues {
  const { network, index, cityPasses, cityCovered, byStage } = view;
  const byKind = Object.fromEntries(
    OUTLET_KINDS.map((kind, k) => [kind, view.byKind[k] ?? 0]),
  ) as Record<OutletKind, number>;
  const recruitmentCities: Coverage = { covered: 0, total: 0 };
  const topTierCities: Coverage = { covered: 0, total: 0 };
  const recruitmentGapIds: string[] = [];
  let firstLater = NEVER_DAY;
  network.cities.forEach((city, c) => {
    const mark = marks.states[c];
    if (mark?.recruiting) {
      recruitmentCities.total += 1;
      if (cityCovered[c]) recruitmentCities.covered += 1;
      if (mark.gap) recruitmentGapIds.push(city.id);
    }
    if (!cityPasses[c]) return;
    const from = index.cityRecruitingFrom[c] ?? NEVER_DAY;
    if (!view.cityRecruiting[c] && from < firstLater) firstLater = from;
    if (city.tier === '1' || city.tier === 'new1') {
      topTierCities.total += 1;
      if (cityCovered[c]) topTierCities.covered += 1;
    }
  });
  const open = byStage[STAGE_CODE.open] ?? 0;
  return {
    recruitmentCities,
    recruitmentOpens:
      recruitmentCities.total === 0 && firstLater < NEVER_DAY ? dateOfDay(firstLater) : null,
    outlets: { total: view.visible.length, byKind },
    open,
    pipeline: view.visible.length - open - (byStage[STAGE_CODE.closed] ?? 0),
    topTierCities,
    recruitmentGapIds,
  };
}
