import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSample } from './fixtures/datasets';
import { appSuite } from './support/app';
import { chooseLanguage, onMap, whenIdle } from './support/browser';
import { openList } from './support/dashboard';
import { inspectSlide } from './support/slide';

const sample = readSample();

/** Chooses an item of the header's Export menu and saves the file it downloads. */
async function exportFromMenu(
  page: Page,
  names: { button: string; item: string },
  folder: string,
): Promise<string> {
  const download = page.waitForEvent('download', { timeout: 180_000 });
  await page.getByRole('button', { name: names.button, exact: true }).click();
  await page.getByRole('menuitem', { name: names.item, exact: true }).click();
  const saved = await download;
  const path = join(folder, saved.suggestedFilename());
  await saved.saveAs(path);
  return path;
}

describe('the 16:9 slide from the Export menu', () => {
  const app = appSuite();
  let downloads: string;

  beforeAll(() => {
    downloads = mkdtempSync(join(tmpdir(), 'channel-atlas-slide-'));
  });
  afterAll(() => {
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('is 1920×1080 with the list open, the map framed and the legend under the frame, not over it', async () => {
    const { page } = await app.open('', { viewport: { width: 1440, height: 900 } });
    await openList(page);
    await whenIdle(page);
    // The map on screen is narrow beside the list; the slide is not.
    const onScreen = await onMap(page, (map) => map.getCanvas().clientWidth);
    expect(onScreen).toBeLessThan(900);
    const path = await exportFromMenu(
      page,
      { button: 'Export', item: 'Slide 16:9 (1920×1080)' },
      downloads,
    );
    expect(path).toMatch(new RegExp(`channel-atlas-slide-national-${sample.meta.asOf}-.*\\.png$`));
    const slide = await inspectSlide(page, path);
    expect([slide.width, slide.height]).toEqual([1920, 1080]);
    // Not blank: the basemap, the bubbles and the text give hundreds of colours.
    expect(slide.distinct).toBeGreaterThan(200);
    expect(slide.frame.right - slide.frame.left).toBeGreaterThan(900);
    expect(slide.frame.bottom - slide.frame.top).toBeGreaterThan(600);
    // The legend's symbols stand under the map frame, and no legend panel sits in the map.
    expect(slide.legendBelow).toBeGreaterThan(50);
    expect(slide.surfaceInLegendCorner).toBeLessThan(500);
    // The page's own map is left as it was.
    await whenIdle(page);
    expect(await onMap(page, (map) => map.getCanvas().clientWidth)).toBe(onScreen);
  });

  it('is 3840×2160 at 2× in 中文', async () => {
    const { page } = await app.open('', { viewport: { width: 1366, height: 768 } });
    await chooseLanguage(page, 'zh');
    const path = await exportFromMenu(
      page,
      { button: '导出', item: '幻灯片 16:9（3840×2160）' },
      downloads,
    );
    const slide = await inspectSlide(page, path);
    expect([slide.width, slide.height]).toEqual([3840, 2160]);
    expect(slide.distinct).toBeGreaterThan(200);
    expect(slide.frame.right - slide.frame.left).toBeGreaterThan(1800);
    expect(slide.frame.bottom - slide.frame.top).toBeGreaterThan(1200);
  });
});
