import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSample } from './fixtures/datasets';
import { appSuite, PHONE } from './support/app';
import { chooseTheme, jumpTo, onMap } from './support/browser';
import { keyFiguresSection, urlParams } from './support/dashboard';
import {
  camera,
  CITY_GROUP_MAX_ZOOM,
  cityFeatureId,
  degreesApart,
  findCityBubblePoint,
  waitForCameraRest,
} from './support/map-camera';

/** Suzhou in the sample data, and its position among the cities (its bubble's feature id). */
const SUZHOU = { id: 'suzhou', lon: 120.5954, lat: 31.3041 };
const SUZHOU_POSITION = readSample().cities.findIndex((city) => city.id === SUZHOU.id);
/** How far from Suzhou the framed view's center may be (its outlets spread around the city). */
const MAX_CENTER_OFFSET_DEG = 0.5;
/** Framing a city zooms in further than this. */
const CITY_ZOOM = 7;

const insights = (page: Page) => page.getByRole('complementary', { name: 'Insights', exact: true });
const cityHeading = (page: Page, name: string) =>
  insights(page).getByRole('heading', { level: 2, name, exact: true });

/** Reads the city panel: open, titled Suzhou, with its Chinese name, instead of the key figures. */
async function expectSuzhouPanel(page: Page): Promise<void> {
  await cityHeading(page, 'Suzhou').waitFor({ timeout: 10_000 });
  const panel = insights(page).getByRole('region', { name: 'Suzhou', exact: true });
  expect(await panel.getByText('苏州', { exact: true }).count()).toBe(1);
  expect(await panel.getByRole('button', { name: 'Close city', exact: true }).count()).toBe(1);
  expect(await keyFiguresSection(page).count(), 'the key figures make way').toBe(0);
}

async function expectFramedOnSuzhou(page: Page): Promise<void> {
  await waitForCameraRest(page, { minZoom: CITY_ZOOM });
  const view = await camera(page);
  console.log(`[e2e] framed Suzhou at ${JSON.stringify(view)}`);
  expect(view.zoom).toBeGreaterThan(CITY_ZOOM);
  expect(degreesApart(view, SUZHOU), 'center near Suzhou (degrees)').toBeLessThan(
    MAX_CENTER_OFFSET_DEG,
  );
}

