import { readFileSync } from 'node:fs';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openApp,
  waitForIdle,
  type BrowserSession,
  type PageRecord,
} from './support/browser';
import {
  filterCheckbox,
  keyFiguresSection,
  legendCounts,
  legendRegion,
  listToggleCount,
  readKeyFigures,
} from './support/dashboard';
import { startStaticServer, type StaticServer } from './support/static-server';

type Kind = 'delivery-center' | 'partner-store' | 'fusion-store';
type Stage = 'planned' | 'signed' | 'renovating' | 'open' | 'closed';

interface SampleCity {
  id: string;
  tier: string;
  recruitment: { status: string; since?: string };
}

interface SampleOutlet {
  cityId: string;
  kind: Kind;
  stages: Partial<Record<Stage, string>>;
}

const sample = JSON.parse(readFileSync('data/sample-network.json', 'utf8')) as {
  meta: { asOf: string };
  cities: SampleCity[];
  outlets: SampleOutlet[];
};

const KINDS: Kind[] = ['delivery-center', 'partner-store', 'fusion-store'];
const KIND_NAMES: Record<Kind, string> = {
  'delivery-center': 'Delivery centers',
  'partner-store': 'Partner stores',
  'fusion-store': 'Fusion stores',
};

/** What the map draws, read from MapLibre itself: rendered features per layer. */
interface Drawn {
  /** Cities the bubbles stand for: a group feature is its leader and `extra` more. */
  cities: number;
  /** The positions of those cities in the dataset. */
  members: number[];
  /** The outlets the city bubbles' labels count, summed. */
  bubbleOutlets: number;
  /** Distinct outlets drawn per kind (dot and symbol layers together). */
  outlets: Record<Kind, number>;
}

async function drawn(page: Page): Promise<Drawn> {
  return page.evaluate((kinds) => {
    const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } }).__channelAtlas;
    const bubbles = new Map<
      unknown,
      { c: number; extra: number; members: string; count: number }
    >();
    for (const feature of map.queryRenderedFeatures({ layers: ['cities-bubble'] }))
      bubbles.set(feature.id, feature.properties as never);
    const members: number[] = [];
    let cities = 0;
    let bubbleOutlets = 0;
    for (const { c, extra, members: list, count } of bubbles.values()) {
      cities += 1 + Number(extra);
      bubbleOutlets += Number(count);
      members.push(...(Number(extra) > 0 ? String(list).split(',').map(Number) : [Number(c)]));
    }
    const outlets = {} as Record<string, number>;
    for (const kind of kinds) {
      const layers = [`outlets-${kind}`, `outlets-${kind}-dot`].filter((id) => map.getLayer(id));
      const ids = new Set(map.queryRenderedFeatures({ layers }).map((feature) => feature.id));
      outlets[kind] = ids.size;
    }
    return { cities, members, bubbleOutlets, outlets: outlets as Record<Kind, number> };
  }, KINDS);
}

/** The stage an outlet had reached on `date`, or null (as the product defines it). */
function stageOn(outlet: SampleOutlet, date: string): Stage | null {
  for (const stage of ['closed', 'open', 'renovating', 'signed', 'planned'] as const) {
    const day = outlet.stages[stage];
    if (day !== undefined && day <= date) return stage;
  }
  return null;
}

/** product.md's words, applied to the sample on its own: the test's independent reading. */
function recruitingOn(city: SampleCity, date: string): boolean {
  return city.recruitment.status === 'recruiting' && (city.recruitment.since ?? '') <= date;
}

function hasPartnerSigned(city: SampleCity, date: string): boolean {
  return sample.outlets.some((outlet) => {
    if (outlet.cityId !== city.id || outlet.kind !== 'partner-store') return false;
    const stage = stageOn(outlet, date);
    return stage !== null && stage !== 'planned' && stage !== 'closed';
  });
}

/** The figures and legend on screen that count cities, as numbers ("—" reads as 0). */
async function cityFigures(page: Page) {
  const legend = legendRegion(page);
  const key = legend.getByRole('button', { name: 'Key', exact: true });
  if ((await key.count()) > 0 && (await key.getAttribute('aria-expanded')) === 'false')
    await key.click();
  const keyCount = async (name: string) =>
    Number(await legend.locator(`[data-key="${name}"] .map-legend__key-count`).innerText());
  const text = await keyFiguresSection(page).innerText();
  const covered = /^([\d,]+)\s*\/\s*([\d,]+)\s+recruitment cit(?:y|ies) covered$/m.exec(text);
  const gaps = /^([\d,]+|—)\s+recruitment cit(?:y|ies) without a partner store$/m.exec(text);
  if (!gaps) throw new Error(`No partner-gap figure in the key figures:\n${text}`);
  return {
    legendRecruiting: await keyCount('recruiting'),
    legendGaps: await keyCount('gap'),
    figureRecruiting: covered ? Number(covered[2]) : 0,
    figureGaps: gaps[1] === '—' ? 0 : Number(gaps[1]),
    text,
  };
}

