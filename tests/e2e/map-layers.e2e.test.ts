import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectedView, readSample } from './fixtures/datasets';
import { appSuite } from './support/app';
import {
  canvasColorStats,
  changedPixels,
  countColorPixels,
  jumpTo,
  keepPixels,
  onMap,
  revealClickableOutlet,
  waitForIdle,
} from './support/browser';
import { filterCheckbox } from './support/dashboard';
import { KINDS, outletsDrawnAround } from './support/map-features';

/** The outlet layers, their legend names and symbol colors (src/config/map-colors.ts). */
const OUTLET_LAYERS = [
  { name: 'Delivery centers', layer: 'outlets-delivery-center', color: '#FF6900' },
  { name: 'Partner stores', layer: 'outlets-partner-store', color: '#0072B2' },
  { name: 'Fusion stores', layer: 'outlets-fusion-store', color: '#009E73' },
] as const;

/** Per-channel slack for antialiased, resampled icon pixels. */
const TOLERANCE = 24;
/**
 * Fewest pixels of a layer's color that count as "the layer is drawn". At the national view of
 * the sample data (small, mostly hollow in-pipeline symbols, partly under city labels) the
 * 1440×900 layout shows ~35 delivery-center, ~125 partner-store and ~190 fusion-store pixels;
 * a hidden layer leaves 0.
 */
const MIN_PIXELS = 20;
/** Most pixels of a hidden layer's color tolerated (stray blends of other symbols). */
const MAX_STRAY_PIXELS = 3;

const legendCount = (name: string) => new RegExp(`^${name}: \\d+$`);

/** The map legend, a region named by its title: filter controls may share the layers' names. */
const legend = (page: Page, name = 'Layers') => page.getByRole('region', { name, exact: true });

const sample = readSample();

