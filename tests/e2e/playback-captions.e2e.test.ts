import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSample } from './fixtures/datasets';
import { appSuite, DESKTOP } from './support/app';

const sample = readSample();
const milestones = sample.milestones as { date: string; title: { en: string } }[];

/** "29 Dec 2023", as the app writes a date in English. */
const said = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

interface Caption {
  /** What the playback announced. */
  text: string;
  /** The as-of date on screen at that moment. */
  date: string;
  /** The visible milestone line, and whether it was marked as just reached. */
  line: string;
  state: string;
}

type CaptionWindow = Window & { __e2eCaptions?: Caption[] };

/** Records every caption the playback announces, with the date shown beside it. */
async function recordCaptions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bar = document.querySelector('[aria-label="Rollout playback"]');
    const region = bar?.querySelector('[role="status"][aria-label="Milestone reached"]');
    if (!bar || !region) throw new Error('no caption region in the timeline');
    const seen: Caption[] = [];
    (window as CaptionWindow).__e2eCaptions = seen;
    new MutationObserver(() => {
      const text = region.textContent?.trim() ?? '';
      if (!text || seen.at(-1)?.text === text) return;
      const line = bar.querySelector<HTMLElement>('.timeline-bar__milestone');
      seen.push({
        text,
        date: bar.querySelector('output')?.textContent?.trim() ?? '',
        line: line?.textContent?.trim() ?? '',
        state: line?.dataset.state ?? '',
      });
    }).observe(region, { childList: true, subtree: true, characterData: true });
  });
}

describe('rollout playback captions', () => {
  const app = appSuite();

  it('shows every milestone at Fast, each on its own day, in a line off the map', async () => {
    const { page } = await app.open('', { viewport: DESKTOP });
    const bar = page.getByRole('region', { name: 'Rollout playback' });
    await bar.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fast · 10 s' });
    await recordCaptions(page);

    await bar.getByRole('button', { name: 'Play', exact: true }).click();
    await bar.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    // The playback ends by itself at the dataset's date (on a busy software renderer each step
    // waits for the frame before it, so this is left to the case's own time limit).
    await bar.getByRole('button', { name: 'Play', exact: true }).waitFor({ timeout: 0 });
    await expect.poll(() => bar.locator('output').innerText()).toBe(said(sample.meta.asOf));

    const captions = await page.evaluate(() => (window as CaptionWindow).__e2eCaptions ?? []);
    const expected = milestones.map(({ date, title }) => `${said(date)} ${title.en}`);
    expect(captions.map((caption) => caption.text)).toEqual(expected);
    milestones.forEach(({ date }, i) => {
      // The map was on the milestone's own day while its caption was announced and shown.
      expect(captions[i]?.date, captions[i]?.text).toBe(said(date));
      expect(captions[i]?.line).toBe(expected[i]);
      expect(captions[i]?.state).toBe('reached');
    });

    // The caption is a line of the timeline bar: it covers no part of the map.
    const line = await bar.locator('.timeline-bar__milestone').boundingBox();
    const map = await page.locator('.maplibregl-map').first().boundingBox();
    expect(line && map).toBeTruthy();
    expect(line!.y).toBeGreaterThanOrEqual(map!.y + map!.height);
  }, 240_000);
});
