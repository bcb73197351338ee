import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ZodType } from 'zod';
import {
  STAGES,
  citySchema,
  metaSchema,
  milestoneSchema,
  outletSchema,
  type City,
  type Milestone,
  type NetworkMeta,
  type Outlet,
} from '../../../../src/data/domain/schema';

/**
 * The bundled sample (data/sample-network.json, written by scripts/build-sample.mjs) checked
 * against the city reference table and the facts of the source article (January 2024).
 */

const read = (file: string) => readFileSync(path.resolve(process.cwd(), file), 'utf8');

interface RawDocument {
  meta: unknown;
  cities: unknown[];
  outlets: unknown[];
  milestones: unknown[];
}
const raw = JSON.parse(read('data/sample-network.json')) as RawDocument;
// Typed views for the fact checks; the schema tests below prove the shapes.
const meta = raw.meta as NetworkMeta;
const cities = raw.cities as City[];
const outlets = raw.outlets as Outlet[];
const milestones = raw.milestones as Milestone[];

// The reference table: plain CSV, no quoted fields (Xi'an has an apostrophe, not a comma).
const [headerLine = '', ...rows] = read('data/sources/cities-reference.csv').trim().split(/\r?\n/);
const header = headerLine.split(',');
const reference = rows.map(
  (row) =>
    Object.fromEntries(row.split(',').map((value, i) => [header[i], value])) as Record<
      string,
      string
    >,
);

/** The 17 recruitment cities named in the article. */
const ARTICLE_RECRUITMENT_CITIES = [
  'Suzhou',
  'Chongqing',
  'Ningbo',
  'Nanjing',
  'Wenzhou',
  'Wuxi',
  "Xi'an",
  'Foshan',
  'Zhengzhou',
  'Changsha',
  'Dongguan',
  'Tianjin',
  'Hefei',
  'Xiamen',
  'Qingdao',
  'Haikou',
  'Shijiazhuang',
];
const LETTERS_OF_INTENT = '2023-12-29';

function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const withoutShi = (name: string) => name.replace(/市$/, '');
const cityByAdcode = new Map(cities.map((city) => [city.adcode, city]));
const cityById = new Map(cities.map((city) => [city.id, city]));

/** Every record that fails its schema, as "where: why". */
function invalidRecords(label: string, records: unknown[], schema: ZodType): string[] {
  return records.flatMap((record, i) => {
    const result = schema.safeParse(record);
    return result.success ? [] : [`${label}[${i}]: ${result.error.message}`];
  });
}

describe('sample network: schema', () => {
  it('has the five top-level parts', () => {
    expect(Object.keys(raw).sort()).toEqual(['cities', 'meta', 'milestones', 'outlets', 'targets']);
    expect(Array.isArray(raw.cities) && Array.isArray(raw.outlets)).toBe(true);
  });

  it('passes the zod schema, record by record', () => {
    expect(metaSchema.safeParse(raw.meta).success).toBe(true);
    expect(invalidRecords('cities', raw.cities, citySchema)).toEqual([]);
    expect(invalidRecords('outlets', raw.outlets, outletSchema)).toEqual([]);
    expect(invalidRecords('milestones', raw.milestones, milestoneSchema)).toEqual([]);
  });

  it('says it is illustrative, as of the article, in WGS-84', () => {
    expect(meta.illustrative).toBe(true);
    expect(meta.asOf).toBe('2024-01-15');
    expect(meta.crs).toBe('WGS84');
    expect(meta.source).toMatch(/illustrative/i);
  });

  it('has unique city and outlet ids, and every outlet belongs to a city', () => {
    expect(new Set(cities.map((c) => c.id)).size).toBe(cities.length);
    expect(new Set(outlets.map((o) => o.id)).size).toBe(outlets.length);
    expect(outlets.filter((o) => !cityById.has(o.cityId)).map((o) => o.id)).toEqual([]);
  });
});

