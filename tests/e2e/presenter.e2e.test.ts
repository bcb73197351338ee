import { readFileSync } from 'node:fs';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openApp,
  waitForIdle,
  type BrowserSession,
  type PageRecord,
} from './support/browser';
import { legendCounts } from './support/dashboard';
import { startStaticServer, type StaticServer } from './support/static-server';

type Kind = 'delivery-center' | 'partner-store' | 'fusion-store';
interface SampleCity {
  id: string;
  name: { en: string };
  tier: string;
  recruitment: { status: string };
}
interface SampleOutlet {
  cityId: string;
  kind: Kind;
  stages: Partial<Record<'planned' | 'signed' | 'renovating' | 'open' | 'closed', string>>;
  point: { lon: number; lat: number };
}

const sample = JSON.parse(readFileSync('data/sample-network.json', 'utf8')) as {
  meta: { asOf: string; title: { en: string; zh: string } };
  cities: SampleCity[];
  outlets: SampleOutlet[];
};

const KIND_NAMES: Record<Kind, string> = {
  'delivery-center': 'Delivery centers',
  'partner-store': 'Partner stores',
  'fusion-store': 'Fusion stores',
};

/** The legend counts of the sample at its as-of date for the cities that pass `keep`. */
function expectedCounts(keep: (city: SampleCity) => boolean): Record<string, number> {
  const cities = new Map(sample.cities.filter(keep).map((city) => [city.id, city]));
  const counts: Record<string, number> = {
    'Recruitment cities': [...cities.values()].filter((c) => c.recruitment.status === 'recruiting')
      .length,
    'Delivery centers': 0,
    'Partner stores': 0,
    'Fusion stores': 0,
  };
  const date = sample.meta.asOf;
  for (const outlet of sample.outlets) {
    if (!cities.has(outlet.cityId)) continue;
    const reached = Object.values(outlet.stages).some((day) => day <= date);
    const closed = outlet.stages.closed !== undefined && outlet.stages.closed <= date;
    if (reached && !closed) counts[KIND_NAMES[outlet.kind]]! += 1;
  }
  return counts;
}

const recruitmentCities = sample.cities.filter((city) => city.recruitment.status === 'recruiting');
const firstCity = recruitmentCities[0]!;
const TOUR_LENGTH = 2 + recruitmentCities.length;

interface View {
  lon: number;
  lat: number;
  zoom: number;
  width: number;
  height: number;
}

/** Waits until the camera has stopped (a tour step flies) and the map has drawn, then reads it. */
async function restingView(page: Page): Promise<View> {
  await page.waitForFunction(
    () => {
      const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } })
        .__channelAtlas;
      return !map.isMoving();
    },
    undefined,
    { timeout: 30_000, polling: 100 },
  );
  await waitForIdle(page);
  return page.evaluate(() => {
    const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } }).__channelAtlas;
    const center = map.getCenter();
    const canvas = map.getCanvas();
    return {
      lon: center.lng,
      lat: center.lat,
      zoom: map.getZoom(),
      width: canvas.clientWidth,
      height: canvas.clientHeight,
    };
  });
}

const TITLE = sample.meta.title.en;
const titleBar = (page: Page) => page.getByRole('region', { name: TITLE, exact: true });
const progress = (page: Page) => titleBar(page).getByRole('status');

/** Steps once with the keyboard and waits for the scene to be on screen. */
async function step(page: Page, expected: string): Promise<View> {
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => progress(page).innerText()).toMatch(expected);
  return restingView(page);
}

