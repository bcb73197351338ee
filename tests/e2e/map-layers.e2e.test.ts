import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canvasColorStats,
  countColorPixels,
  jumpTo,
  revealClickableOutlet,
  launchBrowser,
  openApp,
  waitForIdle,
  type BrowserSession,
  type PageRecord,
} from './support/browser';
import { readSample } from './fixtures/datasets';
import { filterCheckbox } from './support/dashboard';
import { startStaticServer, type StaticServer } from './support/static-server';

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

describe('map layers at 1440×900', () => {
  let server: StaticServer;
  let browser: BrowserSession;
  let record: PageRecord;

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchBrowser({ viewport: { width: 1440, height: 900 } });
    record = await openApp(browser.page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws every outlet layer in its color', async () => {
    const stats = await canvasColorStats(
      browser.page,
      OUTLET_LAYERS.map(({ color }) => color),
      TOLERANCE,
    );
    console.log(`[e2e] outlet color pixels: ${JSON.stringify(stats.counts)}`);
    for (const { name, color } of OUTLET_LAYERS)
      expect(stats.counts[color], `${name} (${color}) pixels`).toBeGreaterThanOrEqual(MIN_PIXELS);
  });

  it('gets every outlet from the loader in MapLibre’s worker, keeping no copy on the page', async () => {
    const sample = readSample();
    const known = new Set(sample.cities.map((city) => city.id));
    const sources = await browser.page.evaluate(
      (kinds) => {
        const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } })
          .__channelAtlas;
        return kinds.map((kind) => {
          const id = `outlets-${kind}-source`;
          const features = map.querySourceFeatures(id);
          return {
            kind,
            data: map.getSource(id)?.serialize().data,
            ids: [...new Set(features.map((feature) => Number(feature.id)))].sort((a, b) => a - b),
            keys: Object.keys(features[0]?.properties ?? {}).sort(),
          };
        });
      },
      ['delivery-center', 'partner-store', 'fusion-store'],
    );
    for (const { kind, data, ids, keys } of sources) {
      // A source keeps its URL until the worker sends the data back (then it keeps the data).
      expect(data, `${kind}: the source's data`).toMatch(
        new RegExp(`^atlas-outlets://dataset-\\d+/${kind}$`),
      );
      const expected = sample.outlets.flatMap((outlet, i) =>
        outlet.kind === kind && known.has(outlet.cityId) ? [i] : [],
      );
      expect(ids, `${kind}: the outlets in the map's tiles`).toEqual(expected);
      expect(keys).toEqual([
        'c',
        'd_closed',
        'd_open',
        'd_planned',
        'd_renovating',
        'd_signed',
        'stage',
        'z',
      ]);
    }
  });

  it.each(OUTLET_LAYERS)(
    'unchecking $name hides its symbols and its count; checking it brings both back',
    async ({ name, color }) => {
      const { page } = browser;
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

  it('draws one frame for a filter change, once its last tile is in, then goes idle', async () => {
    const { page } = browser;
    // MapLibre would draw a frame with the old outlets first (see stale-frames.ts), and the
    // frame that shows the city labels twice (see placement-frame.ts).
    await page.evaluate(() => {
      const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } })
        .__channelAtlas;
      const events: string[] = [];
      Object.assign(window, { __e2eFrameEvents: events });
      map.on('render', () => events.push('render'));
      (map.on as (type: string, listener: () => void) => unknown).call(
        map,
        'atlas:frameskipped',
        () => events.push('skipped'),
      );
      map.on('data', (event) => {
        if (event.dataType === 'source' && 'tile' in event && event.tile) events.push('tile');
      });
    });
    const tier = filterCheckbox(page, 'City tier', 'Tier 1');
    for (const change of ['check', 'uncheck'] as const) {
      await page.evaluate(() => {
        (window as unknown as { __e2eFrameEvents: string[] }).__e2eFrameEvents.length = 0;
      });
      await tier[change]();
      await waitForIdle(page);
      const events = await page.evaluate(
        () => (window as unknown as { __e2eFrameEvents: string[] }).__e2eFrameEvents,
      );
      const trace = `after "${change}" Tier 1: ${events.join(' ')}`;
      const lastTile = events.lastIndexOf('tile');
      expect(lastTile, `tiles ${trace}`).toBeGreaterThanOrEqual(0);
      expect(events.slice(lastTile + 1), trace).toEqual(['render']);
      // Every frame before it was left undrawn: the old outlets never showed again.
      const drawn = events.filter((event, i) => event === 'render' && events[i - 1] !== 'skipped');
      expect(drawn, trace).toHaveLength(1);
    }
  });

  it('lays out the city labels of a filter change from glyphs the worker already has', async () => {
    const { page } = browser;
    // What the page's glyph handler is asked for: the number of font stacks in each request.
    // The worker's cache (src/features/map/glyph-cache.ts) asks with none, only to say that a
    // tile depends on glyphs.
    const canvasImage = () =>
      page.evaluate(() =>
        (window as unknown as { __channelAtlas: { map: MaplibreMap } }).__channelAtlas.map
          .getCanvas()
          .toDataURL('image/png'),
      );
    await page.evaluate(() => {
      const style = (
        window as unknown as {
          __channelAtlas: {
            map: { style: { getGlyphs: (mapId: unknown, params: { stacks: object }) => unknown } };
          };
        }
      ).__channelAtlas.map.style;
      const requests: number[] = [];
      Object.assign(window, { __e2eGlyphRequests: requests });
      const getGlyphs = style.getGlyphs.bind(style);
      style.getGlyphs = (mapId, params) => {
        requests.push(Object.keys(params.stacks).length);
        return getGlyphs(mapId, params);
      };
    });
    const before = await canvasImage();
    const tier = filterCheckbox(page, 'City tier', 'Tier 1');
    for (const change of ['check', 'uncheck'] as const) {
      await page.evaluate(() => {
        (window as unknown as { __e2eGlyphRequests: number[] }).__e2eGlyphRequests.length = 0;
      });
      await tier[change]();
      await waitForIdle(page);
      const requests = await page.evaluate(
        () => (window as unknown as { __e2eGlyphRequests: number[] }).__e2eGlyphRequests,
      );
      expect(requests.length, `label tiles laid out after "${change}"`).toBeGreaterThan(0);
      expect(requests, `font stacks asked for after "${change}"`).toEqual(requests.map(() => 0));
    }
    // The labels drawn from the cache are the ones drawn from the page's glyphs.
    expect(await canvasImage(), 'the map after Tier 1 on and off').toBe(before);
  });

  it('opens the outlet card on a click and closes it with Escape', async () => {
    const { page } = browser;
    // Zooms in when every partner store is covered by another outlet at the national view.
    const outlet = await revealClickableOutlet(page, 'outlets-partner-store');
    expect(outlet, 'a partner store that a click can reach').not.toBeNull();
    // The feature id is the outlet's position in the dataset (every sample record is valid).
    const name = readSample().outlets[Number(outlet!.id)]?.name.en ?? '(none)';
    await page.mouse.click(outlet!.x, outlet!.y);
    const dialog = page.getByRole('dialog', { name, exact: true });
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await dialog.getByRole('heading', { level: 2 }).innerText()).toBe(name);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('names the outlets around the view from the label zoom, without the kinds switched off', async () => {
    const { page } = browser;
    const store = readSample().outlets.find((outlet) => outlet.kind === 'partner-store')!;
    const { lon, lat } = store.point!;
    const labels = () =>
      page.evaluate(() => {
        const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } })
          .__channelAtlas;
        return {
          source: map.querySourceFeatures('outlet-labels').map((f) => String(f.properties.name)),
          drawn: map.queryRenderedFeatures({ layers: ['outlet-labels'] }).length,
        };
      });
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
    const { page } = browser;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await waitForIdle(page);
    const chineseLegend = legend(page, '图层');
    await chineseLegend.getByText('合作伙伴门店', { exact: true }).waitFor({ timeout: 10_000 });
    expect(
      await chineseLegend.getByRole('checkbox', { name: '合作伙伴门店', exact: true }).count(),
    ).toBe(1);
    expect(await page.getByRole('combobox', { name: '语言' }).inputValue()).toBe('zh');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // The new style has new city and outlet sources: the bubbles get their sizes again.
    const suzhou = await page.evaluate(() => {
      const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } })
        .__channelAtlas;
      return map.getFeatureState({ source: 'cities', id: 'suzhou' });
    });
    expect(suzhou).toMatchObject({ size: expect.any(Number), gap: false });
    expect(suzhou.size).toBeGreaterThan(0);
  });

  it('logged no console errors or page errors along the way', () => {
    expect(record.pageErrors, 'page errors').toEqual([]);
    expect(record.consoleErrors, 'console errors').toEqual([]);
  });
});
