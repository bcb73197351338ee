import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedView, readSample } from './fixtures/datasets';
import { appSuite } from './support/app';
import { canvasColorStats, onMap, waitForIdle, whenIdle } from './support/browser';
import { legendCounts, listToggleCount, readKeyFigures } from './support/dashboard';

const sample = readSample();

/** The legend counts the sample should show on `date`: reached some stage, not closed by then. */
const expectedCounts = (date: string) => expectedView(sample, { asOf: date }).legend;

const FIRST_DATE = sample.outlets
  .flatMap((outlet) => Object.values(outlet.stages))
  .reduce((first, date) => (date < first ? date : first));

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const dateOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

const timeline = (page: Page) => page.getByRole('region', { name: 'Rollout playback' });
const slider = (page: Page) => timeline(page).getByRole('slider', { name: 'As of' });

/** The date the slider stands on, from its value (days since the first stage date). */
async function sliderDate(page: Page): Promise<string> {
  return dateOf(dayOf(FIRST_DATE) + Number(await slider(page).inputValue()));
}

interface PngInfo {
  width: number;
  height: number;
  distinct: number;
  /** Pixels near the partner-store blue, #0072B2. */
  blue: number;
}

/** Checks the PNG signature and reads the size, then decodes it in the page and counts colours. */
async function inspectPng(page: Page, file: string): Promise<PngInfo> {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const decoded = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const colors = new Set<number>();
    let blue = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      colors.add((r << 16) | (g << 8) | b);
      if (Math.abs(r - 0x00) <= 24 && Math.abs(g - 0x72) <= 24 && Math.abs(b - 0xb2) <= 24)
        blue += 1;
    }
    return { width: image.naturalWidth, height: image.naturalHeight, distinct: colors.size, blue };
  }, bytes.toString('base64'));
  expect(decoded.width).toBe(width);
  expect(decoded.height).toBe(height);
  return { width, height, distinct: decoded.distinct, blue: decoded.blue };
}

