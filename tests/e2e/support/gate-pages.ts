import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { buildCityMarks } from '../../../src/data/derive/city-marks';
import { deriveNetworkView } from '../../../src/data/derive/network-view';
import { DEFAULT_FILTERS, type Filters } from '../../../src/data/domain/filters';
import type { Network } from '../../../src/data/domain/schema';

/**
 * What the tests of hostile inputs (files and API answers) look at, beyond `dashboard.ts`: the
 * legend's counts a dataset should give, a drop, the source status and the drawn city bubbles.
 */

const LEGEND: Readonly<Record<string, string>> = {
  cities: 'Cities',
  'delivery-center': 'Delivery centers',
  'partner-store': 'Partner stores',
  'fusion-store': 'Fusion stores',
};

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

/**
 * How many cities the map draws a bubble for now: a lone city's bubble, or a group's (drawn on
 * its leader, standing for every city of the group), counted by city position.
 */
export async function drawnCityBubbles(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } }).__channelAtlas;
    const cities = new Set<number>();
    for (const feature of map.queryRenderedFeatures({ layers: ['cities-bubble'] })) {
      const { c, members } = feature.properties as { c: number; members: string };
      cities.add(Number(c));
      for (const member of members ? members.split(',') : []) cities.add(Number(member));
    }
    return cities.size;
  });
}
