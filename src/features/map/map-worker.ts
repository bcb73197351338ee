/**
 * MapLibre's worker, with the app's glyph cache installed in it (`glyph-cache.ts`). The map is
 * given this file as its `workerUrl`; MapLibre's worker module runs first and sets up
 * `self.worker`.
 */
import 'maplibre-gl/dist/maplibre-gl-worker.mjs';
import { installGlyphCache } from './glyph-cache';

installGlyphCache(self);
