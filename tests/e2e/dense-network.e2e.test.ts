import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { synthNetwork, writeNetworkJson } from '../../scripts/synth/synth-network';
import { expectedView } from './fixtures/datasets';
import { appSuite } from './support/app';
import {
  canvasColorStats,
  changedPixels,
  keepPixels,
  onMap,
  settleMap,
  waitForIdle,
} from './support/browser';
import {
  filterCheckbox,
  legendCounts,
  listToggleCount,
  openWithButton,
  readKeyFigures,
} from './support/dashboard';
import { drawnOutlets, KINDS } from './support/map-features';
import { startProxyServer } from './support/proxy-server';

const OUTLETS = 20_000;
const SEED = 3;

/** A synthetic network as a file's bytes: thousands of outlets round the real cities. */
async function synthFile(): Promise<Buffer> {
  let text = '';
  await writeNetworkJson(synthNetwork({ outlets: OUTLETS, seed: SEED }), (chunk) => {
    text += chunk;
  });
  return Buffer.from(text);
}

/** The same network as data, to work out what the map and the panels must show. */
function synthData() {
  const network = synthNetwork({ outlets: OUTLETS, seed: SEED });
  return { meta: network.meta, cities: network.cities, outlets: [...network.outlets()] };
}

/** The outlet colours (src/config/map-colors.ts). */
const KIND_COLORS = {
  'delivery-center': '#FF6900',
  'partner-store': '#0072B2',
  'fusion-store': '#009E73',
} as const;

interface DotCounts {
  /** Outlets in each kind's tiles at this view. */
  inTiles: number;
  /** Outlets each kind's dot layer draws. */
  drawn: number;
}

/** Per kind, how many outlets the tiles hold and how many dots the map draws. */
function dotCounts(page: Page): Promise<DotCounts[]> {
  return onMap(
    page,
    (map, kinds) => {
      const unique = (features: { id?: string | number }[]) =>
        new Set(features.map((feature) => feature.id)).size;
      return kinds.map((kind) => ({
        inTiles: unique(map.querySourceFeatures(`outlets-${kind}-source`)),
        drawn: unique(map.queryRenderedFeatures({ layers: [`outlets-${kind}-dot`] })),
      }));
    },
    KINDS,
  );
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
  await onMap(
    page,
    (map, kinds) => {
      for (const kind of kinds)
        map.setFilter(`outlets-${kind}-dot`, map.getFilter(`outlets-${kind}`) ?? null);
    },
    KINDS,
  );
  await settleMap(page);
  const { changed, total } = await changedPixels(page, 48);
  console.log(`[e2e] pixels that differ by more than 48 with every dot drawn: ${changed}`);
  return { changed, total, drawn: await dotCounts(page) };
}

describe('a dense network at the national view', () => {
  const app = appSuite();

  it('draws a dot lying under another of its look once, and the picture stays the same', async () => {
    const { page } = await app.open();
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
    // The same picture: at most 0.1 % of the pixels (~1,300 at 1440×900) differ, the antialiased
    // rims where identical dots are blended over each other.
    expect(everyDot.changed / everyDot.total).toBeLessThan(0.001);

    // A stage filter keeps the signed outlets only: those that lay under an open one of their
    // city show, since a dot stands only for dots of its own stage.
    await filterCheckbox(page, 'Stage', 'Signed').check();
    await waitForIdle(page);
    const signed = await drawEveryDot(page);
    expect(signed.changed / signed.total).toBeLessThan(0.001);
  });

  it('shows every outlet layer on the first load of 20,000 outlets, the counts those of the data', async () => {
    const proxy = await startProxyServer({
      config: { dataUrl: 'dense-network.json' },
      files: { '/dense-network.json': await synthFile() },
    });
    onTestFinished(() => proxy.close());
    const { page } = await app.open('', { origin: proxy.url });
    const expected = expectedView(synthData());

    expect(await legendCounts(page)).toEqual(expected.legend);
    const figures = await readKeyFigures(page);
    expect(figures.outlets).toBe(expected.outlets);
    expect(figures.byKind).toEqual(expected.byKind);
    expect(figures.open).toBe(expected.open);
    expect(figures.pipeline).toBe(expected.pipeline);
    expect(await listToggleCount(page)).toBe(expected.outlets);

    // Every kind is on the map in its colour, and only outlets the counts include are drawn.
    const drawn = await drawnOutlets(page);
    const stats = await canvasColorStats(page, Object.values(KIND_COLORS));
    for (const kind of KINDS) {
      const counted = new Set(expected.positions[kind]);
      console.log(`[e2e] ${kind}: ${drawn[kind].length} dots drawn for ${counted.size} outlets`);
      expect(drawn[kind].length, `${kind}: dots drawn`).toBeGreaterThan(counted.size / 10);
      expect(
        drawn[kind].filter(({ id }) => !counted.has(id)),
        `${kind}: dots of outlets not counted`,
      ).toEqual([]);
      expect(stats.counts[KIND_COLORS[kind]], `${kind}: pixels of its colour`).toBeGreaterThan(200);
    }
  });
});
