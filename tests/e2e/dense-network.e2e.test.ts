import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { synthNetwork, writeNetworkJson } from '../../scripts/synth/synth-network';
import {
  launchBrowser,
  recordPage,
  settleMap,
  waitForIdle,
  type BrowserSession,
} from './support/browser';
import { filterCheckbox, openWithButton } from './support/dashboard';
import { expectNoPageErrors, freshAppSuite } from './support/fresh-app';
import { startProxyServer, type ProxyServer } from './support/proxy-server';

const KINDS = ['delivery-center', 'partner-store', 'fusion-store'] as const;
const OUTLETS = 20_000;

/** A synthetic network as a file's bytes: thousands of outlets round the real cities. */
async function synthFile(): Promise<Buffer> {
  let text = '';
  await writeNetworkJson(synthNetwork({ outlets: OUTLETS, seed: 3 }), (chunk) => {
    text += chunk;
  });
  return Buffer.from(text);
}

interface DotCounts {
  /** Outlets in each kind's tiles at this view. */
  inTiles: number;
  /** Outlets each kind's dot layer draws. */
  drawn: number;
}

/** Per kind, how many outlets the tiles hold and how many dots the map draws. */
function dotCounts(page: Page): Promise<DotCounts[]> {
  return page.evaluate((kinds) => {
    const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } }).__channelAtlas;
    const unique = (features: { id?: string | number }[]) =>
      new Set(features.map((feature) => feature.id)).size;
    return kinds.map((kind) => ({
      inTiles: unique(map.querySourceFeatures(`outlets-${kind}-source`)),
      drawn: unique(map.queryRenderedFeatures({ layers: [`outlets-${kind}-dot`] })),
    }));
  }, KINDS);
}

/** Keeps the map canvas's pixels in the page, to compare with later (`changedPixels`). */
async function keepPixels(page: Page): Promise<void> {
  await page.evaluate(() => {
    const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } }).__channelAtlas;
    const canvas = map.getCanvas();
    const copy = new OffscreenCanvas(canvas.width, canvas.height);
    const context = copy.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D context');
    context.drawImage(canvas, 0, 0);
    (window as unknown as { __kept: ImageData }).__kept = context.getImageData(
      0,
      0,
      copy.width,
      copy.height,
    );
  });
}

/** Pixels of the canvas now that differ from the kept ones by more than `slack` in R, G or B. */
function changedPixels(page: Page, slack: number): Promise<{ changed: number; total: number }> {
  return page.evaluate((slack) => {
    const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } }).__channelAtlas;
    const kept = (window as unknown as { __kept: ImageData }).__kept.data;
    const canvas = map.getCanvas();
    const copy = new OffscreenCanvas(canvas.width, canvas.height);
    const context = copy.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D context');
    context.drawImage(canvas, 0, 0);
    const { data } = context.getImageData(0, 0, copy.width, copy.height);
    if (data.length !== kept.length) throw new Error('the canvas changed size');
    let changed = 0;
    for (let i = 0; i < data.length; i += 4) {
      const delta = Math.max(
        Math.abs((data[i] ?? 0) - (kept[i] ?? 0)),
        Math.abs((data[i + 1] ?? 0) - (kept[i + 1] ?? 0)),
        Math.abs((data[i + 2] ?? 0) - (kept[i + 2] ?? 0)),
      );
      if (delta > slack) changed += 1;
    }
    return { changed, total: data.length / 4 };
  }, slack);
}

/**
 * Keeps the picture, then lets every dot layer draw every outlet its filter passes (the shape
 * layer's filter, without the zoom clause): the map must look the same, but for antialiased
 * edges within a pixel. The app's next filter change sets the dot filters again.
 */
async function drawEveryDot(
  page: Page,
): Promise<{ changed: number; total: number; drawn: DotCounts[] }> {
  await keepPixels(page);
  await page.evaluate((kinds) => {
    const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } }).__channelAtlas;
    for (const kind of kinds)
      map.setFilter(`outlets-${kind}-dot`, map.getFilter(`outlets-${kind}`) ?? null);
  }, KINDS);
  await settleMap(page);
  const { changed, total } = await changedPixels(page, 48);
  console.log(`[e2e] pixels that differ by more than 48 with every dot drawn: ${changed}`);
  return { changed, total, drawn: await dotCounts(page) };
}