describe('sample network: cities against the reference table', () => {
  it('reads the reference table', () => {
    expect(header).toEqual(expect.arrayContaining(['adcode', 'city_zh', 'lat_wgs84', 'lon_wgs84']));
    expect(reference).toHaveLength(24);
  });

  it('has every reference city, by adcode', () => {
    const missing = reference.filter((ref) => !cityByAdcode.has(ref.adcode ?? ''));
    expect(missing.map((ref) => ref.city_en)).toEqual([]);
  });

  it('matches the reference names, tiers (of meta.tierYear) and points', () => {
    const tierColumn = `tier_${meta.tierYear}`;
    expect(header).toContain(tierColumn);
    for (const ref of reference) {
      const city = cityByAdcode.get(ref.adcode ?? '')!;
      const where = `${ref.city_en} (${ref.adcode})`;
      expect(withoutShi(city.name.zh), where).toBe(withoutShi(ref.city_zh ?? ''));
      expect(city.tier, where).toBe(ref[tierColumn]);
      const refPoint = { lat: Number(ref.lat_wgs84), lon: Number(ref.lon_wgs84) };
      expect(haversineKm(city.point, refPoint), where).toBeLessThan(30);
    }
  });

  it('marks exactly the 17 recruitment cities of the article as recruiting', () => {
    const expected = ARTICLE_RECRUITMENT_CITIES.map((name) => {
      const ref = reference.find((row) => row.city_en === name);
      expect(ref, name).toBeDefined();
      return ref!.adcode;
    });
    const recruiting = cities.filter((c) => c.recruitment.status === 'recruiting');
    expect(recruiting.map((c) => c.adcode).sort()).toEqual([...expected].sort());
    for (const city of recruiting) expect(city.recruitment.since! <= meta.asOf, city.id).toBe(true);
  });
});

describe('sample network: the rollout story', () => {
  const partnerStores = outlets.filter((o) => o.kind === 'partner-store');

  it('has the 14 partners of the letters of intent of 2023-12-29, in recruitment cities', () => {
    const firstBatch = partnerStores.filter((o) => o.stages.signed === LETTERS_OF_INTENT);
    expect(new Set(firstBatch.map((o) => o.operator.en)).size).toBe(14);
    const outside = firstBatch.filter(
      (o) => cityById.get(o.cityId)?.recruitment.status !== 'recruiting',
    );
    expect(outside.map((o) => o.id)).toEqual([]);
  });

  it('has a first batch of 2S stores under renovation by the as-of date', () => {
    const renovating = partnerStores.filter(
      (o) => o.status === 'renovating' && o.stages.renovating !== undefined,
    );
    expect(renovating.length).toBeGreaterThan(0);
    for (const o of renovating) expect(o.stages.renovating! <= meta.asOf, o.id).toBe(true);
  });

  it('puts every outlet within 40 km of its city', () => {
    const far = outlets.filter((o) => haversineKm(o.point, cityById.get(o.cityId)!.point) > 40);
    expect(far.map((o) => o.id)).toEqual([]);
  });

  it('dates every stage up to the status, in order, and none after the as-of date', () => {
    for (const outlet of outlets) {
      const reached =
        outlet.status === 'closed'
          ? ['closed']
          : STAGES.slice(0, STAGES.indexOf(outlet.status) + 1);
      const dated = STAGES.filter((stage) => outlet.stages[stage] !== undefined);
      expect(dated, outlet.id).toEqual(expect.arrayContaining(reached));
      const dates = dated.map((stage) => outlet.stages[stage]!);
      expect(dates, outlet.id).toEqual([...dates].sort());
      expect(
        dates.filter((date) => date > meta.asOf),
        outlet.id,
      ).toEqual([]);
    }
  });

  it('carries the milestones of the article', () => {
    expect(milestones.map((m) => m.date)).toEqual(['2023-12-29', '2024-01-02', '2024-01-15']);
    expect(milestones.every((m) => m.date <= meta.asOf)).toBe(true);
  });
});
