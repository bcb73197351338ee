import type { Map as MaplibreMap } from 'maplibre-gl';

let activeMap: MaplibreMap | null = null;

/**
 * The MapLibre map on screen, for the few parts that need the drawn picture itself (PNG
 * export). The map view registers it; automation also finds it as `window.__channelAtlas.map`.
 */
export const mapRegistry = {
  set(map: MaplibreMap | null): void {
    activeMap = map;
    (window as unknown as { __channelAtlas?: { map: MaplibreMap } | undefined }).__channelAtlas =
      map ? { map } : undefined;
  },
  get(): MaplibreMap | null {
    return activeMap;
  },
};
