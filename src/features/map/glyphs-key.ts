import type { Map as MaplibreMap } from 'maplibre-gl';
import { GLYPHS_STATE } from './glyph-cache';

/** What the glyphs drawn for a font stack depend on in the style: its glyph URL and font files. */
export function glyphsKey(map: Pick<MaplibreMap, 'getGlyphs' | 'getFontFaces'>): string {
  return JSON.stringify([map.getGlyphs() ?? null, map.getFontFaces() ?? null]);
}

/**
 * Names the style's glyph set in its global state, for the worker's glyph cache
 * (`glyph-cache.ts`), on every style load and style change: a `setStyle`, with or without
 * diffing, fires `style.load` before any tile is laid out with the new glyphs. No layer reads the
 * key, so setting it reloads nothing. A style still loading has no key yet, and its tiles are
 * laid out without the cache.
 */
export function keepGlyphsKey(map: MaplibreMap): () => void {
  const apply = () => {
    try {
      const key = glyphsKey(map);
      if (map.getGlobalState()[GLYPHS_STATE] !== key) map.setGlobalStateProperty(GLYPHS_STATE, key);
    } catch {
      // The style is not parsed yet (MapLibre throws); its `style.load` comes next.
    }
  };
  apply();
  map.on('style.load', apply);
  map.on('styledata', apply);
  return () => {
    map.off('style.load', apply);
    map.off('styledata', apply);
  };
}