/** Every count on screen against what the map drew, for the sample on `date`. */
async function expectCountsMatchMap(page: Page, date: string, keep: (city: SampleCity) => boolean) {
  const map = await drawn(page);
  const legend = await legendCounts(page);
  const figures = await readKeyFigures(page);
  const cities = await cityFigures(page);

  // The legend counts the bubbles drawn (groups by their members) and the outlets drawn.
  expect(legend.Cities, 'cities').toBe(map.cities);
  for (const kind of KINDS) {
    expect(legend[KIND_NAMES[kind]], `legend: ${kind}`).toBe(map.outlets[kind]);
    expect(figures.byKind[KIND_NAMES[kind] as keyof typeof figures.byKind], kind).toBe(
      map.outlets[kind],
    );
  }
  const outlets = KINDS.reduce((sum, kind) => sum + map.outlets[kind], 0);
  expect(figures.outlets).toBe(outlets);
  expect(map.bubbleOutlets, 'the bubbles’ labels').toBe(outlets);
  expect(await listToggleCount(page)).toBe(outlets);

  // Recruitment cities (the stronger edge) and partner gaps (the hollow rings): the cities the
  // map drew that recruit on the date, and of them those without a partner store signed yet.
  const drawnCities = map.members.map((c) => sample.cities[c]!);
  expect(drawnCities.every(keep), 'only the cities the filters keep').toBe(true);
  const recruiting = drawnCities.filter((city) => recruitingOn(city, date));
  const gaps = recruiting.filter((city) => !hasPartnerSigned(city, date));
  expect(cities.legendRecruiting, 'legend: recruiting').toBe(recruiting.length);
  expect(cities.figureRecruiting, 'figure: recruitment cities').toBe(recruiting.length);
  expect(cities.legendGaps, 'legend: gaps').toBe(gaps.length);
  expect(cities.figureGaps, 'figure: gaps').toBe(gaps.length);
  // Every city recruiting on the date that the filters keep is drawn.
  expect(recruiting.length).toBe(
    sample.cities.filter((city) => keep(city) && recruitingOn(city, date)).length,
  );
  return { map, cities };
}

describe('the counts on screen are what the map draws', () => {
  let server: StaticServer;
  let session: BrowserSession | undefined;
  let record: PageRecord | undefined;

  beforeAll(async () => {
    server = await startStaticServer();
  });
  afterEach(async () => {
    try {
      expect(record?.pageErrors, 'page errors').toEqual([]);
      expect(record?.consoleErrors, 'console errors').toEqual([]);
    } finally {
      await session?.close();
      session = undefined;
      record = undefined;
    }
  });
  afterAll(async () => {
    await server.close();
  });

  async function open(path = ''): Promise<Page> {
    session = await launchBrowser();
    record = await openApp(session.page, server.url, { path });
    return session.page;
  }

  it('with no filter, at the national view', async () => {
    const page = await open();
    const { map, cities } = await expectCountsMatchMap(page, sample.meta.asOf, () => true);
    expect(map.cities).toBe(sample.cities.length);
    // Covered and the partner gap read as two facts, each with its definition beside it.
    expect(cities.text).toMatch(/Covered: an outlet of any type signed or later by 15 Jan 2024/);
    expect(cities.text).toMatch(/Partner gap: no partner store signed or later by 15 Jan 2024/);
  });

  it('with Tier 1, which leaves no recruitment city, and says so', async () => {
    const page = await open();
    await filterCheckbox(page, 'City tier', 'Tier 1').check();
    await waitForIdle(page);
    const isTier1 = (city: SampleCity) => city.tier === '1';
    const { map, cities } = await expectCountsMatchMap(page, sample.meta.asOf, isTier1);
    expect(map.cities).toBe(sample.cities.filter(isTier1).length);
    expect(cities.figureRecruiting).toBe(0);
    expect(cities.text).toMatch(/^No recruitment city in view$/m);
    expect(cities.text).not.toMatch(/0 \/ 0/);
  });

  it('on a date in 2023, before recruitment opened', async () => {
    const date = '2023-10-21';
    const page = await open(`?asof=${date}`);
    const { map, cities } = await expectCountsMatchMap(page, date, () => true);
    // No city recruits before 2 Jan 2024: no stronger edge, no hollow ring.
    expect(cities.legendRecruiting).toBe(0);
    expect(cities.legendGaps).toBe(0);
    expect(cities.text).toMatch(/^No city recruiting partners yet on 21 Oct 2023$/m);
    expect(cities.text).toMatch(/Partner recruitment opens on 2 Jan 2024/);
    const recruitingBubbles = await page.evaluate(() => {
      const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } })
        .__channelAtlas;
      return map
        .queryRenderedFeatures({ layers: ['cities-bubble'] })
        .filter((feature) => feature.properties.recruiting === true).length;
    });
    expect(recruitingBubbles).toBe(0);
    expect(map.cities).toBeLessThan(sample.cities.length);
  });
});
