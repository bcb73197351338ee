import { useEffect, useMemo, useRef } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';

/** Fired on the map for each frame not drawn, so that frames drawn can be counted. */
export const FRAME_SKIPPED_EVENT = 'atlas:frameskipped';

/** Calls `listener` for each frame `skipStaleFrames` leaves undrawn; returns the way to stop. */
export function onFrameSkipped(map: MaplibreMap, listener: () => void): () => void {
  const on = map.on as (type: string, listener: () => void) => unknown;
  const off = map.off as (type: string, listener: () => void) => unknown;
  on.call(map, FRAME_SKIPPED_EVENT, listener);
  return () => void off.call(map, FRAME_SKIPPED_EVENT, listener);
}

/** The longest the map keeps its last picture while the new one is laid out. */
export const MAX_HOLD_MS = 1_000;

type Render = (style: unknown, transform: unknown, options: unknown) => unknown;

/**
 * The part of MapLibre's map (maplibre-gl 6.17, `src/ui/map.ts`: `_render` draws through
 * `this.painter.render(...)`) this uses. Not public API: checked, and nothing is installed when
 * it differs.
 */
interface PainterInternals {
  painter?: { render?: Render };
}

export interface StaleFrames {
  /**
   * Called in the task that hands a change to the map (filters, layers, city marks), before or
   * after the change: the map keeps the picture it has until `sources` are loaded again, if the
   * last frame drawn showed them loaded (or nothing of them yet) and the basemap is loaded.
   */
  hold: () => void;
  /**
   * As `hold`, until `source` is laid out (or gone), and whatever else is loading: for a change
   * to a source of its own that shows nothing yet (`shader-warmup.ts`), whose frames until then
   * would draw the same picture again.
   */
  holdFor: (source: string) => void;
  /** Puts MapLibre's own drawing back. */
  dispose: () => void;
}

function cameraKey(map: MaplibreMap): string {
  const { lng, lat } = map.getCenter();
  const canvas = map.getCanvas();
  return [lng, lat, map.getZoom(), map.getBearing(), map.getPitch(), canvas.width, canvas.height]
    .map(String)
    .join();
}

/**
 * Leaves out the frames that would only show the map's data being laid out again.
 *
 * After a filter change MapLibre draws at once, from the tiles it has, while its worker lays the
 * outlets out again: a frame with the old outlets, then one with the new. On a GPU the first
 * costs a few milliseconds. On a software renderer it costs as much as any frame with every
 * outlet in it (about 200 ms at 100,000 outlets), and the new tiles wait for it. While a change
 * handed over by `hold` is laid out and the camera stays where it was, the map now keeps its
 * last picture on screen and draws once `sources` are loaded. MapLibre's own work in each frame
 * (style, tiles, placement, events) still runs: only the drawing is left out, and each frame
 * left out fires `FRAME_SKIPPED_EVENT`.
 *
 * The first layout of the data is held too: the map keeps its basemap, then draws the network
 * whole, instead of a frame for each source laid out. At 100k outlets each of those frames took
 * 150–250 ms here, drawn while MapLibre's worker was still laying out the next source.
 *
 * It holds only a complete picture (the basemap loaded, and every source in the last frame
 * drawn loaded or not shown yet), never a camera that moves, and never longer than
 * `MAX_HOLD_MS`. Returns null, and changes nothing, when MapLibre's painter is not the expected
 * one.
 */
export function skipStaleFrames(
  map: MaplibreMap,
  /** The sources whose new layout the map waits for. */
  sources: readonly string[],
): StaleFrames | null {
  const painter = (map as unknown as PainterInternals).painter;
  const render = painter?.render;
  if (!painter || typeof render !== 'function') return null;

  let heldSince: number | null = null;
  let drawnCamera = '';
  /** Whether the last frame drawn showed each source loaded, or nothing of it yet. */
  let drawnComplete = false;
  /** The sources some frame drawn has shown loaded. */
  const shown = new Set<string>();
  const isLoaded = (id: string) => map.getSource(id) !== undefined && map.isSourceLoaded(id);
  const loaded = () => sources.every(isLoaded);
  /** What the picture held waits for. */
  const waits = new Set<() => boolean>();
  /** Sources of the holder's own (`holdFor`), shown nowhere. */
  const own = new Set<string>();
  /**
   * Whether the rest of the style, the basemap, is laid out. A change held while the basemap
   * loads would keep its tiles out too, and their first frame would have all their shaders to
   * compile. Every source that changes with the data must be in `sources`: one loading again
   * here refuses the hold (it did for the outlet names and the rings, and a large network's
   * first load came in a frame per source).
   */
  const backdropLoaded = () =>
    Object.keys(map.getStyle()?.sources ?? {}).every(
      (id) => sources.includes(id) || own.has(id) || map.isSourceLoaded(id),
    );
  const holdUntil = (done: () => boolean) => {
    if (heldSince === null && !drawnComplete) return;
    heldSince ??= performance.now();
    waits.add(done);
  };

  const skipping: Render = function (this: unknown, ...args) {
    const camera = cameraKey(map);
    if (
      heldSince !== null &&
      camera === drawnCamera &&
      performance.now() - heldSince < MAX_HOLD_MS &&
      [...waits].some((done) => !done())
    ) {
      (map.fire as (type: string) => unknown).call(map, FRAME_SKIPPED_EVENT);
      return undefined;
    }
    heldSince = null;
    waits.clear();
    drawnCamera = camera;
    drawnComplete = true;
    for (const id of sources) {
      if (isLoaded(id)) shown.add(id);
      else if (shown.has(id)) drawnComplete = false;
    }
    return render.apply(this, args);
  };
  painter.render = skipping;

  return {
    hold: () => {
      if (backdropLoaded()) holdUntil(loaded);
    },
    holdFor: (source) => {
      own.add(source);
      holdUntil(() => map.getSource(source) === undefined || map.isSourceLoaded(source));
    },
    dispose: () => {
      if (painter.render === skipping) painter.render = render;
    },
  };
}

/**
 * `skipStaleFrames` on `map` for as long as it lives. The hold functions it returns stay the same
 * across renders, and do nothing while there is no map or MapLibre's painter is not the one
 * expected.
 */
export function useStaleFrames(
  map: MaplibreMap | null,
  sources: readonly string[],
): Pick<StaleFrames, 'hold' | 'holdFor'> {
  const frames = useRef<StaleFrames | null>(null);
  useEffect(() => {
    if (!map) return;
    const installed = skipStaleFrames(map, sources);
    frames.current = installed;
    return () => {
      installed?.dispose();
      frames.current = null;
    };
  }, [map, sources]);
  return useMemo(
    () => ({
      hold: () => frames.current?.hold(),
      holdFor: (source: string) => frames.current?.holdFor(source),
    }),
    [],
  );
}
