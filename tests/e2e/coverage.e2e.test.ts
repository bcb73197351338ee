import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSample, type SampleOutlet } from './fixtures/datasets';
import { appSuite, DESKTOP, PHONE } from './support/app';
import { jumpTo, onMap, whenIdle } from './support/browser';
import { legendRegion } from './support/dashboard';
import { waitForCameraRest } from './support/map-camera';

/**
 * The coverage view on the bundled sample at its own date, 15 January 2024. What the page must
 * show is worked out here from the sample and the districts' file, independently of the app:
 * great-circle km from each district's point to the nearest open outlet that sells (by its
 * services, or its kind's defaults), in the bands of the legend.
 */
const sample = readSample();
const districtFile = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/basemap/district-points.json'), 'utf8'),
) as { rows: [string, string, string, string, string, [number, number], number, number, number][] };
const DISTRICTS = districtFile.rows.map(([id, zh, en, prefecture, , [lon, lat]]) => ({
  id,
  zh,
  en,
  prefecture,
  lon,
  lat,
}));
const SUZHOU_CODE = '320500';
const WUJIANG = DISTRICTS.find((district) => district.id === '320509')!;
const DEFAULT_SERVICES: Record<string, string[]> = {
  'delivery-center': ['sales', 'delivery', 'after-sales'],
  'partner-store': ['sales', 'after-sales'],
  'fusion-store': ['sales'],
};