describe('map layers at 1440×900', () => {
  const app = appSuite();

  it('draws every outlet layer in its color', async () => {
    const { page } = await app.open();
    const stats = await canvasColorStats(
      page,
      OUTLET_LAYERS.map(({ color }) => color),
      TOLERANCE,
    );
    console.log(`[e2e] outlet color pixels: ${JSON.stringify(stats.counts)}`);
    for (const { name, color } of OUTLET_LAYERS)
      expect(stats.counts[color], `${name} (${color}) pixels`).toBeGreaterThanOrEqual(MIN_PIXELS);
  });

  it('draws every outlet the legend counts, each where the data puts it', async () => {
    const { page } = await app.open();
    const expected = expectedView(sample);
    const outlets = KINDS.flatMap((kind) =>
      expected.positions[kind]!.map((id) => ({ id, ...sample.outlets[id]!.point! })),
    );
    const drawn = await outletsDrawnAround(page, outlets);
    for (const kind of KINDS)
      expect(drawn.ids[kind], `${kind}: the outlets drawn`).toEqual(expected.positions[kind]);
    const farthest = Math.max(...drawn.offsets.values());
    console.log(`[e2e] farthest an outlet is drawn from its point: ${farthest.toFixed(2)} px`);
    expect(drawn.offsets.size).toBe(outlets.length);
    expect(farthest, 'px between an outlet drawn and its point').toBeLessThan(1);
  });

  it.each(OUTLET_LAYERS)(
    'unchecking $name hides its symbols and its count; checking it brings both back',
    async ({ name, color }) => {
      const { page } = await app.open();
      const toggle = legend(page).getByRole('checkbox', { name, exact: true });
      const count = legend(page).getByRole('status', { name: legendCount(name) });
      expect(await toggle.isChecked()).toBe(true);
      expect(await count.count()).toBe(1);
      const before = await countColorPixels(page, color, TOLERANCE);
      expect(before).toBeGreaterThanOrEqual(MIN_PIXELS);

      await toggle.uncheck();
      await waitForIdle(page);
      expect(await count.count(), `legend count of ${name} while hidden`).toBe(0);
      const hidden = await countColorPixels(page, color, TOLERANCE);
      console.log(`[e2e] ${name}: ${before} pixels shown, ${hidden} hidden`);
      expect(hidden, `${name} pixels while hidden (were ${before})`).toBeLessThanOrEqual(
        MAX_STRAY_PIXELS,
      );

      await toggle.check();
      await waitForIdle(page);
      expect(await count.count(), `legend count of ${name} after re-checking`).toBe(1);
      const shown = await countColorPixels(page, color, TOLERANCE);
      expect(shown, `${name} pixels after re-checking`).toBeGreaterThanOrEqual(before * 0.9);
    },
  );

  it('looks the same after Tier 1 is ticked and unticked again', async () => {
    const { page } = await app.open();
    await keepPixels(page);
    const tier1 = filterCheckbox(page, 'City tier', 'Tier 1');
    await tier1.check();
    await waitForIdle(page);
    expect(
      (await changedPixels(page, 48)).changed,
      'pixels that changed with Tier 1 ticked',
    ).toBeGreaterThan(1000);
    await tier1.uncheck();
    await waitForIdle(page);
    const { changed, total } = await changedPixels(page, 48);
    console.log(`[e2e] pixels that differ by more than 48 after Tier 1 on and off: ${changed}`);
    // The same outlets, bubbles and city labels in the same places; antialiased edges may differ.
    expect(changed / total).toBeLessThan(0.0005);
  });

  it('opens the outlet card on a click and closes it with Escape', async () => {
    const { page } = await app.open();
    // Zooms in when every partner store is covered by another outlet at the national view.
    const outlet = await revealClickableOutlet(page, 'outlets-partner-store');
    expect(outlet, 'a partner store that a click can reach').not.toBeNull();
    // The feature id is the outlet's position in the dataset (every sample record is valid).
    const name = sample.outlets[Number(outlet!.id)]?.name.en ?? '(none)';
    await page.mouse.click(outlet!.x, outlet!.y);
    const dialog = page.getByRole('dialog', { name, exact: true });
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await dialog.getByRole('heading', { level: 2 }).innerText()).toBe(name);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('opens the card beside the outlet it is about, not over it', async () => {
    const { page } = await app.open();
    const outlet = await revealClickableOutlet(page, 'outlets-partner-store');
    expect(outlet, 'a partner store that a click can reach').not.toBeNull();
    const point = sample.outlets[Number(outlet!.id)]!.point!;
    // Bring the outlet to where the card opens, near the map's top-right corner.
    const frame = await page.locator('.map-view').boundingBox();
    const target = { x: frame!.width - 180, y: 160 };
    await jumpTo(page, {
      center: await onMap(
        page,
        (map, { lon, lat, target }) => {
          const at = map.project([lon, lat]);
          const center = map.project(map.getCenter());
          const moved = map.unproject([center.x - (target.x - at.x), center.y - (target.y - at.y)]);
          return [moved.lng, moved.lat] as [number, number];
        },
        { lon: point.lon, lat: point.lat, target },
      ),
      zoom: await onMap(page, (map) => map.getZoom()),
    });
    const name = sample.outlets[Number(outlet!.id)]!.name.en;
    await page.mouse.click(frame!.x + target.x, frame!.y + target.y);
    const dialog = page.getByRole('dialog', { name, exact: true });
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    await waitForIdle(page);
    const card = (await dialog.boundingBox())!;
    const at = await onMap(page, (map, { lon, lat }) => map.project([lon, lat]), point);
    const onPage = { x: frame!.x + at.x, y: frame!.y + at.y };
    const underCard =
      onPage.x >= card.x &&
      onPage.x <= card.x + card.width &&
      onPage.y >= card.y &&
      onPage.y <= card.y + card.height;
    expect(underCard, `outlet at ${JSON.stringify(onPage)}, card ${JSON.stringify(card)}`).toBe(
      false,
    );
    expect(onPage.x).toBeGreaterThan(frame!.x);
    expect(onPage.x).toBeLessThan(frame!.x + frame!.width);
  });

  it('names the outlets around the view from the label zoom, without the kinds switched off', async () => {
    const { page } = await app.open();
    const store = sample.outlets.find((outlet) => outlet.kind === 'partner-store')!;
    const { lon, lat } = store.point!;
    const labels = () =>
      onMap(page, (map) => ({
        source: map.querySourceFeatures('outlet-labels').map((f) => String(f.properties.name)),
        drawn: map.queryRenderedFeatures({ layers: ['outlet-labels'] }).length,
      }));
    await jumpTo(page, { center: [lon, lat], zoom: 12 });
    const named = await labels();
    expect(named.source).toContain(store.name.en);
    expect(named.drawn).toBeGreaterThan(0);

    const toggle = legend(page).getByRole('checkbox', { name: 'Partner stores', exact: true });
    await toggle.uncheck();
    await waitForIdle(page);
    expect((await labels()).source).not.toContain(store.name.en);
    await toggle.check();
    await waitForIdle(page);
    expect((await labels()).source).toContain(store.name.en);
  });

  it('switches the UI to Chinese', async () => {
    const { page } = await app.open();
    const drawnCities = () =>
      onMap(page, (map) => {
        const bubbles = map.queryRenderedFeatures({ layers: ['cities-bubble'] });
        const labels = map.queryRenderedFeatures({ layers: ['cities-label'] });
        return {
          bubbles: [...new Set(bubbles.map((feature) => feature.id))].sort(),
          names: labels.map((feature) => String(feature.properties.name)),
        };
      });
    const english = await drawnCities();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await waitForIdle(page);
    const chineseLegend = legend(page, '图层');
    await chineseLegend.getByText('合作伙伴门店', { exact: true }).waitFor({ timeout: 10_000 });
    expect(
      await chineseLegend.getByRole('checkbox', { name: '合作伙伴门店', exact: true }).count(),
    ).toBe(1);
    expect(await page.getByRole('combobox', { name: '语言' }).inputValue()).toBe('zh');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // The map draws the same city bubbles, now named in Chinese.
    const chinese = await drawnCities();
    expect(chinese.bubbles).toEqual(english.bubbles);
    expect(english.names.some((name) => /Suzhou|Shanghai/.test(name))).toBe(true);
    expect(chinese.names.length).toBeGreaterThan(0);
    for (const name of chinese.names) expect(name).toMatch(/[\u4e00-\u9fff]/);
  });
});
