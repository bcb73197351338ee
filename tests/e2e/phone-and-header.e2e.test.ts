import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseLanguage, waitForIdle, whenIdle, type Viewport } from './support/browser';
import {
  filterCheckbox,
  keyFiguresSection,
  legendCounts,
  listCount,
  readKeyFigures,
  sumOfOutletCounts,
} from './support/dashboard';
import { appSuite, expectNoPageErrors, PHONE } from './support/app';

const tabBar = (page: Page) => page.getByRole('navigation', { name: 'Panels', exact: true });
const tab = (page: Page, name: string) => tabBar(page).getByRole('button', { name, exact: true });
const sheet = (page: Page, name: string) => page.getByRole('complementary', { name, exact: true });
const showButton = (page: Page, name: string) =>
  sheet(page, name).getByRole('button', { name: /^Show [\d,]+ outlets?$/ });
const toNumber = (text: string) => Number(/[\d,]+/.exec(text)?.[0]?.replace(/,/g, ''));

/** Every visible control and the title of the header, as boxes. */
async function headerBoxes(page: Page) {
  return page.getByRole('banner').evaluate((header) => {
    const box = header.getBoundingClientRect();
    const parts = [
      ...header.querySelectorAll(
        'h1, .sample-badge, button, select, input, .city-search-placeholder',
      ),
    ]
      .map((element) => ({ element, rect: element.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 0 && rect.height > 0)
      // Inside the phone's menu, or a panel the header opened: not part of the row.
      .filter(({ element }) => !element.closest('[role="dialog"], [role="menu"]'))
      .map(({ element, rect }) => ({
        name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30),
        top: rect.top,
        bottom: rect.bottom,
        right: rect.right,
      }));
    return {
      height: box.height,
      top: box.top,
      bottom: box.bottom,
      overflows: header.scrollWidth > header.clientWidth,
      parts,
    };
  });
}

describe('the phone at 390×844', () => {
  const app = appSuite();

  it('filter sheet → Tier 1 → "Show N outlets" closes it, and the list, the figures and the map show N', async () => {
    const { page, record } = await app.open('', { viewport: PHONE });
    await tab(page, 'Filters').click();
    const tier1 = filterCheckbox(page, 'City tier', 'Tier 1');
    await tier1.waitFor({ state: 'visible', timeout: 10_000 });
    const before = toNumber(await showButton(page, 'Filters').innerText());
    await tier1.check();
    await waitForIdle(page);
    const show = showButton(page, 'Filters');
    await expect.poll(async () => toNumber(await show.innerText())).toBeLessThan(before);
    const shown = toNumber(await show.innerText());
    expect(shown).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Close', exact: true }).isVisible()).toBe(true);

    await show.click();
    await tier1.waitFor({ state: 'hidden', timeout: 10_000 });
    expect(await tab(page, 'Filters').getAttribute('aria-pressed')).toBe('false');
    // Closing the sheet changes nothing on the map: wait only until it is at rest.
    await whenIdle(page);

    // The map: the legend's counts (one row on a phone) are the map's layers under the filter.
    expect(sumOfOutletCounts(await legendCounts(page))).toBe(shown);
    // The figures and the list.
    await tab(page, 'Insights').click();
    await keyFiguresSection(page).waitFor({ state: 'visible', timeout: 10_000 });
    expect((await readKeyFigures(page)).outlets).toBe(shown);
    await tab(page, 'List').click();
    expect(await listCount(page)).toBe(shown);
    expectNoPageErrors(record);
  });

  it('Escape closes a sheet, and so does the browser’s Back; after a filter change Back undoes it first', async () => {
    const { page, record } = await app.open('', { viewport: PHONE });
    await tab(page, 'Insights').click();
    await keyFiguresSection(page).waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Escape');
    await keyFiguresSection(page).waitFor({ state: 'hidden', timeout: 10_000 });
    expect(await tab(page, 'Insights').getAttribute('aria-pressed')).toBe('false');

    const opened = page.url();
    await tab(page, 'Insights').click();
    await keyFiguresSection(page).waitFor({ state: 'visible', timeout: 10_000 });
    await page.goBack();
    await keyFiguresSection(page).waitFor({ state: 'hidden', timeout: 10_000 });
    expect(page.url()).toBe(opened);

    await tab(page, 'Filters').click();
    const tier1 = filterCheckbox(page, 'City tier', 'Tier 1');
    await tier1.check();
    await waitForIdle(page);
    const link = page.url();
    await page.goBack();
    // Back first undoes the filter (the link's own step), then closes the sheet.
    await expect.poll(() => tier1.isChecked()).toBe(false);
    expect(await tier1.isVisible()).toBe(true);
    await page.goForward();
    await expect.poll(() => tier1.isChecked()).toBe(true);
    expect(page.url()).toBe(link);
    await page.goBack();
    await page.goBack();
    await tier1.waitFor({ state: 'hidden', timeout: 10_000 });
    expect(await tab(page, 'Filters').getAttribute('aria-pressed')).toBe('false');
    await waitForIdle(page);
    expectNoPageErrors(record);
  });

  it('opening an outlet from the list closes the sheet, so the card is on screen', async () => {
    const { page, record } = await app.open('', { viewport: PHONE });
    await tab(page, 'List').click();
    const first = page
      .getByRole('table', { name: 'Outlets', exact: true })
      .locator('tbody th button')
      .first();
    await first.click();
    const card = page.getByRole('dialog');
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await tab(page, 'List').getAttribute('aria-pressed')).toBe('false');
    const box = await card.boundingBox();
    const tabsBox = await tabBar(page).boundingBox();
    expect(box && tabsBox && box.y + box.height <= tabsBox.y + 1).toBe(true);
    await waitForIdle(page);
    expectNoPageErrors(record);
  });
});

