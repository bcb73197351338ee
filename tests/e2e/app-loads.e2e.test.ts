import { describe, expect, it } from 'vitest';
import { appSuite } from './support/app';
import { canvasColorStats, foreignRequests, onMap } from './support/browser';

// The light basemap (src/config/map-colors.ts); the browser reports a light color scheme.
const LAND = '#f8f6f1';
const SEA = '#d9e6f0';

/** Runs in the page before its scripts: every size the map's box takes from the first layout on. */
function recordMapSizes(): void {
  const sizes: string[] = [];
  Object.assign(window, { __e2eMapSizes: sizes });
  const observer = new ResizeObserver((entries) => {
    for (const { contentRect } of entries)
      if (contentRect.width > 0) sizes.push(`${contentRect.width}×${contentRect.height}`);
  });
  const watch = new MutationObserver(() => {
    const map = document.querySelector('.workspace__map');
    if (!map) return;
    observer.observe(map);
    watch.disconnect();
  });
  watch.observe(document, { childList: true, subtree: true });
}

describe('the app loads at 1440×900', () => {
  const app = appSuite();

  it('reaches idle without errors and requests nothing from a host other than this machine', async () => {
    const { record } = await app.open();
    expect(record.requests.length).toBeGreaterThan(5);
    const offenders = foreignRequests(record.requests);
    expect(offenders, `requests to non-local hosts:\n${offenders.join('\n')}`).toEqual([]);
  });

  it('keeps the map the same size while the data comes in', async () => {
    const { page } = await app.open('', {
      beforeOpen: (page) => page.addInitScript(recordMapSizes),
    });
    // The timeline bar, and on a phone the tabs and the search, hold their place while the
    // data loads; a header that grows with a long dataset title is the only jump left.
    const sizes = await page.evaluate(
      () => (window as unknown as { __e2eMapSizes: string[] }).__e2eMapSizes,
    );
    expect(sizes.length, 'sizes recorded').toBeGreaterThan(0);
    expect(new Set(sizes), `the map's sizes: ${sizes.join(', ')}`).toEqual(new Set([sizes[0]]));
  });

  it('draws the map: land, sea and much more than a blank canvas', async () => {
    const { page } = await app.open();
    const stats = await canvasColorStats(page, [LAND, SEA], 4);
    const share = (hex: string) => (stats.counts[hex] ?? 0) / stats.total;
    expect(stats.distinct, 'distinct colors in the map canvas').toBeGreaterThan(500);
    expect(share(LAND), 'share of land pixels').toBeGreaterThan(0.15);
    expect(share(SEA), 'share of sea pixels').toBeGreaterThan(0.1);
  });

  it('shows the map on screen, its canvas desynchronized from the page on this software renderer', async () => {
    const { page } = await app.open();
    // Chromium here draws WebGL with SwiftShader (context-attributes.ts).
    const attributes = await onMap(page, (map) =>
      map.getCanvas().getContext('webgl2')?.getContextAttributes(),
    );
    expect(attributes).toMatchObject({ desynchronized: true, preserveDrawingBuffer: true });
    // What the screen shows, not what the canvas holds: a desynchronized canvas reaches the
    // display by another way than the rest of the page.
    const shot = await page.locator('.workspace__map canvas').first().screenshot();
    const shares = await page.evaluate(
      async ({ base64, colors }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
        const context = canvas.getContext('2d', { willReadFrequently: true });
        if (!context) throw new Error('no 2D context');
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        const near = (i: number, hex: string) =>
          [0, 1, 2].every(
            (c) =>
              Math.abs((data[i + c] ?? 0) - parseInt(hex.slice(1 + 2 * c, 3 + 2 * c), 16)) <= 4,
          );
        return colors.map((hex) => {
          let count = 0;
          for (let i = 0; i < data.length; i += 4) if (near(i, hex)) count += 1;
          return count / (data.length / 4);
        });
      },
      { base64: shot.toString('base64'), colors: [LAND, SEA] },
    );
    expect(shares[0], 'share of land pixels on screen').toBeGreaterThan(0.15);
    expect(shares[1], 'share of sea pixels on screen').toBeGreaterThan(0.1);
  });

  it('shows the title and the sample-data notice in the header', async () => {
    const { page } = await app.open();
    const header = page.getByRole('banner');
    await header.getByRole('heading', { level: 1 }).waitFor();
    expect(await header.getByRole('heading', { level: 1 }).innerText()).toMatch(/\S/);
    expect(await page.title()).toBe('Channel Atlas');
    await header.getByText('Sample data — outlets are illustrative').waitFor();
    expect(await header.getByText('Channel Atlas').first().isVisible()).toBe(true);
  });
});
