import type { Map as MaplibreMap } from 'maplibre-gl';
import { GLYPHS_STATE } from './glyph-cache';

const styleNumbers = new WeakMap<object, number>();
let styleCount = 0;

/** A number per style object: a style replaced without diffing draws its glyphs afresh. */
function styleNumber(style: object | undefined): number {
  if (!style) return -1;
  let number = styleNumbers.get(style);
  if (number === undefined) {
    number = styleCount++;
    styleNumbers.set(style, number);
  }
  return number;
}

/**
 * What the glyphs the page draws for a font stack depend on: the style's glyph URL and font
 * files, and the style object itself, whose glyph manager keeps the glyphs it has drawn (a web
 * font loaded later changes only what a new one draws).
 */
export function glyphsKey(
  map: Pick<MaplibreMap, 'getGlyphs' | 'getFontFaces'> & { style?: object },
): string {
  return JSON.stringify([
    map.getGlyphs() ?? null,
    map.getFontFaces() ?? null,
    styleNumber(map.style),
  ]);
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