describe('the header', () => {
  const app = appSuite();
  const sizes: Viewport[] = [PHONE, { width: 1366, height: 768 }, { width: 1440, height: 900 }];

  for (const viewport of sizes) {
    it(`is one row at ${viewport.width} px in English and Chinese`, async () => {
      const { page, record } = await app.open('', { viewport });
      for (const language of ['en', 'zh'] as const) {
        await chooseLanguage(page, language);
        const header = await headerBoxes(page);
        expect(header.height, language).toBe(viewport.width <= 720 ? 52 : 64);
        expect(header.overflows, `${language}: the header overflows`).toBe(false);
        expect(header.parts.length).toBeGreaterThanOrEqual(viewport.width <= 720 ? 3 : 8);
        for (const part of header.parts) {
          expect(part.top, `${language}: "${part.name}" inside the row`).toBeGreaterThanOrEqual(
            header.top,
          );
          expect(part.bottom, `${language}: "${part.name}" inside the row`).toBeLessThanOrEqual(
            header.bottom,
          );
          expect(part.right, `${language}: "${part.name}" on screen`).toBeLessThanOrEqual(
            viewport.width,
          );
        }
      }
      expectNoPageErrors(record);
    });
  }

  for (const viewport of [{ width: 1350, height: 800 }, PHONE]) {
    it(`keeps its height while the data arrives at ${viewport.width} px, with no layout shift to speak of`, async () => {
      const { page, record } = await app.open('', {
        viewport,
        beforeOpen: async (page: Page) => {
          await page.addInitScript(() => {
            const seen = { heights: [] as number[], shift: 0 };
            (window as unknown as { __e2eHeader: typeof seen }).__e2eHeader = seen;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & {
                value: number;
                hadRecentInput: boolean;
              })[])
                if (!entry.hadRecentInput) seen.shift += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            const measure = () => {
              const header = document.querySelector('.app-header');
              if (header) seen.heights.push(header.getBoundingClientRect().height);
            };
            new MutationObserver(measure).observe(document, { childList: true, subtree: true });
          });
        },
      });
      await page.getByRole('banner').getByRole('heading', { level: 1 }).waitFor();
      const seen = await page.evaluate(
        () =>
          (window as unknown as { __e2eHeader: { heights: number[]; shift: number } }).__e2eHeader,
      );
      expect(seen.heights.length).toBeGreaterThan(1);
      expect(new Set(seen.heights), `heights: ${[...new Set(seen.heights)].join(', ')}`).toEqual(
        new Set([viewport.width <= 720 ? 52 : 64]),
      );
      console.log(`[e2e] layout shift at ${viewport.width} px: ${seen.shift.toFixed(4)}`);
      expect(seen.shift).toBeLessThanOrEqual(0.02);
      expectNoPageErrors(record);
    });
  }
});
