import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countColorPixels, waitForIdle, whenIdle } from './support/browser';
import {
  closeList,
  filterCheckbox,
  filterChip,
  KIND_NAMES,
  keyFiguresSection,
  legendCounts,
  listCount,
  listToggleCount,
  openList,
  outletTable,
  readKeyFigures,
  sumOfOutletCounts,
  type KeyFigureNumbers,
} from './support/dashboard';
import { appSuite, PHONE } from './support/app';

/** The partner-store symbol color (src/config/map-colors.ts). */
const PARTNER_STORE = '#0072B2';
/** Per-channel slack for antialiased, resampled icon pixels. */
const TOLERANCE = 24;
/** Most pixels of a color tolerated where the legend says nothing of it is drawn. */
const MAX_STRAY_PIXELS = 3;

interface Numbers {
  legend: Record<string, number>;
  figures: KeyFigureNumbers;
  toggle: number;
}

async function readNumbers(page: Page): Promise<Numbers> {
  return {
    legend: await legendCounts(page),
    figures: await readKeyFigures(page),
    toggle: await listToggleCount(page),
  };
}

/** The legend, the key figures and the list button agree on the outlets in view. */
function expectConsistent({ legend, figures, toggle }: Numbers, list: number, when: string): void {
  expect(sumOfOutletCounts(legend), `legend sum = list count (${when})`).toBe(list);
  expect(figures.outlets, `key figures outlets = list count (${when})`).toBe(list);
  expect(toggle, `"List · N" = list count (${when})`).toBe(list);
  for (const name of KIND_NAMES)
    expect(figures.byKind[name], `key figures vs legend for ${name} (${when})`).toBe(legend[name]);
  expect(
    figures.open + figures.pipeline,
    `open + pipeline ≤ outlets (${when})`,
  ).toBeLessThanOrEqual(figures.outlets);
}

describe('filters and views at 1440×900', () => {
  const app = appSuite();

  it('Tier 1 narrows the legend, the key figures and the list alike; Reset filters restores them', async () => {
    const { page } = await app.open();
    const tier1 = filterCheckbox(page, 'City tier', 'Tier 1');
    expect(await tier1.isChecked()).toBe(false);

    const before = await readNumbers(page);
    const pixelsBefore = await countColorPixels(page, PARTNER_STORE, TOLERANCE);
    const listBefore = await openList(page);
    expectConsistent(before, listBefore, 'no filter');
    await closeList(page);

    await tier1.check();
    await waitForIdle(page);
    expect(await tier1.isChecked()).toBe(true);
    await filterChip(page, 'Tier 1').waitFor({ timeout: 10_000 });
    expect(await filterChip(page, 'Tier 1').innerText()).toMatch(/^Tier 1\s*×$/);

    const after = await readNumbers(page);
    const pixelsAfter = await countColorPixels(page, PARTNER_STORE, TOLERANCE);
    const listAfter = await openList(page);
    console.log(
      `[e2e] Tier 1: outlets ${listBefore} → ${listAfter}, legend ${JSON.stringify(before.legend)} → ${JSON.stringify(after.legend)}, partner-store pixels ${pixelsBefore} → ${pixelsAfter}`,
    );
    expectConsistent(after, listAfter, 'Tier 1');
    expect(listAfter).toBeGreaterThan(0);
    expect(listAfter).toBeLessThan(listBefore);
    expect(sumOfOutletCounts(after.legend)).toBeLessThan(sumOfOutletCounts(before.legend));
    expect(after.figures.outlets).toBeLessThan(before.figures.outlets);
    expect(after.figures.text).not.toBe(before.figures.text);

    // The map draws what the legend counts: fewer partner stores, none if the legend says 0.
    expect(pixelsBefore, 'partner-store pixels before').toBeGreaterThanOrEqual(20);
    expect(pixelsAfter, 'partner-store pixels with Tier 1').toBeLessThan(pixelsBefore);
    if (after.legend['Partner stores'] === 0)
      expect(pixelsAfter, 'no partner store in Tier 1').toBeLessThanOrEqual(MAX_STRAY_PIXELS);

    await page.getByRole('button', { name: 'Reset filters', exact: true }).click();
    await waitForIdle(page);
    expect(await tier1.isChecked()).toBe(false);
    expect(await filterChip(page, 'Tier 1').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Reset filters', exact: true }).count()).toBe(0);
    const reset = await readNumbers(page);
    expect(reset.legend).toEqual(before.legend);
    expect(reset.figures.text).toBe(before.figures.text);
    expect(await listCount(page)).toBe(listBefore);
    expectConsistent(reset, listBefore, 'after reset');
  });

  it('removing the Tier 1 chip clears that filter', async () => {
    const { page } = await app.open();
    const full = await readKeyFigures(page);
    await filterCheckbox(page, 'City tier', 'Tier 1').check();
    await waitForIdle(page);
    expect((await readKeyFigures(page)).outlets).toBeLessThan(full.outlets);

    await filterChip(page, 'Tier 1').click();
    await waitForIdle(page);
    expect(await filterCheckbox(page, 'City tier', 'Tier 1').isChecked()).toBe(false);
    expect((await readKeyFigures(page)).outlets).toBe(full.outlets);
  });
});

describe('filters and views at 390×844', () => {
  const app = appSuite();

  it('the tab bar opens the filter sheet, where Tier 1 can be ticked, and the insights and list sheets', async () => {
    const { page } = await app.open('', { viewport: PHONE });
    const tabs = page.getByRole('navigation', { name: 'Panels', exact: true });
    const tab = (name: string) => tabs.getByRole('button', { name, exact: true });
    for (const name of ['Filters', 'Insights', 'List'])
      expect(await tab(name).isVisible(), `tab "${name}" visible`).toBe(true);

    // The list sheet before any filter.
    await tab('List').click();
    expect(await tab('List').getAttribute('aria-pressed')).toBe('true');
    const listBefore = await listCount(page);
    await tab('List').click();
    await outletTable(page).waitFor({ state: 'detached', timeout: 10_000 });

    const tier1 = filterCheckbox(page, 'City tier', 'Tier 1');
    expect(await tier1.isVisible(), 'Tier 1 hidden while the filter sheet is closed').toBe(false);
    await tab('Filters').click();
    expect(await tab('Filters').getAttribute('aria-pressed')).toBe('true');
    await tier1.waitFor({ state: 'visible', timeout: 10_000 });
    await tier1.check();
    await waitForIdle(page);
    expect(await tier1.isChecked()).toBe(true);
    expect(await filterChip(page, 'Tier 1').isVisible()).toBe(true);

    // The same filter state reaches the insights and the list sheets.
    await tab('Insights').click();
    expect(await tab('Insights').getAttribute('aria-pressed')).toBe('true');
    expect(await tab('Filters').getAttribute('aria-pressed')).toBe('false');
    expect(await tier1.isVisible(), 'the filter sheet closes for another one').toBe(false);
    await keyFiguresSection(page).waitFor({ state: 'visible', timeout: 10_000 });
    const figures = await readKeyFigures(page);

    await tab('List').click();
    const listAfter = await listCount(page);
    console.log(`[e2e] phone: list ${listBefore} → ${listAfter} with Tier 1`);
    expect(listAfter).toBe(figures.outlets);
    expect(listAfter).toBeGreaterThan(0);
    expect(listAfter).toBeLessThan(listBefore);
    await whenIdle(page);
  });
});