describe('presenter mode at 1440×900', () => {
  let server: StaticServer;
  let browser: BrowserSession;
  let record: PageRecord;
  let normalView: View;

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchBrowser({ viewport: { width: 1440, height: 900 } });
    record = await openApp(browser.page, server.url);
    normalView = await restingView(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('"Present" hides the header and the panels and shows the title bar over a wider map', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await titleBar(page).waitFor({ state: 'visible' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('complementary', { name: 'Filters' }).isVisible()).toBe(false);
    expect(await page.getByRole('complementary', { name: 'Insights' }).isVisible()).toBe(false);
    expect(await titleBar(page).getByRole('heading', { name: TITLE }).isVisible()).toBe(true);
    expect(await titleBar(page).innerText()).toContain('As of 15 Jan 2024');
    expect(await progress(page).innerText()).toBe(`${TOUR_LENGTH} scenes — press → to start`);
    // The map takes the room the panels left (MapLibre follows its container's size).
    const view = await restingView(page);
    expect(view.width).toBe(1440);
    expect(view.width).toBeGreaterThan(normalView.width + 500);
  });

  it('steps through the first three scenes with the keyboard, each with its view and figures', async () => {
    const { page } = browser;

    const national = await step(page, `1 / ${TOUR_LENGTH} National view`);
    expect(national.zoom).toBeLessThan(5);
    expect(national.lon).toBeGreaterThan(100);
    expect(national.lon).toBeLessThan(110);
    expect(await legendCounts(page)).toEqual(expectedCounts(() => true));
    expect(await titleBar(page).innerText()).toContain('All outlets, no filters');

    const tier1 = await step(page, `2 / ${TOUR_LENGTH} Tier 1 cities`);
    expect(tier1.zoom).toBeCloseTo(national.zoom, 1);
    const tier1Counts = expectedCounts((city) => city.tier === '1');
    expect(tier1Counts['Delivery centers']).toBeGreaterThan(0);
    expect(await legendCounts(page)).toEqual(tier1Counts);
    expect(await titleBar(page).innerText()).toMatch(/\nTier 1\n/);

    const city = await step(page, `3 / ${TOUR_LENGTH} ${firstCity.name.en}`);
    const points = sample.outlets.filter((o) => o.cityId === firstCity.id).map((o) => o.point);
    const lons = points.map((p) => p.lon);
    const lats = points.map((p) => p.lat);
    expect(city.zoom).toBeGreaterThan(8);
    expect(city.lon).toBeGreaterThan(Math.min(...lons) - 0.2);
    expect(city.lon).toBeLessThan(Math.max(...lons) + 0.2);
    expect(city.lat).toBeGreaterThan(Math.min(...lats) - 0.2);
    expect(city.lat).toBeLessThan(Math.max(...lats) + 0.2);
    expect(await legendCounts(page)).toEqual(expectedCounts(() => true));
    expect(await titleBar(page).innerText()).toContain(`${firstCity.name.en}, `);
  });

  it('Escape brings the normal layout back, the focus on "Present"', async () => {
    const { page } = browser;
    await page.keyboard.press('Escape');
    await titleBar(page).waitFor({ state: 'detached' });
    expect(await page.getByRole('banner').isVisible()).toBe(true);
    expect(await page.getByRole('complementary', { name: 'Filters' }).isVisible()).toBe(true);
    const present = page.getByRole('button', { name: 'Present', exact: true });
    expect(await present.evaluate((button) => button === document.activeElement)).toBe(true);
    const view = await restingView(page);
    expect(view.width).toBe(normalView.width);
  });

  it('P presents in Chinese too, and leaves again', async () => {
    const { page } = browser;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    // P types into the language select; from a button it presents.
    await page.getByRole('button', { name: '演示', exact: true }).focus();
    await page.keyboard.press('p');
    const bar = page.getByRole('region', { name: sample.meta.title.zh, exact: true });
    await bar.waitFor({ state: 'visible' });
    expect(await bar.innerText()).toContain('截至 2024年1月15日');
    await page.keyboard.press('p');
    await bar.waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  });

  it('logged no console errors or page errors along the way', () => {
    expect(record.pageErrors, 'page errors').toEqual([]);
    expect(record.consoleErrors, 'console errors').toEqual([]);
  });
});
