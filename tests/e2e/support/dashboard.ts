import type { Locator, Page } from 'playwright-core';
import { settleMap } from './browser';

/** The English names of the outlet layers, as the legend, filters and key figures write them. */
export const KIND_NAMES = ['Delivery centers', 'Partner stores', 'Fusion stores'] as const;
export type KindName = (typeof KIND_NAMES)[number];

/** The map legend, a region named by its title (filter controls share the layers' names). */
export function legendRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Layers', exact: true });
}

/** A filter group (a fieldset) by its legend, e.g. "City tier". */
export function filterGroup(page: Page, name: string): Locator {
  return page.getByRole('group', { name, exact: true });
}

/** A checkbox of a filter group, e.g. ("City tier", "Tier 1"). */
export function filterCheckbox(page: Page, group: string, option: string): Locator {
  return filterGroup(page, group).getByRole('checkbox', { name: option, exact: true });
}

/** The active-filter chip for a label, e.g. "Tier 1". */
export function filterChip(page: Page, label: string): Locator {
  return page
    .getByRole('group', { name: 'Active filters', exact: true })
    .getByRole('button', { name: `Remove filter: ${label}`, exact: true });
}

/** The counts the legend shows, by layer name; a hidden layer has none. */
export async function legendCounts(page: Page): Promise<Record<string, number>> {
  const labels = await legendRegion(page)
    .getByRole('status')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
  const counts: Record<string, number> = {};
  for (const label of labels) {
    const match = /^(.+): (\d+)$/.exec(label);
    if (!match) throw new Error(`Unexpected legend count label: "${label}"`);
    counts[match[1]!] = Number(match[2]);
  }
  return counts;
}

/** The sum of the three outlet layers' legend counts (a hidden layer counts 0). */
export function sumOfOutletCounts(counts: Record<string, number>): number {
  return KIND_NAMES.reduce((sum, name) => sum + (counts[name] ?? 0), 0);
}

export interface KeyFigureNumbers {
  outlets: number;
  byKind: Record<KindName, number>;
  open: number;
  pipeline: number;
  /** The whole text, for messages. */
  text: string;
}

const toNumber = (text: string) => Number(text.replace(/[,\s]/g, ''));

/** The "Key figures" section (shown while no city is selected). */
export function keyFiguresSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Key figures', exact: true });
}

/** Reads the English key figures as numbers; throws if one is missing. */
export async function readKeyFigures(page: Page): Promise<KeyFigureNumbers> {
  const text = await keyFiguresSection(page).innerText();
  const find = (pattern: RegExp, what: string): number => {
    const match = pattern.exec(text);
    if (!match?.[1]) throw new Error(`No ${what} in the key figures:\n${text}`);
    return toNumber(match[1]);
  };
  const byKind = Object.fromEntries(
    KIND_NAMES.map((name) => [name, find(new RegExp(`^([\\d,]+)\\s+${name}$`, 'm'), name)]),
  ) as Record<KindName, number>;
  return {
    outlets: find(/^([\d,]+)\s+outlets?$/m, 'outlet total'),
    byKind,
    open: find(/^([\d,]+)\s+open$/m, 'open count'),
    pipeline: find(/^([\d,]+) in pipeline/m, 'pipeline count'),
    text,
  };
}

/** The "List · N" button over the map (desktop layout). */
export function listToggle(page: Page): Locator {
  return page.getByRole('button', { name: /^List · [\d,]+$/ });
}

/** The N of the "List · N" button. */
export async function listToggleCount(page: Page): Promise<number> {
  const text = await listToggle(page).innerText();
  return toNumber(text.replace(/^List · /, ''));
}

/** The outlet list's section (the first region named "Outlets"; its scroller shares the name). */
export function listSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Outlets', exact: true }).first();
}

/** The outlet table. */
export function outletTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Outlets', exact: true });
}

/** The number the list announces ("N outlets"); the list must be open. */
export async function listCount(page: Page): Promise<number> {
  const status = listSection(page).getByText(/^[\d,]+ outlets?$/);
  await status.waitFor({ timeout: 10_000 });
  return toNumber((await status.innerText()).replace(/ outlets?$/, ''));
}

/** Opens the outlet list with the "List · N" button (if it is closed) and returns its count. */
export async function openList(page: Page): Promise<number> {
  const toggle = listToggle(page);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await outletTable(page).waitFor({ timeout: 10_000 });
  return listCount(page);
}

/** Closes the outlet list and waits for the resized map to draw again. */
export async function closeList(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Close the list', exact: true }).click();
  await outletTable(page).waitFor({ state: 'detached', timeout: 10_000 });
  await settleMap(page);
}

/** The search parameters of the page's URL, as a plain object (the camera `v` left out). */
export function urlParams(page: Page): Record<string, string> {
  const params = Object.fromEntries(new URL(page.url()).searchParams);
  delete params.v;
  return params;
}

/**
 * The row-header texts (outlet names) of every row of the outlet table, in order. The table
 * only renders the rows in sight, so this scrolls it from top to bottom and collects rows by
 * their `aria-rowindex`.
 */
export async function readAllRowNames(page: Page): Promise<string[]> {
  const table = outletTable(page);
  const rowCount = Number(await table.getAttribute('aria-rowcount')) - 1;
  const scroller = listSection(page).getByRole('region', { name: 'Outlets', exact: true });
  const names = new Map<number, string>();
  const { clientHeight, scrollHeight } = await scroller.evaluate((element) => ({
    clientHeight: element.clientHeight,
    scrollHeight: element.scrollHeight,
  }));
  const step = Math.max(34, clientHeight - 34);
  for (let top = 0; ; top += step) {
    await scroller.evaluate((element, top) => element.scrollTo({ top }), top);
    // Lets React handle the scroll event and render the rows now in sight.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const rows = await table.locator('tbody tr[aria-rowindex]').evaluateAll((elements) =>
      elements.map((row) => ({
        index: Number(row.getAttribute('aria-rowindex')),
        name: row.querySelector('th[scope="row"]')?.textContent ?? '',
      })),
    );
    for (const { index, name } of rows) names.set(index, name);
    if (top + clientHeight >= scrollHeight) break;
  }
  if (names.size !== rowCount)
    throw new Error(`Read ${names.size} of the table's ${rowCount} rows`);
  return [...names.entries()].sort(([a], [b]) => a - b).map(([, name]) => name);
}

/** Opens files with the "Open data file" button, through the browser's file chooser. */
export async function openWithButton(
  page: Page,
  files: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: 10_000 }),
    page.getByRole('button', { name: 'Open data file', exact: true }).click(),
  ]);
  await chooser.setFiles(files);
}
