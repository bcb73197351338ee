import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { onMap, settleMap } from './browser';

export interface CameraState {
  lon: number;
  lat: number;
  zoom: number;
}

/** Where the map looks now. */
export function camera(page: Page): Promise<CameraState> {
  return page.evaluate(() => {
    const { map } = (window as unknown as { __channelAtlas: { map: MaplibreMap } }).__channelAtlas;
    const center = map.getCenter();
    return { lon: center.lng, lat: center.lat, zoom: map.getZoom() };
  });
}

/**
 * Waits until the camera has come to rest (e.g. after a fly-to) and the map has drawn the
 * frame; `minZoom` also waits for the camera to have zoomed in that far.
 */
export async function waitForCameraRest(
  page: Page,
  { minZoom = -Infinity, timeout = 30_000 }: { minZoom?: number; timeout?: number } = {},
): Promise<void> {
  await page.waitForFunction(
    (minZoom) => {
      const atlas = (window as unknown as { __channelAtlas?: { map: MaplibreMap } }).__channelAtlas;
      return Boolean(atlas && !atlas.map.isMoving() && atlas.map.getZoom() >= minZoom);
    },
    minZoom,
    { timeout, polling: 'raf' },
  );
  await settleMap(page, { timeout });
}

/** Great-circle-free distance in degrees, good enough for "is the map centered near X". */
export function degreesApart(a: { lon: number; lat: number }, b: { lon: number; lat: number }) {
  return Math.hypot(a.lon - b.lon, a.lat - b.lat);
}

/**
 * The map feature id of a city drawn on its own: its position in the dataset's cities plus this
 * base (src/features/map/build-city-features.ts); a group of cities has other ids.
 */
export const CITY_FEATURE_BASE = 1 << 20;

export const cityFeatureId = (position: number): number => CITY_FEATURE_BASE + position;

/** Below this zoom nearby cities may be drawn as one group (src/features/map/layers/city-layers.ts). */
export const CITY_GROUP_MAX_ZOOM = 7;

export interface PagePoint {
  x: number;
  y: number;
}

/**
 * A point of the viewport where the pointer lands on the bubble of the city at `position` in
 * the dataset's cities, drawn on its own (see `cityFeatureId`): the topmost interactive feature there is the bubble
 * and no control or panel covers it. Tries the bubble's center first, then rings around it
 * (outlet symbols may cover the center). Null when none.
 */
export async function findCityBubblePoint(
  page: Page,
  position: number,
  lngLat: [number, number],
): Promise<PagePoint | null> {
  return onMap(
    page,
    (map, { id, lngLat }) => {
      const canvas = map.getCanvas();
      const box = canvas.getBoundingClientRect();
      const center = map.project(lngLat);
      const interactive = [
        'outlets-delivery-center',
        'outlets-partner-store',
        'outlets-fusion-store',
        'outlets-delivery-center-dot',
        'outlets-partner-store-dot',
        'outlets-fusion-store-dot',
        'cities-bubble',
      ].filter((id) => map.getLayer(id));
      for (const radius of [0, 3, 6, 9, 12])
        for (let step = 0; step < (radius === 0 ? 1 : 12); step += 1) {
          const angle = (step / 12) * 2 * Math.PI;
          // Mouse events arrive at whole CSS pixels: pick one, and make sure its neighbors
          // hit the bubble as well.
          const pageX = Math.round(box.left + center.x + radius * Math.cos(angle));
          const pageY = Math.round(box.top + center.y + radius * Math.sin(angle));
          const [x, y] = [pageX - box.left, pageY - box.top];
          if (x < 8 || y < 8 || x > box.width - 8 || y > box.height - 8) continue;
          if (document.elementFromPoint(pageX, pageY) !== canvas) continue;
          const hits = [
            [0, 0],
            [-1, 0],
            [1, 0],
            [0, -1],
            [0, 1],
          ].every(([dx, dy]) => {
            const top = map.queryRenderedFeatures([x + dx!, y + dy!], { layers: interactive })[0];
            return top?.layer.id === 'cities-bubble' && top.id === id;
          });
          if (hits) return { x: pageX, y: pageY };
        }
      return null;
    },
    { id: cityFeatureId(position), lngLat },
  );
}
