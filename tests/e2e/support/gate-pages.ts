import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildCityMarks } from '../../../src/data/derive/city-marks';
import { deriveNetworkView } from '../../../src/data/derive/network-view';
import { DEFAULT_FILTERS, type Filters } from '../../../src/data/domain/filters';
import type { Network } from '../../../src/data/domain/schema';
import { launchBrowser, openApp, type BrowserSession, type PageRecord } from './browser';

/**
 * Pages for the tests of hostile inputs: each case opens its own browser and page, and ends
 * asserting that the page threw nothing.
 */

export interface GatePage {
  page: Page;
  record: PageRecord;
  session: BrowserSession;
}

/** A fresh browser on the app at `origin` (+ `path`), its map idle; `before` runs first. */
export async function openGatePage(
  origin: string,
  options: { path?: string; before?: (page: Page) => Promise<unknown> } = {},
): Promise<GatePage> {
  const session = await launchBrowser();
  try {
    await options.before?.(session.page);
    const record = await openApp(session.page, origin, { path: options.path });
    return { page: session.page, record, session };
  } catch (error) {
    await session.close();
    throw error;
  }
}

const LEGEND: Readonly<Record<string, string>> = {
  cities: 'Cities',
  'delivery-center': 'Delivery centers',
  'partner-store': 'Partner stores',
  'fusion-store': 'Fusion stores',
};

/** The legend's counts, by layer name ("Partner stores": 31). */
export async function legendCounts(page: Page): Promise<Record<string, number>> {
  const labels = await page
    .getByRole('region', { name: 'Layers' })
    .getByRole('status')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
  const counts: Record<string, number> = {};
  for (const label of labels) {
    const match = /^(.+): (\d+)$/.exec(label);
    if (match?.[1]) counts[match[1]] = Number(match[2]);
  }
  return counts;
}

/** What the legend shows for a dataset and filters, by the app's own derivation. */
export function expectedCounts(
  network: Network,
  filters: Filters = DEFAULT_FILTERS,
): Record<string, number> {
  const view = deriveNetworkView(network, filters);
  const marks = buildCityMarks(view, {
    cities: true,
    'delivery-center': true,
    'partner-store': true,
    'fusion-store': true,
  });
  return Object.fromEntries(
    Object.entries(marks.legend).map(([layer, count]) => [LEGEND[layer] ?? layer, count]),
  );
}

/** Opens a file from disk with "Open data file", as a user does. */
export async function chooseFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: 10_000 }),
    page.getByRole('button', { name: 'Open data file', exact: true }).click(),
  ]);
  await chooser.setFiles(path);
}

/** Drops a file made in the page on the map, as a drag from the desktop would. */
export async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ({ name, text }) => {
      const target = document.querySelector('canvas.maplibregl-canvas');
      if (!target) throw new Error('no map canvas');
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      const init = { bubbles: true, cancelable: true, dataTransfer: transfer };
      target.dispatchEvent(new DragEvent('dragenter', init));
      target.dispatchEvent(new DragEvent('dragover', init));
      target.dispatchEvent(new DragEvent('drop', init));
    },
    { name, text },
  );
}

/** "Showing NAME, opened from this computer (not uploaded)." */
export const fileStatus = (page: Page, name: string) =>
  page.getByRole('status').filter({
    hasText: `Showing ${name}, opened from this computer (not uploaded).`,
  });

/** The map's state, `idle` once it has drawn what it was given. */
export const mapState = (page: Page) =>
  page.locator('[data-map-state]').first().getAttribute('data-map-state');

/** City bubbles the map draws now, by city position. */
export async function drawnCityBubbles(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } }).__channelAtlas;
    const cities = new Set<unknown>();
    for (const feature of map.queryRenderedFeatures({ layers: ['cities-bubble'] }))
      cities.add(feature.id);
    return cities.size;
  });
}

/** The page threw nothing; its console errors are only those `expected` allows. */
export function expectNoPageError(record: PageRecord, expected: RegExp | null = null): void {
  expect(record.pageErrors, 'uncaught page errors').toEqual([]);
  const unexpected = record.consoleErrors.filter((line) => !expected?.test(line));
  expect(unexpected, 'console errors').toEqual([]);
}
