import type { FeatureCollection, Point } from 'geojson';
import type { CityMarks } from '../../data/derive/city-marks';
import type { NetworkView } from '../../data/derive/network-view';
import type { PlanView } from '../../data/derive/plan-status';
import type { Network } from '../../data/domain/schema';
import type { Language } from '../../lib/i18n/messages';
import { groupCities, type CityGroup, type GroupInput } from './group-cities';

/**
 * City features' ids: a city's position plus `CITY_FEATURE_BASE`; a group's, its leader's
 * position plus `GROUP_FEATURE_BASE`. Never a city id: ids are data, not keys of map state.
 */
export const CITY_FEATURE_BASE = 1 << 20;
export const GROUP_FEATURE_BASE = 1 << 21;

/** The id of the outlet a map feature stands for (its feature id is the outlet's position). */
export function outletIdOf(network: Network, featureId: unknown): string | undefined {
  return typeof featureId === 'number' ? network.outlets[featureId]?.id : undefined;
}

export interface CityFeatureProperties {
  /** The city's position in `network.cities` (a group's: its leader's). */
  c: number;
  name: string;
  /** Outlets in view of the kinds shown (a group's: all its cities'). */
  count: number;
  /** The largest count of any city shown, which sizes the bubbles. */
  max: number;
  /** For a group: how many cities besides its leader; 0 for a city. */
  extra: number;
  /** For a group: the positions of its cities, comma-separated; empty for a city. */
  members: string;
  /** Tier group code: 0 Tier 1, 1 New Tier 1, 2 Tier 2, 3 Tier 3 and below (a group: its highest). */
  tier: number;
  /**
   * A recruitment city on the date in view, from its recruitment date on (a group: any of its
   * cities): a stronger edge.
   */
  recruiting: boolean;
  /**
   * Recruiting on the date and no partner store signed or later: the partner gap, a hollow ring.
   * A group holds only such cities or none of them.
   */
  gap: boolean;
  /**
   * Against its plan as of the date in view: the worst `PLAN_STATUSES` code of its targets in
   * view (a group: of all its cities'), or -1 without targets.
   */
  plan: number;
}

export type CityFeatures = FeatureCollection<Point, CityFeatureProperties>;

export interface CityGrouping {
  /** The map's zoom the cities are grouped for. */
  zoom: number;
  /** Cities closer than this on screen are drawn as one group; 0 groups nothing. */
  radiusPx: number;
}

/**
 * Groups as `groupCities` gathers them, the partner-gap cities only with one another: a hollow
 * ring then stands for partner-gap cities only, and every one of them is drawn as one. Most
 * outlets first, as `groupCities` orders them.
 */
function groupApartGaps(
  shown: readonly GroupInput[],
  marks: CityMarks,
  { zoom, radiusPx }: CityGrouping,
): CityGroup[] {
  const isGap = ({ c }: GroupInput) => marks.states[c]?.gap === true;
  const groups = [
    ...groupCities(
      shown.filter((city) => !isGap(city)),
      zoom,
      radiusPx,
    ),
    ...groupCities(shown.filter(isGap), zoom, radiusPx),
  ];
  const count = (c: number) => marks.counts[c] ?? 0;
  return groups.sort((a, b) => count(b.leader) - count(a.leader) || a.leader - b.leader);
}

/**
 * The city bubbles and labels of a view: one point per city the map shows (the filters pass it,
 * and it is recruiting or has outlets in view), with its count and name in `language`; cities
 * that would crowd each other at the zoom in view are gathered into a group on the city with
 * the most outlets (`groupCities`). Partner-gap cities are grouped only with one another, so
 * each hollow ring the legend counts is drawn at any zoom ("Wenzhou +1" is two of them); a group
 * has the thick edge of a recruitment city when any of its cities recruits. A few
 * hundred features at most: rebuilt when the view, the layers shown, the language or the zoom
 * step change, while the outlets stay as they are.
 */
export function buildCityFeatures(
  view: NetworkView,
  marks: CityMarks,
  language: Language,
  grouping: CityGrouping,
  /** The plan as of the date in view, when the dataset has one. */
  plan: PlanView | null = null,
): CityFeatures {
  const { network, index } = view;
  const max = Math.max(1, ...marks.counts);
  const shown: GroupInput[] = [];
  network.cities.forEach((city, c) => {
    const count = marks.counts[c] ?? -1;
    if (count >= 0 && marks.states[c]) shown.push({ c, count, ...city.point });
  });
  const groups =
    grouping.radiusPx > 0
      ? groupApartGaps(shown, marks, grouping)
      : shown.map(({ c }) => ({ leader: c, members: [c] }));
  const features: CityFeatures['features'] = groups.map(({ leader, members }) => {
    const city = network.cities[leader];
    const lone = members.length === 1;
    return {
      type: 'Feature',
      id: (lone ? CITY_FEATURE_BASE : GROUP_FEATURE_BASE) + leader,
      geometry: { type: 'Point', coordinates: [city?.point.lon ?? 0, city?.point.lat ?? 0] },
      properties: {
        c: leader,
        name: city?.name[language] ?? '',
        count: members.reduce((sum, c) => sum + Math.max(0, marks.counts[c] ?? 0), 0),
        max,
        extra: members.length - 1,
        members: lone ? '' : members.join(','),
        tier: Math.min(...members.map((c) => index.cityTierGroup[c] ?? 3)),
        recruiting: members.some((c) => marks.states[c]?.recruiting === true),
        gap: members.every((c) => marks.states[c]?.gap === true),
        plan: plan ? Math.max(...members.map((c) => plan.cityStatus[c] ?? -1)) : -1,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