function km(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The latest stage reached by `date`, as the app's stage rules say. */
function stageOn(outlet: SampleOutlet, date: string): string | null {
  let reached: string | null = null;
  for (const stage of ['planned', 'signed', 'renovating', 'open', 'closed'] as const) {
    const day = outlet.stages[stage];
    if (day && day <= date) reached = stage;
  }
  return reached;
}

const offers = (outlet: SampleOutlet, service: string) =>
  (outlet.services ?? DEFAULT_SERVICES[outlet.kind] ?? []).includes(service);

function nearest(
  point: { lon: number; lat: number },
  accept: (outlet: SampleOutlet) => boolean,
): { outlet: SampleOutlet; km: number } | null {
  let best: { outlet: SampleOutlet; km: number } | null = null;
  for (const outlet of sample.outlets) {
    if (!outlet.point || !accept(outlet)) continue;
    const d = km(point, outlet.point);
    if (!best || d < best.km) best = { outlet, km: d };
  }
  return best;
}

const openSales = (date: string) => (outlet: SampleOutlet) =>
  stageOn(outlet, date) === 'open' && offers(outlet, 'sales');
const bandOf = (distance: number) =>
  distance <= 10 ? 0 : distance <= 25 ? 1 : distance <= 50 ? 2 : 3;

const coveragePanel = (page: Page) => page.getByRole('region', { name: 'Coverage', exact: true });

/** Chooses what the districts are shaded by, in the layers panel. */
async function chooseCoverage(page: Page, mode: 'off' | 'sales' | 'service'): Promise<void> {
  await legendRegion(page)
    .getByRole('combobox', { name: 'Coverage', exact: true })
    .selectOption(mode);
}

/** Waits for the panel's figures: "X of Y districts". */
async function districtFigure(page: Page): Promise<{ within: number; total: number }> {
  const detail = coveragePanel(page).getByText(/^[\d,]+ of [\d,]+ districts?$/);
  await detail.waitFor({ timeout: 60_000 });
  await expect
    .poll(() => coveragePanel(page).locator('[aria-busy="true"]').count(), { timeout: 60_000 })
    .toBe(0);
  const [within = NaN, total = NaN] = (await detail.innerText())
    .match(/[\d,]+/g)!
    .map((text) => Number(text.replace(/,/g, '')));
  return { within, total };
}

/** The bands the map's feature state holds for the given district codes. */
function bandsOf(page: Page, ids: string[]): Promise<(number | null)[]> {
  return onMap(
    page,
    (map, ids) =>
      ids.map((id) => {
        const state = map.getFeatureState({ source: 'districts', id: Number(id) });
        return typeof state?.band === 'number' ? state.band : null;
      }),
    ids,
  );
}

describe('coverage and whitespace on the sample, 15 Jan 2024', () => {
  const app = appSuite();

  it('shades Suzhou’s districts by their reach, and the figure is the whitespace list’s complement', async () => {
    const { page } = await app.open('?v=120.6,31.45,8');
    await chooseCoverage(page, 'sales');
    const { within, total } = await districtFigure(page);

    // Every district of China (no city filter), within 25 km of an open sales point.
    const expectedWithin = DISTRICTS.filter(
      (district) => (nearest(district, openSales('2024-01-15'))?.km ?? Infinity) <= 25,
    ).length;
    console.log(`[e2e] ${within} of ${total} districts within 25 km of an open sales point`);
    expect(total).toBe(DISTRICTS.length);
    expect(within).toBe(expectedWithin);
    expect(within).toBeGreaterThan(0);

    // Suzhou's nine districts carry the band of their distance, and the map draws them.
    const suzhou = DISTRICTS.filter((district) => district.prefecture === SUZHOU_CODE);
    const expectedBands = suzhou.map((district) =>
      bandOf(nearest(district, openSales('2024-01-15'))!.km),
    );
    await expect
      .poll(
        () =>
          bandsOf(
            page,
            suzhou.map((district) => district.id),
          ),
        { timeout: 60_000 },
      )
      .toEqual(expectedBands);
    await whenIdle(page, { timeout: 60_000 });
    const drawn = await onMap(page, (map) =>
      map
        .queryRenderedFeatures({ layers: ['coverage-fill'] })
        .filter((feature) => feature.properties.prefecture === '320500')
        .map((feature) => String(feature.properties.id)),
    );
    expect(new Set(drawn)).toEqual(new Set(suzhou.map((district) => district.id)));

    // The whitespace list holds the rest, and says how many.
    await coveragePanel(page)
      .getByRole('button', { name: /^Whitespace list/ })
      .click();
    const list = page.getByRole('table', { name: 'Whitespace', exact: true });
    await list.waitFor({ timeout: 10_000 });
    expect(
      await page.getByText(/districts? farther than 25 km from an open sales point/).innerText(),
    ).toBe(
      `${(total - within).toLocaleString('en')} districts farther than 25 km from an open sales point`,
    );
    expect(Number(await list.getAttribute('aria-rowcount')) - 1).toBe(total - within);

    // A larger radius: more within, fewer in the list, still complements.
    await coveragePanel(page).getByRole('combobox', { name: 'Within' }).selectOption('100');
    const wider = await districtFigure(page);
    expect(wider.within).toBeGreaterThan(within);
    expect(Number(await list.getAttribute('aria-rowcount')) - 1).toBe(wider.total - wider.within);
  });

  it('lists the nearest outlets of each type around a clicked point, or a district found by name', async () => {
    const { page } = await app.open('?v=120.6,31.2,8.5');
    await chooseCoverage(page, 'sales');
    await districtFigure(page);
    await whenIdle(page, { timeout: 60_000 });
    const at = await onMap(
      page,
      (map, point) => {
        const { x, y } = map.project([point.lon, point.lat]);
        const box = map.getCanvas().getBoundingClientRect();
        return { x: box.left + x, y: box.top + y };
      },
      { lon: WUJIANG.lon, lat: WUJIANG.lat },
    );
    await page.mouse.click(at.x, at.y);
    const card = page.getByRole('dialog', { name: 'Reach around Wujiang', exact: true });
    await card.waitFor({ timeout: 30_000 });
    await card.getByText('Nearest open sales point').waitFor({ timeout: 30_000 });

    // The nearest open sales point, and the nearest partner store to come, as the sample says.
    const sales = nearest(WUJIANG, openSales('2024-01-15'))!;
    const partner = nearest(
      WUJIANG,
      (outlet) =>
        outlet.kind === 'partner-store' &&
        ['planned', 'signed', 'renovating'].includes(stageOn(outlet, '2024-01-15') ?? ''),
    )!;
    const text = await card.innerText();
    expect(text).toContain(`Nearest open sales point\n${sales.outlet.name.en}`);
    expect(text).toMatch(/Nearest open service point\s+none in view/);
    expect(text).toContain(partner.outlet.name.en);
    // The click lands within a pixel of the district's point: km to a tenth, give or take.
    const shown = (name: string) =>
      Number(new RegExp(`${name.replace(/[()]/g, '\\$&')} · ([\\d.]+) km`).exec(text)?.[1]);
    expect(Math.abs(shown(sales.outlet.name.en) - sales.km)).toBeLessThan(0.6);
    expect(Math.abs(shown(partner.outlet.name.en) - partner.km)).toBeLessThan(0.6);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 10_000 });

    // The same district found by its Chinese name flies there and shows the same outlets.
    await jumpTo(page, { center: [116.4, 39.9], zoom: 8 }, { timeout: 60_000 });
    await coveragePanel(page)
      .getByRole('searchbox', { name: 'Find a district on the map', exact: true })
      .fill('吴江');
    await page
      .getByRole('list', { name: 'Matching districts', exact: true })
      .getByRole('button', { name: /^Wujiang Suzhou/ })
      .click();
    await card.getByText('Nearest open sales point').waitFor({ timeout: 30_000 });
    expect(await card.innerText()).toContain(partner.outlet.name.en);
    await waitForCameraRest(page, { minZoom: 6 });
    const center = await onMap(page, (map) => map.getCenter().toArray());
    expect(Math.abs(center[0]! - WUJIANG.lon) + Math.abs(center[1]! - WUJIANG.lat)).toBeLessThan(
      0.05,
    );
  });

  it('flies to a district of the whitespace list and shows what is nearest it', async () => {
    const { page } = await app.open('?cov=service&recruit=1');
    const { within, total } = await districtFigure(page);
    expect(within).toBe(0);
    await coveragePanel(page)
      .getByRole('button', { name: /^Whitespace list/ })
      .click();
    const list = page.getByRole('table', { name: 'Whitespace', exact: true });
    const first = list.getByRole('rowheader').first();
    await first.waitFor({ timeout: 10_000 });
    expect(Number(await list.getAttribute('aria-rowcount')) - 1).toBe(total);
    const name = await first.innerText();
    const district = DISTRICTS.find((candidate) => candidate.en === name)!;
    await first.getByRole('button').click();
    await page
      .getByRole('dialog', { name: `Reach around ${name}`, exact: true })
      .waitFor({ timeout: 30_000 });
    await waitForCameraRest(page, { minZoom: 6 });
    const center = await onMap(page, (map) => map.getCenter().toArray());
    expect(Math.abs(center[0]! - district.lon)).toBeLessThan(0.05);
    expect(Math.abs(center[1]! - district.lat)).toBeLessThan(0.05);
  });

  it('shows no reach before the first opening, and says so', async () => {
    const { page } = await app.open('?v=121.2,31.3,7');
    await chooseCoverage(page, 'sales');
    const before = await districtFigure(page);
    expect(before.within).toBeGreaterThan(0);
    await page.getByRole('textbox', { name: 'As of', exact: true }).fill('2023-12-31');
    await coveragePanel(page)
      .getByText('No sales point is open in view as of 31 Dec 2023: no district is within reach.')
      .waitFor({ timeout: 60_000 });
    expect(await districtFigure(page)).toEqual({ within: 0, total: before.total });
    // Shanghai's districts, in reach on 15 Jan, fall to the farthest band.
    const shanghai = DISTRICTS.filter((district) => district.prefecture === '310000');
    await expect
      .poll(
        () =>
          bandsOf(
            page,
            shanghai.map((district) => district.id),
          ),
        { timeout: 60_000 },
      )
      .toEqual(shanghai.map(() => 3));

    await chooseCoverage(page, 'service');
    await coveragePanel(page)
      .getByText('No service point is open in view as of 31 Dec 2023: no district is within reach.')
      .waitFor({ timeout: 60_000 });
    expect((await districtFigure(page)).within).toBe(0);
  });

  it.each([DESKTOP, PHONE])(
    'keeps the credit line, with the population proxy, readable above the map’s edge and below the legend at $width px',
    async (viewport) => {
      const { page } = await app.open('?cov=sales&v=120.75,31.35,8.4', { viewport });
      const credit = page.getByText(/^Boundaries ©.*Population proxy: GeoNames/);
      await credit.waitFor({ timeout: 30_000 });
      await legendRegion(page).getByText('> 50 km').waitFor({ timeout: 30_000 });
      await whenIdle(page);
      const [legend, line] = await Promise.all([
        legendRegion(page).boundingBox(),
        credit.boundingBox(),
      ]);
      expect(legend && line).toBeTruthy();
      expect(legend!.y + legend!.height).toBeLessThanOrEqual(line!.y);
    },
  );
});
