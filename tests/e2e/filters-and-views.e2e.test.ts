import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectedView, readSample, type ExpectedView, type ViewQuery } from './fixtures/datasets';
import { appSuite, PHONE } from './support/app';
import { countColorPixels, jumpTo, onMap, waitForIdle, whenIdle } from './support/browser';
import {
  closeList,
  filterCheckbox,
  filterChip,
  KIND_NAMES,
  keyFiguresSection,
  legendCounts,
  legendRegion,
  listCount,
  listToggleCount,
  openList,
  outletTable,
  readAllRowNames,
  readKeyFigures,
  sumOfOutletCounts,
  type KeyFigureNumbers,
} from './support/dashboard';
import { drawnOutlets, idsOf, KINDS, outletsDrawnAround } from './support/map-features';

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

const sample = readSample();

/**
 * The cities (positions in the dataset) the drawn bubbles stand for: a city drawn on its own,
 * or each city of a group drawn as one bubble at the national view ("Shanghai +7").
 */
const drawnBubbles = (page: Page) =>
  onMap(page, (map) =>
    [
      ...new Set(
        map.queryRenderedFeatures({ layers: ['cities-bubble'] }).flatMap((feature) => {
          const members = String(feature.properties.members ?? '');
          return members ? members.split(',').map(Number) : [Number(feature.properties.c)];
        }),
      ),
    ].sort((a, b) => a - b),
  );

/**
 * Checks that the map, the legend, the key figures and the list all show what the sample implies
 * for a filter state (`expectedView`). The map is read at the view it has (the national view:
 * outlets sharing a pixel there are drawn once) and then, outlet by outlet, from the zoom where
 * each is drawn on its own; the camera goes back to where it was.
 */
async function expectEverywhere(page: Page, query: ViewQuery, when: string): Promise<void> {
  const expected: ExpectedView = expectedView(sample, query);
  const hidden = new Set(query.hidden ?? []);

  expect(await legendCounts(page), `the legend (${when})`).toEqual(expected.legend);
  const figures = await readKeyFigures(page);
  expect(
    { outlets: figures.outlets, byKind: figures.byKind, open: figures.open },
    `the key figures (${when})`,
  ).toEqual({ outlets: expected.outlets, byKind: expected.byKind, open: expected.open });
  expect(figures.pipeline, `the pipeline (${when})`).toBe(expected.pipeline);
  expect(await listToggleCount(page), `"List · N" (${when})`).toBe(expected.outlets);

  expect(await drawnBubbles(page), `the city bubbles (${when})`).toEqual(
    hidden.has('cities') ? [] : expected.cityPositions,
  );
  const national = idsOf(await drawnOutlets(page));
  for (const kind of KINDS) {
    const counted = new Set(expected.positions[kind]);
    if (hidden.has(kind) || counted.size === 0) {
      expect(national[kind], `${kind} drawn at the national view (${when})`).toEqual([]);
      continue;
    }
    expect(national[kind].length, `${kind} drawn (${when})`).toBeGreaterThan(0);
    expect(
      national[kind].filter((id) => !counted.has(id)),
      `${kind} drawn but not counted (${when})`,
    ).toEqual([]);
  }
  const view = await onMap(page, (map) => ({
    center: map.getCenter().toArray() as [number, number],
    zoom: map.getZoom(),
  }));
  const outlets = KINDS.flatMap((kind) =>
    expected.positions[kind]!.map((id) => ({ id, ...sample.outlets[id]!.point! })),
  );
  const around = await outletsDrawnAround(page, outlets);
  for (const kind of KINDS)
    expect(around.ids[kind], `${kind} drawn, each on its own (${when})`).toEqual(
      hidden.has(kind) ? [] : expected.positions[kind],
    );
  await jumpTo(page, view);

  expect(await openList(page), `the list's count (${when})`).toBe(expected.outlets);
  const names = KINDS.flatMap((kind) =>
    expected.positions[kind]!.map((i) => sample.outlets[i]!.name.en),
  );
  expect((await readAllRowNames(page)).sort(), `the list's rows (${when})`).toEqual(names.sort());
  await closeList(page);
}

describe('filters and views at 1440×900', () => {
  const app = appSuite();

  it('a filter change and a layer toggle update the map, the legend, the figures and the list together', async () => {
    const { page } = await app.open();
    await expectEverywhere(page, {}, 'no filter');

    await filterCheckbox(page, 'City tier', 'Tier 1').check();
    await waitForIdle(page);
    const tier1 = (city: { tier: string }) => city.tier === '1';
    await expectEverywhere(page, { city: tier1 }, 'Tier 1');

    await legendRegion(page)
      .getByRole('checkbox', { name: 'Delivery centers', exact: true })
      .uncheck();
    await waitForIdle(page);
    await expectEverywhere(
      page,
      { city: tier1, hidden: ['delivery-center'] },
      'Tier 1, delivery centers hidden',
    );
  });

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
