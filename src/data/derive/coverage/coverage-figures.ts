import { tierGroupOf, TIER_GROUPS, type TierGroup } from '../../domain/filters';
import { REGIONS, type Network, type Region } from '../../domain/schema';
import type { DistrictTable } from './district-table';
import { REACH_FIELD, REACH_WIDTH, type Reach, type ReachKind } from './reach';

export type { ReachKind };

/** The upper limits of the map's distance bands, in km: ≤ 10, 10–25, 25–50 and > 50. */
export const BAND_LIMITS_KM = [10, 25, 50] as const;
export const BAND_COUNT = BAND_LIMITS_KM.length + 1;

/** A distance's band (0 nearest … 3 beyond 50 km, or no such outlet); -1 for NaN (out of scope). */
export function bandOf(km: number): number {
  if (Number.isNaN(km)) return -1;
  const band = BAND_LIMITS_KM.findIndex((limit) => km <= limit);
  return band < 0 ? BAND_LIMITS_KM.length : band;
}

/**
 * The standard regions of China by province code (the first two digits), for districts of
 * cities the dataset does not have; a dataset city's own region wins for its districts.
 */
const PROVINCE_REGIONS: Record<string, Region> = {
  ...Object.fromEntries(['11', '12', '13', '14', '15'].map((p) => [p, 'north'])),
  ...Object.fromEntries(['21', '22', '23'].map((p) => [p, 'northeast'])),
  ...Object.fromEntries(['31', '32', '33', '34', '35', '36', '37', '71'].map((p) => [p, 'east'])),
  ...Object.fromEntries(['41', '42', '43'].map((p) => [p, 'central'])),
  ...Object.fromEntries(['44', '45', '46', '81', '82'].map((p) => [p, 'south'])),
  ...Object.fromEntries(['50', '51', '52', '53', '54'].map((p) => [p, 'southwest'])),
  ...Object.fromEntries(['61', '62', '63', '64', '65'].map((p) => [p, 'northwest'])),
};

/** Each district's place in the dataset: its city (by prefecture code), tier group and region. */
export interface DistrictContext {
  /** Position in `network.cities` of the city whose code is the district's prefecture, or -1. */
  city: Int32Array;
  /** Position in `TIER_GROUPS` of that city's tier, or -1 for a district of no dataset city. */
  tier: Int8Array;
  /** Position in `REGIONS`, or -1 when unknown. */
  region: Int8Array;
}

/** Places the districts in a dataset's cities (`city.adcode` = the district's prefecture). */
export function districtContext(network: Network, table: DistrictTable): DistrictContext {
  const byCode = new Map(network.cities.map((city, c) => [city.adcode, c]));
  const context: DistrictContext = {
    city: new Int32Array(table.size).fill(-1),
    tier: new Int8Array(table.size).fill(-1),
    region: new Int8Array(table.size).fill(-1),
  };
  for (let d = 0; d < table.size; d += 1) {
    const c = byCode.get(table.prefecture[d] ?? '') ?? -1;
    const city = network.cities[c];
    context.city[d] = c;
    if (city) context.tier[d] = TIER_GROUPS.indexOf(tierGroupOf(city.tier));
    const region = city?.region ?? PROVINCE_REGIONS[(table.province[d] ?? '').slice(0, 2)];
    context.region[d] = region ? REGIONS.indexOf(region) : -1;
  }
  return context;
}

/** Which districts a filter state looks at: those of the cities it keeps, or all of China. */
export function reachScope(
  table: DistrictTable,
  cityCodes: readonly string[] | null,
): Uint8Array | null {
  if (cityCodes === null) return null;
  const codes = new Set(cityCodes);
  const scope = new Uint8Array(table.size);
  for (let d = 0; d < table.size; d += 1) scope[d] = codes.has(table.prefecture[d] ?? '') ? 1 : 0;
  return scope;
}

/** Districts and population proxy of a group, and how much of each lies within the radius. */
export interface ReachFigure {
  districts: number;
  within: number;
  /** Population proxy of the group's districts, and of those within the radius. */
  pop: number;
  popWithin: number;
  /** The same counting the outlets still to come as open. */
  withinComing: number;
  popWithinComing: number;
}

export interface ReachGroup<K> extends ReachFigure {
  key: K;
}

/** The key figures of a coverage view for one radius. */
export interface CoverageFigures {
  kind: ReachKind;
  radiusKm: number;
  total: ReachFigure;
  /** Tier groups of the dataset's cities, then `none`: districts of no city in the dataset. */
  byTier: ReachGroup<TierGroup | 'none'>[];
  byRegion: ReachGroup<Region>[];
  /** Dataset cities (positions in `network.cities`) with districts in scope, in dataset order. */
  byCity: ReachGroup<number>[];
  /** Open points of the kind in view, and those to come. */
  openPoints: number;
  comingPoints: number;
}

