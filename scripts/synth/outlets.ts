import {
  STAGES,
  type City,
  type Outlet,
  type OutletKind,
  type StageDates,
  type Tier,
} from '../../src/data/domain/schema';
import type { SynthCity } from './city-table';
import { pick, pickWeighted, randomInt, randomNormal, type NonEmpty, type Random } from './random';

/** The rollout the synthetic stages are spread over; the last day is the dataset's as-of date. */
export const ROLLOUT = { start: '2023-12-01', end: '2026-06-30' } as const;

/** Relative pull of a city on outlets, by tier: Tier 1 cities get the most by far. */
const TIER_WEIGHT: Record<Tier, number> = { '1': 60, new1: 22, '2': 8, '3': 3, '4': 1.2, '5': 0.5 };
/** Days after the rollout start before a city of the tier plans its first outlet. */
const TIER_LAG_DAYS: Record<Tier, number> = {
  '1': 0,
  new1: 45,
  '2': 120,
  '3': 240,
  '4': 360,
  '5': 480,
};

/** Share of each kind: ~10% delivery centers, 45% partner stores, 45% fusion stores. */
const KIND_SHARES: NonEmpty<[OutletKind, number]> = [
  ['delivery-center', 0.1],
  ['partner-store', 0.45],
  ['fusion-store', 0.45],
];

interface KindText {
  prefix: string;
  services: Outlet['services'];
  name: (city: City, n: number) => Outlet['name'];
  operator: (city: City, n: number) => Outlet['operator'];
}

const XIAOMI = { en: 'Xiaomi', zh: '小米' };
const partnerLetter = (n: number) => String.fromCharCode(65 + (Math.floor((n - 1) / 3) % 26));

const KINDS: Record<OutletKind, KindText> = {
  'delivery-center': {
    prefix: 'dc',
    services: ['sales', 'delivery', 'after-sales'],
    name: (c, n) => ({
      en: `Xiaomi EV Delivery Center ${c.name.en} #${n}`,
      zh: `小米汽车${c.name.zh}${n}号交付中心`,
    }),
    operator: () => XIAOMI,
  },
  'partner-store': {
    prefix: 'ps',
    services: ['sales', 'after-sales'],
    name: (c, n) => ({
      en: `Xiaomi EV Sales & Service ${c.name.en} #${n}`,
      zh: `小米汽车${c.name.zh}${n}号销售服务店`,
    }),
    operator: (c, n) => ({
      en: `${c.name.en} partner ${partnerLetter(n)} (illustrative)`,
      zh: `${c.name.zh}合作伙伴${partnerLetter(n)}（示例）`,
    }),
  },
  'fusion-store': {
    prefix: 'fs',
    services: ['sales'],
    name: (c, n) => ({
      en: `Xiaomi Home ${c.name.en} #${n} (fusion)`,
      zh: `小米之家${c.name.zh}${n}号融合店`,
    }),
    operator: () => XIAOMI,
  },
};

const ROADS: NonEmpty<[string, string]> = [
  ['Renmin Road', '人民路'],
  ['Jiefang Road', '解放路'],
  ['Zhongshan Road', '中山路'],
  ['Jianshe Road', '建设路'],
  ['Heping Road', '和平路'],
  ['Xinhua Road', '新华路'],
  ['Wenhua Road', '文化路'],
  ['Changjiang Road', '长江路'],
  ['Huanghe Road', '黄河路'],
  ['Century Avenue', '世纪大道'],
];

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const START_DAY = dayOf(ROLLOUT.start);
const END_DAY = dayOf(ROLLOUT.end);

/**
 * How many outlets each city gets: `total` shared in proportion to tier weights, each jittered
 * (log-normal) so that cities of a tier differ; rounded by largest remainder to sum to `total`.
 */
export function planOutletCounts(
  cities: readonly SynthCity[],
  total: number,
  random: Random,
): number[] {
  const weights = cities.map(
    ({ city }) => TIER_WEIGHT[city.tier] * Math.exp(0.35 * randomNormal(random)),
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((weight) => {
    const exact = (total * weight) / sum;
    return { count: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let missing = total - shares.reduce((a, share) => a + share.count, 0);
  for (const share of [...shares].sort((a, b) => b.rest - a.rest)) {
    if (missing-- <= 0) break;
    share.count += 1;
  }
  return shares.map((share) => share.count);
}

/**
 * Stage dates in lifecycle order, each after the one before, none after the rollout's end:
 * planned between the city's start (later for lower tiers) and the end, more often late, then signed,
 * renovating and open at random intervals; 8% of open outlets close again, if time allows.
 */
function stageDates(tier: Tier, random: Random): { status: Outlet['status']; stages: StageDates } {
  const first = START_DAY + TIER_LAG_DAYS[tier];
  // Skewed late (u^0.6): the network grows faster as the rollout goes on.
  let day = first + Math.floor(random() ** 0.6 * (END_DAY - 5 - first));
  const gaps: Record<Exclude<Outlet['status'], 'planned'>, [number, number]> = {
    signed: [15, 90],
    renovating: [20, 90],
    open: [30, 120],
    closed: [90, 400],
  };
  const stages: StageDates = { planned: isoOf(day) };
  let status: Outlet['status'] = 'planned';
  for (const stage of STAGES.slice(1)) {
    if (stage === 'closed' && random() >= 0.08) break;
    day += randomInt(random, ...gaps[stage as keyof typeof gaps]);
    if (day > END_DAY) break;
    stages[stage] = isoOf(day);
    status = stage;
  }
  return { status, stages };
}

/** A point drawn uniformly from one of the city's land disks (bigger disks more often). */
function pointIn(city: SynthCity, random: Random): Outlet['point'] {
  const disk = pickWeighted(random, city.disks, (d) => d.radiusKm ** 2);
  const km = disk.radiusKm * Math.sqrt(random());
  const angle = 2 * Math.PI * random();
  const lat = disk.lat + (km * Math.cos(angle)) / 111.32;
  const lon = disk.lon + (km * Math.sin(angle)) / (111.32 * Math.cos((disk.lat * Math.PI) / 180));
  return { lon: Math.round(lon * 1e4) / 1e4, lat: Math.round(lat * 1e4) / 1e4 };
}

/** The outlets of one city, numbered per kind: `ps-luoyang-1`, `ps-luoyang-2`… */
export function* cityOutlets(city: SynthCity, count: number, random: Random): Generator<Outlet> {
  const numbers: Record<OutletKind, number> = {
    'delivery-center': 0,
    'partner-store': 0,
    'fusion-store': 0,
  };
  const { city: c } = city;
  for (let i = 0; i < count; i++) {
    const [kind] = pickWeighted(random, KIND_SHARES, ([, share]) => share);
    const n = (numbers[kind] += 1);
    const text = KINDS[kind];
    const [roadEn, roadZh] = pick(random, ROADS);
    const house = randomInt(random, 1, 999);
    yield {
      id: `${text.prefix}-${c.id}-${n}`,
      cityId: c.id,
      kind,
      name: text.name(c, n),
      operator: text.operator(c, n),
      ...stageDates(c.tier, random),
      services: text.services,
      address: {
        en: `No. ${house} ${roadEn}, ${c.name.en}`,
        zh: `${c.name.zh}${roadZh}${house}号`,
      },
      point: pointIn(city, random),
    };
  }
}