describe('a dense network at the national view', () => {
  const app = freshAppSuite();

  it('draws a dot lying under another of its look once, and the picture stays the same', async () => {
    const { page, record } = await app.open();
    await openWithButton(page, {
      name: 'dense-network.json',
      mimeType: 'application/json',
      buffer: await synthFile(),
    });
    await page
      .getByRole('status')
      .filter({ hasText: 'Showing dense-network.json' })
      .waitFor({ timeout: 30_000 });
    await waitForIdle(page);

    const coalesced = await dotCounts(page);
    console.log(`[e2e] dots drawn / outlets in tiles: ${JSON.stringify(coalesced)}`);
    const sum = (counts: DotCounts[], key: keyof DotCounts) =>
      counts.reduce((total, count) => total + count[key], 0);
    expect(sum(coalesced, 'inTiles')).toBeGreaterThan(OUTLETS * 0.9);
    // Many of a city's outlets share a pixel at this zoom: well under all of them are drawn.
    expect(sum(coalesced, 'drawn')).toBeLessThan(sum(coalesced, 'inTiles') * 0.85);

    const everyDot = await drawEveryDot(page);
    // Closed outlets are not in the network: the filter leaves them out either way.
    expect(sum(everyDot.drawn, 'drawn')).toBeGreaterThan(sum(coalesced, 'drawn') * 1.15);
    expect(everyDot.changed / everyDot.total).toBeLessThan(0.0005);

    // A stage filter keeps the signed outlets only: those that lay under an open one of their
    // city show, since a dot stands only for dots of its own stage.
    await filterCheckbox(page, 'Stage', 'Signed').check();
    await waitForIdle(page);
    const signed = await drawEveryDot(page);
    expect(signed.changed / signed.total).toBeLessThan(0.0005);
    expectNoPageErrors(record);
  });
});

/** The sources a frame shows the network from: the outlets of each kind and the cities. */
const NETWORK_SOURCES = [...KINDS.map((kind) => `outlets-${kind}-source`), 'cities'];

interface FirstLoadWindow {
  __e2eFirstLoad: {
    listening: boolean;
    /** For each frame the map drew, which of the network's sources it showed loaded. */
    frames: boolean[][];
  };
}

/**
 * From the map's first frame on, records for each frame drawn which network sources were laid
 * out; frames the map left undrawn (`atlas:frameskipped`, stale-frames.ts) are not recorded.
 */
function recordDrawnFrames(sources: string[]): void {
  const record: FirstLoadWindow['__e2eFirstLoad'] = { listening: false, frames: [] };
  (window as unknown as FirstLoadWindow).__e2eFirstLoad = record;
  const listen = () => {
    const map = (window as unknown as { __channelAtlas?: { map: MaplibreMap } }).__channelAtlas
      ?.map;
    if (!map) {
      setTimeout(listen, 10);
      return;
    }
    let skipped = false;
    (map.on as (type: string, listener: () => void) => unknown).call(
      map,
      'atlas:frameskipped',
      () => {
        skipped = true;
      },
    );
    map.on('render', () => {
      if (!skipped)
        record.frames.push(
          sources.map((id) => map.getSource(id) !== undefined && map.isSourceLoaded(id)),
        );
      skipped = false;
    });
    record.listening = true;
  };
  listen();
}

describe('the first load of a dense network', () => {
  let proxy: ProxyServer | undefined;
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.close();
    await proxy?.close();
  });

  it('keeps the basemap while the network is laid out, then draws it whole in one frame', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const bytes = await synthFile();
    proxy = await startProxyServer({
      config: { dataUrl: 'dense-network.json' },
      // Served once the page listens to the map, so that no frame of the load goes unseen.
      files: { '/dense-network.json': held.then(() => bytes) },
    });
    session = await launchBrowser();
    const { page } = session;
    const record = await recordPage(page);
    await page.addInitScript(recordDrawnFrames, NETWORK_SOURCES);
    await page.goto(proxy.url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as unknown as FirstLoadWindow).__e2eFirstLoad.listening,
      undefined,
      { timeout: 60_000 },
    );
    release();
    await page.waitForSelector('[data-map-state="idle"]', { state: 'attached', timeout: 60_000 });
    await settleMap(page);

    const frames = await page.evaluate(
      () => (window as unknown as FirstLoadWindow).__e2eFirstLoad.frames,
    );
    const shown = frames.map((loaded) => loaded.map(Number).join('')).join(' ');
    console.log(
      `[e2e] frames drawn during the first load (${NETWORK_SOURCES.join(', ')}): ${shown}`,
    );
    // Before, only the basemap: no source shown. After, the whole network: every source.
    const partial = frames.filter((loaded) => loaded.some(Boolean) && !loaded.every(Boolean));
    expect(partial, `frames drawn: ${shown}`).toEqual([]);
    expect(frames.at(-1), `frames drawn: ${shown}`).toEqual(NETWORK_SOURCES.map(() => true));
    expectNoPageErrors(record);
  });
});