const emptyFigure = (): ReachFigure => ({
  districts: 0,
  within: 0,
  pop: 0,
  popWithin: 0,
  withinComing: 0,
  popWithinComing: 0,
});

/** The distance of district `d` (`coming`: counting the outlets still to come). */
export function reachKm(reach: Reach, d: number, coming = false): number {
  return reach.km[d * REACH_WIDTH + REACH_FIELD[coming ? 'coming' : 'open']] ?? NaN;
}

/** The position of district `d`'s nearest outlet, or -1. */
export function reachNearest(reach: Reach, d: number, coming = false): number {
  return reach.nearest[d * REACH_WIDTH + REACH_FIELD[coming ? 'coming' : 'open']] ?? -1;
}

/**
 * Share of districts and of the population proxy within `radiusKm` of an open point of the
 * reach's kind, for all districts in scope and by tier, region and city. A district is within
 * when the straight-line distance from its point to the nearest such outlet is at most the
 * radius.
 */
export function coverageFigures(
  reach: Reach,
  table: DistrictTable,
  context: DistrictContext,
  radiusKm: number,
): CoverageFigures {
  const total = emptyFigure();
  const tiers = [...TIER_GROUPS, 'none' as const].map((key) => ({ key, ...emptyFigure() }));
  const regions = REGIONS.map((key) => ({ key, ...emptyFigure() }));
  const cities = new Map<number, ReachGroup<number>>();
  for (let d = 0; d < table.size; d += 1) {
    const km = reachKm(reach, d);
    if (Number.isNaN(km)) continue;
    const pop = table.pop[d] ?? 0;
    const within = km <= radiusKm;
    const withinComing = reachKm(reach, d, true) <= radiusKm;
    const c = context.city[d] ?? -1;
    let city = cities.get(c);
    if (c >= 0 && !city) {
      city = { key: c, ...emptyFigure() };
      cities.set(c, city);
    }
    const tier = context.tier[d] ?? -1;
    const groups = [
      total,
      tiers[tier < 0 ? TIER_GROUPS.length : tier],
      regions[context.region[d] ?? -1],
      city,
    ];
    for (const group of groups) {
      if (!group) continue;
      group.districts += 1;
      group.pop += pop;
      if (within) {
        group.within += 1;
        group.popWithin += pop;
      }
      if (withinComing) {
        group.withinComing += 1;
        group.popWithinComing += pop;
      }
    }
  }
  return {
    kind: reach.kind,
    radiusKm,
    total,
    byTier: tiers.filter((group) => group.districts > 0),
    byRegion: regions.filter((group) => group.districts > 0),
    byCity: [...cities.values()].sort((a, b) => a.key - b.key),
    openPoints: reach.points.open,
    comingPoints: reach.points.coming - reach.points.open,
  };
}

/** A district out of reach: beyond the radius from every open point of the kind in view. */
export interface WhitespaceRow {
  /** The district's row in the table. */
  district: number;
  /** Straight-line km to the nearest open point (Infinity: none in view). */
  km: number;
  /** The same counting the outlets still to come. */
  comingKm: number;
  /** Positions of those nearest outlets, or -1. */
  nearest: number;
  nearestComing: number;
  pop: number;
  /** The ranking weight: population proxy × distance (see `whitespaceRows`). */
  weight: number;
}

/**
 * The districts in scope farther than `radiusKm` from an open point of the reach's kind: the
 * holes in reach, the most people (population proxy) the farthest from it first. They are
 * ranked by population proxy × distance; with no open point in view at all, by population
 * proxy; ties (most districts have no proxy) by distance, then code.
 */
export function whitespaceRows(
  reach: Reach,
  table: DistrictTable,
  radiusKm: number,
): WhitespaceRow[] {
  const rows: WhitespaceRow[] = [];
  for (let d = 0; d < table.size; d += 1) {
    const km = reachKm(reach, d);
    if (Number.isNaN(km) || km <= radiusKm) continue;
    const pop = table.pop[d] ?? 0;
    rows.push({
      district: d,
      km,
      comingKm: reachKm(reach, d, true),
      nearest: reachNearest(reach, d),
      nearestComing: reachNearest(reach, d, true),
      pop,
      weight: Number.isFinite(km) ? pop * km : pop,
    });
  }
  return rows.sort(
    (a, b) =>
      b.weight - a.weight ||
      b.pop - a.pop ||
      b.km - a.km ||
      (table.id[a.district] ?? '').localeCompare(table.id[b.district] ?? ''),
  );
}
