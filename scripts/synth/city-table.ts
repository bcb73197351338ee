import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REGIONS, TIERS, type City, type Region, type Tier } from '../../src/data/domain/schema';
import { hashText, type NonEmpty } from './random';

/** A circle inside the city's prefecture where outlets may stand (see prefectures.csv). */
export interface LandDisk {
  lon: number;
  lat: number;
  radiusKm: number;
}

/** A city of the synthetic networks with where its outlets go and how many it attracts. */
export interface SynthCity {
  city: City;
  /** Whether its tier comes from data/sources/cities-reference.csv (else it is synthetic). */
  isReference: boolean;
  disks: NonEmpty<LandDisk>;
}

const PREFECTURE_COLUMNS = [
  ...['adcode', 'name_zh', 'name_en', 'province_zh', 'province_en', 'region', 'capital'],
  ...['lon', 'lat', 'land_disks'],
] as const;

const SOURCES = new URL('../../data/sources/', import.meta.url);

/** The 17 cities where the January 2024 article says partners were being recruited. */
const ARTICLE_RECRUITING = new Set([
  ...['320500', '500000', '330200', '320100', '330300', '320200', '610100', '440600'],
  ...['410100', '430100', '441900', '120000', '340100', '350200', '370200', '460100'],
  '130100',
]);
const ARTICLE_DATE = '2024-01-02';
/** Synthetic recruitment start dates of other cities, by tier (roughly as the rollout spreads). */
const RECRUITING_SINCE: readonly [string, ...string[]] = [
  '2024-06-03',
  '2024-11-18',
  '2025-04-07',
  '2025-09-15',
  '2026-02-02',
];

/**
 * Parses a simple CSV (no quoted fields) into records of the named columns; throws when a column
 * is missing or a line has the wrong number of fields.
 */
export function readCsv<K extends string>(
  text: string,
  columns: readonly K[],
): Record<K, string>[] {
  const [header = '', ...lines] = text.trim().split(/\r?\n/);
  const keys = header.split(',');
  const at = columns.map((column) => {
    const index = keys.indexOf(column);
    if (index < 0) throw new Error(`CSV has no column "${column}"`);
    return index;
  });
  return lines.map((line, number) => {
    const values = line.split(',');
    if (values.length !== keys.length)
      throw new Error(`CSV line ${number + 2}: ${values.length} fields, expected ${keys.length}`);
    return Object.fromEntries(
      columns.map((column, i) => [column, values[at[i] ?? 0] ?? '']),
    ) as Record<K, string>;
  });
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/**
 * Tier of a city without a cited one: provincial capitals are Tier 2; other cities Tier 3, 4 or
 * 5 (weighted 3:4:3), drawn from a hash of the adcode so that every seed sees the same tiers.
 */
function syntheticTier(adcode: string, isCapital: boolean): Tier {
  if (isCapital) return '2';
  const draw = (hashText(adcode) % 1000) / 1000;
  return draw < 0.3 ? '3' : draw < 0.7 ? '4' : '5';
}

function recruitment(adcode: string, tier: Tier, isReference: boolean): City['recruitment'] {
  if (ARTICLE_RECRUITING.has(adcode)) return { status: 'recruiting', since: ARTICLE_DATE };
  if (isReference || tier === '5') return { status: 'none' };
  // About a third of the other cities recruit partners, later the lower the tier.
  if (hashText(`recruiting-${adcode}`) % 3 !== 0) return { status: 'none' };
  const since = RECRUITING_SINCE[TIERS.indexOf(tier) - 1] ?? RECRUITING_SINCE[0];
  return { status: 'recruiting', since };
}

function parseDisks(text: string): NonEmpty<LandDisk> {
  const disks = text.split(';').map((disk) => {
    const [lon = NaN, lat = NaN, radiusKm = NaN] = disk.split(' ').map(Number);
    if (![lon, lat, radiusKm].every(Number.isFinite)) throw new Error(`bad land disk "${disk}"`);
    return { lon, lat, radiusKm };
  });
  const [first, ...rest] = disks;
  if (!first) throw new Error('a city needs at least one land disk');
  return [first, ...rest];
}

/**
 * The city table of the synthetic networks: the mainland prefecture-level units of
 * data/sources/prefectures.csv, with the cited 2023 tiers of the reference cities.
 */
export function loadSynthCities(): SynthCity[] {
  const read = <K extends string>(name: string, columns: readonly K[]) =>
    readCsv(readFileSync(fileURLToPath(new URL(name, SOURCES)), 'utf8'), columns);
  const references = read('cities-reference.csv', ['adcode', 'tier_2023']);
  const tiers = new Map(references.map((row) => [row.adcode, row.tier_2023]));
  const seen = new Set<string>();
  return read('prefectures.csv', PREFECTURE_COLUMNS).map((row) => {
    const adcode = row.adcode;
    const region = row.region as Region;
    if (!REGIONS.includes(region)) throw new Error(`${adcode}: unknown region ${region}`);
    const cited = tiers.get(adcode) as Tier | undefined;
    const tier = cited ?? syntheticTier(adcode, row.capital === '1');
    let id = slug(row.name_en);
    // Homonyms (two Suzhous, Taizhous, Fuzhous…): the later one takes its province too.
    if (seen.has(id)) id = `${id}-${slug(row.province_en)}`;
    seen.add(id);
    return {
      isReference: cited !== undefined,
      disks: parseDisks(row.land_disks),
      city: {
        id,
        name: { en: row.name_en, zh: row.name_zh },
        province: { en: row.province_en, zh: row.province_zh },
        adcode,
        region,
        tier,
        point: { lon: Number(row.lon), lat: Number(row.lat) },
        recruitment: recruitment(adcode, tier, cited !== undefined),
      },
    };
  });
}
