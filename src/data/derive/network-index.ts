import { recruitingFrom, tierGroupOf, TIER_GROUPS } from '../domain/filters';
import {
  OUTLET_KINDS,
  REGIONS,
  STAGES,
  type LocalizedText,
  type Network,
  type OutletKind,
  type Region,
  type Stage,
} from '../domain/schema';

/** Stands for "never reached" in the stage days: later than any real date. */
export const NEVER_DAY = 1_000_000;
/** Stands for "from the start" in the recruitment days: earlier than any real date. */
export const ALWAYS_DAY = -1_000_000;
const NEVER_MONTH = 1_000_000;

/** Days since 1970-01-01 for an ISO date: expressions and passes compare numbers, not strings. */
export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
}

/** Months since year 0 of an ISO date (YYYY-MM…), read digit by digit. */
export function monthNumber(date: string): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  return year * 12 + (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48) - 1;
}

/** A month number back as YYYY-MM. */
export function monthKey(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

export const STAGE_COUNT = STAGES.length;
export const KIND_COUNT = OUTLET_KINDS.length;
export const STAGE_CODE = Object.fromEntries(STAGES.map((stage, i) => [stage, i])) as Record<
  Stage,
  number
>;
export const KIND_CODE = Object.fromEntries(OUTLET_KINDS.map((kind, i) => [kind, i])) as Record<
  OutletKind,
  number
>;
export const TIER_GROUP_CODE = Object.fromEntries(TIER_GROUPS.map((g, i) => [g, i])) as Record<
  (typeof TIER_GROUPS)[number],
  number
>;
export const REGION_CODE = Object.fromEntries(REGIONS.map((region, i) => [region, i])) as Record<
  Region,
  number
>;

/** A province present in the dataset, keyed by its English name as `Filters.provinces` is. */
export interface ProvinceEntry {
  key: string;
  label: LocalizedText;
}

/**
 * The network in columns, built once per dataset: per outlet its city, kind and the day and
 * month each stage was reached (`STAGES` order, five per outlet); per city its tier group,
 * region, province and the day its recruitment starts. A filter change is then one pass of
 * integer comparisons.
 */
export interface NetworkIndex {
  network: Network;
  /** Outlets in `network.outlets`. */
  size: number;
  /** Position of each outlet's city in `network.cities`; -1 when the city is unknown. */
  city: Int32Array;
  /** Position of each outlet's kind in `OUTLET_KINDS`. */
  kind: Uint8Array;
  /** `days[i * STAGE_COUNT + STAGE_CODE[stage]]`: the day the stage was reached, or NEVER_DAY. */
  days: Int32Array;
  /** The same as month numbers, or a value beyond any date. */
  months: Int32Array;
  cityTierGroup: Uint8Array;
  cityRegion: Uint8Array;
  cityProvince: Uint16Array;
  /**
   * The day each city recruits partners from (`recruitingFrom`): ALWAYS_DAY for a recruiting
   * city without a date, NEVER_DAY for one that does not recruit. Whether a city recruits on a
   * date is `DatedFacts.cityRecruiting`, never this compared again elsewhere.
   */
  cityRecruitingFrom: Int32Array;
  /** Outlet positions grouped by city (dataset order within a city); outlets of unknown cities left out. */
  byCity: Uint32Array;
  /** Where each city's outlets start in `byCity`; `cityStart[cities.length]` is the end. */
  cityStart: Uint32Array;
  /** Position of each city id in `network.cities`. */
  cityPosition: ReadonlyMap<string, number>;
  /** Provinces in the order of first appearance in `network.cities`. */
  provinces: ProvinceEntry[];
  /** The earliest month any outlet reached any stage, or NEVER when there is none. */
  firstMonth: number;
  /** The earliest date any outlet reached any stage, or null. */
  firstDate: string | null;
}

const indexes = new WeakMap<Network, NetworkIndex>();

/** The index of a dataset, built on first use and kept as long as the dataset. */
export function networkIndex(network: Network): NetworkIndex {
  let index = indexes.get(network);
  if (!index) {
    index = buildNetworkIndex(network);
    indexes.set(network, index);
  }
  return index;
}

function buildNetworkIndex(network: Network): NetworkIndex {
  const { cities, outlets } = network;
  const cityPosition = new Map<string, number>();
  const provinces: ProvinceEntry[] = [];
  const provincePosition = new Map<string, number>();
  const cityTierGroup = new Uint8Array(cities.length);
  const cityRegion = new Uint8Array(cities.length);
  const cityProvince = new Uint16Array(cities.length);
  const cityRecruitingFrom = new Int32Array(cities.length);
  cities.forEach((city, i) => {
    if (!cityPosition.has(city.id)) cityPosition.set(city.id, i);
    let province = provincePosition.get(city.province.en);
    if (province === undefined) {
      province = provinces.length;
      provincePosition.set(city.province.en, province);
      provinces.push({ key: city.province.en, label: city.province });
    }
    cityTierGroup[i] = TIER_GROUP_CODE[tierGroupOf(city.tier)];
    cityRegion[i] = REGION_CODE[city.region];
    cityProvince[i] = province;
    const from = recruitingFrom(city);
    cityRecruitingFrom[i] = from === null ? NEVER_DAY : from === '' ? ALWAYS_DAY : dayNumber(from);
  });

  // A dataset has a few hundred distinct dates: each is parsed once.
  const parsed = new Map<string, [number, number]>();
  const dateNumbers = (date: string): [number, number] => {
    let numbers = parsed.get(date);
    if (!numbers) {
      numbers = [dayNumber(date), monthNumber(date)];
      parsed.set(date, numbers);
    }
    return numbers;
  };

  const size = outlets.length;
  const city = new Int32Array(size);
  const kind = new Uint8Array(size);
  const days = new Int32Array(size * STAGE_COUNT).fill(NEVER_DAY);
  const months = new Int32Array(size * STAGE_COUNT).fill(NEVER_MONTH);
  let firstDate: string | null = null;
  for (let i = 0; i < size; i += 1) {
    const outlet = outlets[i];
    if (!outlet) continue;
    city[i] = cityPosition.get(outlet.cityId) ?? -1;
    kind[i] = KIND_CODE[outlet.kind];
    const { stages } = outlet;
    for (let s = 0; s < STAGE_COUNT; s += 1) {
      const stage = STAGES[s];
      const date = stage && stages[stage];
      if (!date) continue;
      const [day, month] = dateNumbers(date);
      days[i * STAGE_COUNT + s] = day;
      months[i * STAGE_COUNT + s] = month;
      if (firstDate === null || date < firstDate) firstDate = date;
    }
  }
  // Grouped by city with a counting sort: a pass can then skip the cities a filter leaves out.
  const cityStart = new Uint32Array(cities.length + 1);
  for (let i = 0; i < size; i += 1) {
    const c = city[i] ?? -1;
    if (c >= 0) cityStart[c + 1] = (cityStart[c + 1] ?? 0) + 1;
  }
  for (let c = 0; c < cities.length; c += 1)
    cityStart[c + 1] = (cityStart[c + 1] ?? 0) + (cityStart[c] ?? 0);
  const byCity = new Uint32Array(cityStart[cities.length] ?? 0);
  const next = cityStart.slice(0, cities.length);
  for (let i = 0; i < size; i += 1) {
    const c = city[i] ?? -1;
    if (c < 0) continue;
    byCity[next[c] ?? 0] = i;
    next[c] = (next[c] ?? 0) + 1;
  }
  return {
    network,
    size,
    city,
    byCity,
    cityStart,
    kind,
    days,
    months,
    cityTierGroup,
    cityRegion,
    cityProvince,
    cityRecruitingFrom,
    cityPosition,
    provinces,
    firstMonth: firstDate === null ? NEVER_MONTH : monthNumber(firstDate),
    firstDate,
  };
}
