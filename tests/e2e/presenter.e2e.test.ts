import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectedView, readSample, type SampleCity } from './fixtures/datasets';
import { expectedChanges, expectedPlan } from './fixtures/plan';
import { appSuite } from './support/app';
import { onMap, waitForIdle, whenIdle } from './support/browser';
import { legendCounts } from './support/dashboard';

const sample = readSample();

/** The legend counts of the sample at its as-of date for the cities that pass `keep`. */
const expectedCounts = (keep: (city: SampleCity) => boolean) =>
  expectedView(sample, { city: keep }).legend;

const recruitmentCities = sample.cities.filter((city) => city.recruitment.status === 'recruiting');
const firstCity = recruitmentCities[0]!;
// The national view, the plan, the changes since the last milestone, Tier 1, each city, then
// the whitespace of the recruitment cities.
const TOUR_LENGTH = 5 + recruitmentCities.length;

interface View {
  lon: number;
  lat: number;
  zoom: number;
  width: number;
  height: number;
}

/**
 * Waits until the camera has stopped (a tour step flies; the flight starts in the task of the
 * step) and the map has drawn, then reads it.
 */
async function restingView(page: Page): Promise<View> {
  await page.waitForFunction(
    () =>
      !(
        window as unknown as { __channelAtlas: { map: { isMoving: () => boolean } } }
      ).__channelAtlas.map.isMoving(),
    undefined,
    { timeout: 30_000, polling: 'raf' },
  );
  await whenIdle(page);
  return onMap(page, (map) => {
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
/** The presenter's title bar, named by its title: the dataset's, or a comparison in words. */
const titleBar = (page: Page) =>
  page.getByRole('region').filter({ has: page.locator('#presenter-title') });
const progress = (page: Page) => titleBar(page).getByRole('status');

/** Steps once with the keyboard and waits for the scene to be on screen. */
async function step(page: Page, expected: string): Promise<View> {
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => progress(page).innerText()).toMatch(expected);
  return restingView(page);
}

/** Presents with the header's "Present" button and waits for the title bar. */
async function present(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await titleBar(page).waitFor({ state: 'visible' });
}

describe('presenter mode at 1440×900', () => {
  const app = appSuite();

  it('"Present" hides the header and the panels and shows the title bar over a wider map', async () => {
    const { page } = await app.open();
    const normalView = await restingView(page);
    await present(page);
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

  it('steps through the first scenes with the keyboard, each with its view and figures', async () => {
    const { page } = await app.open();
    await present(page);

    const national = await step(page, `1 / ${TOUR_LENGTH} National view`);
    expect(national.zoom).toBeLessThan(5);
    expect(national.lon).toBeGreaterThan(100);
    expect(national.lon).toBeLessThan(110);
    expect(await legendCounts(page)).toEqual(expectedCounts(() => true));
    expect(await titleBar(page).innerText()).toContain('All outlets, no filters');

    // The plan: the recruitment cities, how many are on plan and which are not, in words.
    await step(page, `2 / ${TOUR_LENGTH} On plan`);
    const plan = expectedPlan(sample, sample.meta.asOf);
    const names = (status: string) =>
      plan.attention
        .filter((row) => row.status === status)
        .map((row) => row.name)
        .join(', ');
    const planLine = `${plan.citiesOnPlan} of ${plan.cities} cities on plan · Behind: ${names('behind')} · At risk: ${names('at-risk')}`;
    expect(await titleBar(page).innerText()).toContain(planLine);
    expect(await titleBar(page).innerText()).toContain('Recruitment cities only');

    // What changed since the last milestone, said in the title; the map haloes the outlets.
    await step(page, `3 / ${TOUR_LENGTH} Changes since 2 Jan 2024`);
    const changes = expectedChanges(sample, '2024-01-02', sample.meta.asOf);
    const heading = await titleBar(page).getByRole('heading', { level: 1 }).innerText();
    expect(heading).toMatch(/^Changes 2 Jan – 15 Jan 2024: /);
    expect(heading).toContain(`${changes.byType.new} new`);
    expect(await titleBar(page).innerText()).toContain(TITLE);
    const haloed = await onMap(
      page,
      (map) =>
        new Set(map.queryRenderedFeatures({ layers: ['outlet-changes'] }).map((f) => f.id)).size,
    );
    expect(haloed).toBe(changes.outlets.length);

    const tier1 = await step(page, `4 / ${TOUR_LENGTH} Tier 1 cities`);
    // The country again (framed for the title bar of the scene before it: within a zoom step).
    expect(Math.abs(tier1.zoom - national.zoom)).toBeLessThan(0.5);
    expect(tier1.lon).toBeGreaterThan(100);
    expect(tier1.lon).toBeLessThan(110);
    const tier1Counts = expectedCounts((city) => city.tier === '1');
    expect(tier1Counts['Delivery centers']).toBeGreaterThan(0);
    expect(await legendCounts(page)).toEqual(tier1Counts);
    expect(await titleBar(page).innerText()).toMatch(/\nTier 1\n/);

    const city = await step(page, `5 / ${TOUR_LENGTH} ${firstCity.name.en}`);
    const points = sample.outlets.filter((o) => o.cityId === firstCity.id).map((o) => o.point!);
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
    const { page } = await app.open();
    const normalView = await restingView(page);
    await present(page);
    await page.keyboard.press('Escape');
    await titleBar(page).waitFor({ state: 'detached' });
    expect(await page.getByRole('banner').isVisible()).toBe(true);
    expect(await page.getByRole('complementary', { name: 'Filters' }).isVisible()).toBe(true);
    const button = page.getByRole('button', { name: 'Present', exact: true });
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    const view = await restingView(page);
    expect(view.width).toBe(normalView.width);
  });

  it('switches language from the title bar without leaving, the map labels too', async () => {
    const { page } = await app.open();
    await present(page);
    await titleBar(page).getByRole('button', { name: 'Show in Chinese', exact: true }).click();
    const bar = page.getByRole('region', { name: sample.meta.title.zh, exact: true });
    await bar.waitFor({ state: 'visible' });
    expect(await bar.innerText()).toContain('截至 2024年1月15日');
    await waitForIdle(page);
    const names = await onMap(page, (map) =>
      map
        .queryRenderedFeatures({ layers: ['cities-label'] })
        .map((feature) => String(feature.properties.name)),
    );
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/[\u4e00-\u9fff]/);
    await bar.getByRole('button', { name: '切换为英文', exact: true }).click();
    await titleBar(page).waitFor({ state: 'visible' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
  });

  it('P presents in Chinese too, and leaves again', async () => {
    const { page } = await app.open();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    // P types into the language select; from a button it presents.
    await page.getByRole('button', { name: '演示', exact: true }).focus();
    await page.keyboard.press('p');
    const bar = page.getByRole('region', { name: sample.meta.title.zh, exact: true });
    await bar.waitFor({ state: 'visible' });
    expect(await bar.innerText()).toContain('截至 2024年1月15日');
    await page.keyboard.press('p');
    await bar.waitFor({ state: 'detached' });
  });
});