describe('the city panel at 1440×900', () => {
  const app = appSuite();

  it('opens Suzhou from the city search by keyboard, flies there, and closes with Escape', async () => {
    const { page } = await app.open();
    const search = page.getByRole('combobox', { name: 'Search cities', exact: true });
    await search.click();
    await search.pressSequentially('sz', { delay: 50 });
    const listbox = page.getByRole('listbox', { name: 'Matching cities', exact: true });
    const options = listbox.getByRole('option');
    await options.first().waitFor({ timeout: 10_000 });
    const names = await options.allInnerTexts();
    console.log(`[e2e] "sz" suggests: ${names.map((text) => text.split(/\s/)[0]).join(', ')}`);
    expect(
      names.some((text) => text.startsWith('Suzhou')),
      'Suzhou among the matches',
    ).toBe(true);

    // The first match is highlighted as one types; ArrowDown moves on until Suzhou is.
    const highlighted = listbox.getByRole('option', { selected: true });
    for (let step = 0; step < names.length; step += 1) {
      if ((await highlighted.innerText()).startsWith('Suzhou')) break;
      await search.press('ArrowDown');
    }
    expect(await highlighted.innerText()).toMatch(/^Suzhou/);
    expect(await search.getAttribute('aria-activedescendant')).toBe(
      await highlighted.getAttribute('id'),
    );
    await search.press('Enter');

    await expectSuzhouPanel(page);
    expect(await search.inputValue(), 'the search is cleared').toBe('');
    expect(await search.getAttribute('aria-expanded')).toBe('false');
    await expectFramedOnSuzhou(page);
    await expect.poll(() => urlParams(page)).toEqual({ city: SUZHOU.id });

    await page.keyboard.press('Escape');
    await cityHeading(page, 'Suzhou').waitFor({ state: 'detached', timeout: 10_000 });
    await keyFiguresSection(page).waitFor({ timeout: 10_000 });
    await expect.poll(() => urlParams(page)).toEqual({});
  });

  it('rings the bubble of a city opened from a link, and keeps the ring through a theme change', async () => {
    const { page } = await app.open(`?city=${SUZHOU.id}`);
    await expectSuzhouPanel(page);
    const suzhouState = () =>
      onMap(
        page,
        (map, id) => map.getFeatureState({ source: 'cities', id }),
        cityFeatureId(SUZHOU_POSITION),
      );
    expect(await suzhouState()).toMatchObject({ selected: true });
    await chooseTheme(page, 'dark');
    expect(await suzhouState()).toMatchObject({ selected: true });
  });

  it('opens Suzhou when its bubble on the map is clicked', async () => {
    const { page } = await app.open();
    let point = await findCityBubblePoint(page, SUZHOU_POSITION, [SUZHOU.lon, SUZHOU.lat]);
    if (!point) {
      // At the national view Suzhou is one of the Shanghai group: come closer.
      await jumpTo(page, { center: [SUZHOU.lon, SUZHOU.lat], zoom: CITY_GROUP_MAX_ZOOM });
      point = await findCityBubblePoint(page, SUZHOU_POSITION, [SUZHOU.lon, SUZHOU.lat]);
    }
    expect(point, "a point on Suzhou's bubble that a click reaches").not.toBeNull();
    await page.mouse.click(point!.x, point!.y);

    await expectSuzhouPanel(page);
    await expectFramedOnSuzhou(page);

    await insights(page).getByRole('button', { name: 'Close city', exact: true }).click();
    await cityHeading(page, 'Suzhou').waitFor({ state: 'detached', timeout: 10_000 });
    await keyFiguresSection(page).waitFor({ timeout: 10_000 });
  });
});

describe('the city panel on a phone at 390×844', () => {
  const app = appSuite();
  const insightsTab = (page: Page) =>
    page
      .getByRole('navigation', { name: 'Panels', exact: true })
      .getByRole('button', { name: 'Insights', exact: true });

  it('on a phone, opens the panel of a city named by a link in the insights sheet, the city in sight above it', async () => {
    const { page } = await app.open(`?city=${SUZHOU.id}`, { viewport: PHONE });
    await expectSuzhouPanel(page);
    expect(await insightsTab(page).getAttribute('aria-pressed')).toBe('true');
    // The city is framed in the part of the map the sheet leaves free.
    await waitForCameraRest(page);
    const sheetTop = (await insights(page).boundingBox())?.y ?? 0;
    const suzhouY = await onMap(
      page,
      (map, lngLat) => map.getCanvas().getBoundingClientRect().top + map.project(lngLat).y,
      [SUZHOU.lon, SUZHOU.lat] as [number, number],
    );
    expect(suzhouY, 'Suzhou above the sheet (px from the top)').toBeLessThan(sheetTop - 20);
    expect(suzhouY).toBeGreaterThan(60);
    // The sheet's Close leaves the city chosen and the map on it.
    await insights(page).getByRole('button', { name: 'Close', exact: true }).click();
    await cityHeading(page, 'Suzhou').waitFor({ state: 'hidden', timeout: 10_000 });
    expect(await urlParams(page)).toMatchObject({ city: SUZHOU.id });
  });

  it('on a phone, opens the panel of a city tapped on the map in the insights sheet', async () => {
    const { page } = await app.open('', { viewport: PHONE });
    expect(await insightsTab(page).getAttribute('aria-pressed')).toBe('false');
    await jumpTo(page, { center: [SUZHOU.lon, SUZHOU.lat], zoom: CITY_GROUP_MAX_ZOOM });
    const point = await findCityBubblePoint(page, SUZHOU_POSITION, [SUZHOU.lon, SUZHOU.lat]);
    expect(point, "a point on Suzhou's bubble that a tap reaches").not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await expectSuzhouPanel(page);
    expect(await insightsTab(page).getAttribute('aria-pressed')).toBe('true');
  });
});
