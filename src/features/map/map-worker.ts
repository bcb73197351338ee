/**
 * MapLibre's worker, with the app's glyph cache (`glyph-cache.ts`) and outlet URLs
 * (`outlet-protocol.ts`) installed in it. The map is given this file as its `workerUrl`;
 * MapLibre's worker module runs first and sets up `self.worker`.
 */
import 'maplibre-gl/dist/maplibre-gl-worker.mjs';
import { installGlyphCache } from './glyph-cache';
import { installOutletProtocol, type MaplibreWorkerScope } from './outlet-protocol';

installGlyphCache(self);
installOutletProtocol(self as unknown as MaplibreWorkerScope);