describe('rollout playback and export at 1440×900', () => {
  const app = appSuite();
  let downloads: string;

  beforeAll(() => {
    downloads = mkdtempSync(join(tmpdir(), 'channel-atlas-downloads-'));
  });

  afterAll(() => {
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  /** Pauses and checks that legend, key figures and list show what the sample had on that date. */
  async function pauseAndCheck(page: Page): Promise<string> {
    const bar = timeline(page);
    await bar.getByRole('button', { name: 'Pause' }).click();
    await bar.getByRole('button', { name: 'Play' }).waitFor();
    const date = await sliderDate(page);
    // The last step reached the map in its own task: idle now means drawn.
    await whenIdle(page);
    const expected = expectedView(sample, { asOf: date });
    expect(await legendCounts(page), `legend on ${date}`).toEqual(expected.legend);
    expect((await readKeyFigures(page)).outlets, `key figures on ${date}`).toBe(expected.outlets);
    expect(await listToggleCount(page), `list on ${date}`).toBe(expected.outlets);
    return date;
  }

  /** Exports a PNG from the header's Export menu; returns its suggested name and where it is. */
  async function exportPng(page: Page, item: 'PNG (1×)' | 'PNG (2×)', file: string) {
    await page.getByRole('banner').getByRole('button', { name: 'Export' }).click();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('menuitem', { name: item }).click();
    const saved = await download;
    const path = join(downloads, file);
    await saved.saveAs(path);
    return { name: saved.suggestedFilename(), path };
  }

  it('plays from the first date when at the end; the views follow the paused date', async () => {
    // The page's clock is the test's to move on (it runs on as usual meanwhile).
    const { page } = await app.open('', { beforeOpen: (page) => page.clock.install() });
    const bar = timeline(page);
    expect(await sliderDate(page)).toBe(sample.meta.asOf);
    await bar.getByRole('button', { name: 'Play' }).click();
    // A few steps in (the normal speed takes 30 s for the whole rollout).
    await page.waitForFunction(
      (selector) => Number(document.querySelector<HTMLInputElement>(selector)?.value) >= 5,
      '.timeline-bar__slider',
      { timeout: 20_000 },
    );
    const date = await pauseAndCheck(page);
    expect(dayOf(date) - dayOf(FIRST_DATE), `paused on ${date}`).toBeLessThan(40);
    // The date holds while paused: two seconds on, a running playback would have stepped on.
    await page.clock.fastForward(2_000);
    expect(await sliderDate(page)).toBe(date);
  });

  it('announces a milestone while playing past it, then counts the paused date', async () => {
    const { page } = await app.open();
    const bar = timeline(page);
    // Eleven days before the letters of intent of 29 Dec 2023, at the slow speed (~0.45 s a day).
    await slider(page).focus();
    await page.keyboard.press('End');
    for (let i = 0; i < 26; i += 1) await page.keyboard.press('ArrowLeft');
    expect(await sliderDate(page)).toBe('2023-12-20');
    await bar.getByRole('combobox', { name: 'Speed' }).selectOption('60');
    await bar.getByRole('button', { name: 'Play' }).click();
    const caption = bar.getByRole('status', { name: 'Milestone reached' });
    await caption
      .getByText('Letters of intent with the first 14 partners')
      .waitFor({ timeout: 30_000 });
    const date = await pauseAndCheck(page);
    expect(date >= '2023-12-29' && date < sample.meta.asOf, `paused on ${date}`).toBe(true);
    expect(await legendCounts(page)).not.toEqual(expectedCounts('2023-12-20'));
  });

  it('moves to 6 Jan 2024 with the keyboard and shows what the sample had reached', async () => {
    const { page } = await app.open();
    await slider(page).focus();
    await page.keyboard.press('End');
    expect(await timeline(page).getByRole('button', { name: 'Latest' }).isDisabled()).toBe(true);
    for (let i = 0; i < 9; i += 1) await page.keyboard.press('ArrowLeft');
    await waitForIdle(page);
    expect(await slider(page).getAttribute('aria-valuetext')).toBe('6 Jan 2024');
    expect(await timeline(page).locator('output').innerText()).toBe('6 Jan 2024');
    const counts = await legendCounts(page);
    expect(counts).toEqual(expectedCounts('2024-01-06'));
    expect(counts).not.toEqual(expectedCounts(sample.meta.asOf));
  });

  it('exports the view as a PNG at 1×: title band, map, legend and footer', async () => {
    const { page } = await app.open();
    const file = await exportPng(page, 'PNG (1×)', 'export-1x.png');
    expect(file.name).toMatch(
      new RegExp(`^channel-atlas-national-${sample.meta.asOf}-\\d{8}-\\d{4}\\.png$`),
    );
    const oneX = await inspectPng(page, file.path);
    const mapWidth = await onMap(page, (map) => map.getCanvas().clientWidth);
    console.log(`[e2e] PNG 1×: ${oneX.width}×${oneX.height}, ${oneX.distinct} colours`);
    expect(oneX.width).toBe(mapWidth);
    expect(oneX.height).toBeGreaterThan(600);
    expect(oneX.distinct).toBeGreaterThan(500);
    expect(oneX.blue).toBeGreaterThan(50);
  });

  it('exports at 2×: twice the size of 1×, and leaves the map at the screen pixel ratio', async () => {
    const { page } = await app.open();
    const oneX = await inspectPng(page, (await exportPng(page, 'PNG (1×)', 'one-x.png')).path);
    const file = await exportPng(page, 'PNG (2×)', 'export-2x.png');
    expect(file.name).toMatch(new RegExp(`-${sample.meta.asOf}-\\d{8}-\\d{4}@2x\\.png$`));
    const twoX = await inspectPng(page, file.path);
    console.log(`[e2e] PNG 2×: ${twoX.width}×${twoX.height}, ${twoX.distinct} colours`);
    expect(twoX.width).toBe(oneX.width * 2);
    expect(Math.abs(twoX.height - oneX.height * 2)).toBeLessThanOrEqual(2);
    expect(twoX.distinct).toBeGreaterThan(oneX.distinct);
    expect(twoX.blue).toBeGreaterThan(oneX.blue * 2);

    const ratio = await onMap(page, (map) => ({
      ratio: map.getPixelRatio(),
      width: map.getCanvas().width,
      css: map.getCanvas().clientWidth,
    }));
    expect(ratio).toEqual({ ratio: 1, width: ratio.css, css: ratio.css });
    await whenIdle(page);
    const stats = await canvasColorStats(page, ['#0072B2']);
    expect(stats.distinct, 'the map is drawn again after the export').toBeGreaterThan(100);
  });

  it('offers the export in presenter mode and draws the presenter colours', async () => {
    const { page } = await app.open();
    await page.keyboard.press('p');
    await page.locator('.app[data-presenting="true"]').waitFor({ timeout: 10_000 });
    await waitForIdle(page);
    const bar = timeline(page);
    await bar.getByRole('button', { name: 'Export' }).click();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await bar.getByRole('menuitem', { name: 'PNG (1×)' }).click();
    const file = await download;
    const path = join(downloads, 'export-presenting.png');
    await file.saveAs(path);
    const info = await inspectPng(page, path);
    expect(info.distinct).toBeGreaterThan(500);
  });

  it('prints one landscape page', async () => {
    const { page } = await app.open();
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
      'latin1',
    );
    expect(pdf.match(/\/Type\s*\/Page\b/g) ?? []).toHaveLength(1);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
    // The map canvas prints (as an image).
    expect((pdf.match(/\/Subtype\s*\/Image/g) ?? []).length).toBeGreaterThanOrEqual(1);

    await page.emulateMedia({ media: 'print' });
    expect(await timeline(page).getByRole('button', { name: 'Play' }).isVisible()).toBe(false);
    expect(await page.getByRole('banner').getByRole('button', { name: 'Export' }).isVisible()).toBe(
      false,
    );
    expect(await page.getByRole('region', { name: 'Key figures' }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Layers', exact: true }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
