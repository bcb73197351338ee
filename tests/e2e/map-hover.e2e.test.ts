import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSample } from './fixtures/datasets';
import { appSuite } from './support/app';
import { jumpTo, onMap, revealClickableOutlet, waitForIdle } from './support/browser';
import {
  CITY_GROUP_MAX_ZOOM,
  cityFeatureId,
  findCityBubblePoint,
  type PagePoint,
} from './support/map-camera';

const sample = readSample();
const SUZHOU = sample.cities.find((city) => city.id === 'suzhou')!;
const SUZHOU_POSITION = sample.cities.indexOf(SUZHOU);

/** What the pointer shows over the map canvas. */
const cursor = (page: Page) => onMap(page, (map) => getComputedStyle(map.getCanvas()).cursor);

/** The highlight rings drawn under a point of the page, with where their centres are drawn. */
const ringsAt = (page: Page, point: PagePoint) =>
  onMap(
    page,
    (map, point) => {
      const box = map.getCanvas().getBoundingClientRect();
      return map
        .queryRenderedFeatures([point.x - box.left, point.y - box.top], {
          layers: ['outlets-highlight'],
        })
        .flatMap((feature) =>
          feature.geometry.type === 'Point'
            ? [map.project(feature.geometry.coordinates as [number, number])]
            : [],
        )
        .map(({ x, y }) => ({ x: x + box.left, y: y + box.top }));
    },
    point,
  );

/** A point of the map near `point` where the pointer is over no outlet or city. */
const emptyPointNear = (page: Page, point: PagePoint) =>
  onMap(
    page,
    (map, point) => {
      const canvas = map.getCanvas();
      const box = canvas.getBoundingClientRect();
      const layers = map
        .getStyle()
        .layers.map((layer) => layer.id)
        .filter((id) => id.startsWith('outlets-') || id === 'cities-bubble');
      for (const distance of [60, 100, 160])
        for (const [dx, dy] of [
          [1, 0],
          [-1, 0],
          [0, 1],
          [0, -1],
        ]) {
          const x = point.x + dx! * distance;
          const y = point.y + dy! * distance;
          if (document.elementFromPoint(x, y) !== canvas) continue;
          const near = map.queryRenderedFeatures(
            [
              [x - box.left - 4, y - box.top - 4],
              [x - box.left + 4, y - box.top + 4],
            ],
            { layers },
          );
          if (near.length === 0) return { x, y };
        }
      return null;
    },
    point,
  );

/** Moves the pointer off what it hovers: to an empty point of the map, then off the map. */
async function moveAway(page: Page, from: PagePoint): Promise<PagePoint> {
  const empty = await emptyPointNear(page, from);
  expect(empty, 'an empty point of the map nearby').not.toBeNull();
  await page.mouse.move(empty!.x, empty!.y);
  await waitForIdle(page);
  return empty!;
}

/** A place on the page away from the map: the header. */
async function pointerOffTheMap(page: Page): Promise<void> {
  const header = await page.getByRole('banner').boundingBox();
  await page.mouse.move(header!.x + header!.width / 2, header!.y + header!.height / 2);
}

describe('hovering the map at 1440×900', () => {
  const app = appSuite();

  it('rings the outlet under the pointer and shows a pointer cursor, until the pointer leaves', async () => {
    const { page } = await app.open();
    // At a city zoom, where a partner store stands on its own.
    const outlet = await revealClickableOutlet(page, 'outlets-partner-store');
    expect(outlet, 'a partner store the pointer can reach').not.toBeNull();
    expect(await ringsAt(page, outlet!)).toEqual([]);

    await page.mouse.move(outlet!.x, outlet!.y);
    await waitForIdle(page);
    const rings = await ringsAt(page, outlet!);
    expect(rings, 'rings under the pointer').toHaveLength(1);
    expect(Math.hypot(rings[0]!.x - outlet!.x, rings[0]!.y - outlet!.y)).toBeLessThan(1.5);
    expect(await cursor(page)).toBe('pointer');

    await moveAway(page, outlet!);
    expect(await ringsAt(page, outlet!), 'rings once the pointer moved on').toEqual([]);
    expect(await cursor(page), 'the cursor over an empty point').not.toBe('pointer');

    // Back over the outlet, then off the map altogether: the ring goes with the pointer.
    await page.mouse.move(outlet!.x, outlet!.y);
    await waitForIdle(page);
    expect(await ringsAt(page, outlet!)).toHaveLength(1);
    await pointerOffTheMap(page);
    await waitForIdle(page);
    expect(await ringsAt(page, outlet!), 'rings once the pointer left the map').toEqual([]);
  });

  it('marks the city bubble under the pointer as hovered, until the pointer leaves', async () => {
    const { page } = await app.open();
    const hover = () =>
      onMap(
        page,
        (map, id) => map.getFeatureState({ source: 'cities', id }).hover === true,
        cityFeatureId(SUZHOU_POSITION),
      );
    const lngLat: [number, number] = [SUZHOU.point.lon, SUZHOU.point.lat];
    let point = await findCityBubblePoint(page, SUZHOU_POSITION, lngLat);
    if (!point) {
      // At the national view Suzhou is one of the Shanghai group: come closer.
      await jumpTo(page, { center: lngLat, zoom: CITY_GROUP_MAX_ZOOM });
      point = await findCityBubblePoint(page, SUZHOU_POSITION, lngLat);
    }
    expect(point, "a point on Suzhou's bubble the pointer can reach").not.toBeNull();
    expect(await hover()).toBe(false);

    await page.mouse.move(point!.x, point!.y);
    await waitForIdle(page);
    expect(await hover(), "Suzhou's bubble hovered").toBe(true);
    expect(await cursor(page)).toBe('pointer');

    await moveAway(page, point!);
    expect(await hover(), "Suzhou's bubble once the pointer moved on").toBe(false);
    expect(await cursor(page), 'the cursor over an empty point').not.toBe('pointer');

    // Back over the bubble, then off the map altogether: the hover goes with the pointer.
    await page.mouse.move(point!.x, point!.y);
    await waitForIdle(page);
    expect(await hover()).toBe(true);
    await pointerOffTheMap(page);
    await waitForIdle(page);
    expect(await hover(), "Suzhou's bubble once the pointer left the map").toBe(false);
  });
});
