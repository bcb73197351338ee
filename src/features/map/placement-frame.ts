import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * The parts of MapLibre's style (maplibre-gl 6.17, `src/style/style.ts`) this fix touches. They
 * are not public API: every one is checked before use, and the fix does nothing when they differ.
 */
interface PlacementInternals {
  _updatePlacement: (...args: unknown[]) => unknown;
  placement?: { stale?: unknown; hasTransitions?: unknown };
  pauseablePlacement?: { isDone?: unknown };
}

const FADE_DURATION_ARG = 2;
const fixedStyles = new WeakSet<object>();

function hasPlacementInternals(style: unknown): style is PlacementInternals {
  return (
    typeof style === 'object' &&
    style !== null &&
    typeof (style as PlacementInternals)._updatePlacement === 'function'
  );
}

/**
 * Drops the one redundant frame MapLibre draws after a symbol tile changes.
 *
 * With `fadeDuration: 0` MapLibre places every symbol, in full, in the frame it draws
 * (`forceFullPlacement`). When a symbol tile has just arrived it then also marks that finished
 * placement stale, and a stale placement asks for one more frame, identical to the one just
 * drawn, before the map can go idle. On a software renderer a frame costs 70–250 ms, so each
 * filter change, layer toggle and data load waited one frame longer than it needed: the city
 * labels are symbols and change with every filter.
 *
 * After MapLibre's own placement step, a placement that is finished and committed in this
 * frame is not stale, so the flag is cleared and the step reports what else is pending. Only
 * when the step ran with a fade of 0 (every placement full) and the placement is done; in
 * every other case MapLibre's answer stands. Returns whether the style was fixed (or already
 * was); false, and nothing changed, when MapLibre's internals are not the expected ones.
 */
export function settlePlacementInOneFrame(style: unknown): boolean {
  if (!hasPlacementInternals(style)) return false;
  if (fixedStyles.has(style)) return true;
  const updatePlacement = style._updatePlacement;
  style._updatePlacement = function (this: PlacementInternals, ...args: unknown[]) {
    const pending = updatePlacement.apply(this, args);
    if (args[FADE_DURATION_ARG] !== 0) return pending;
    const { placement, pauseablePlacement } = this;
    if (
      placement?.stale !== true ||
      typeof placement.hasTransitions !== 'function' ||
      typeof pauseablePlacement?.isDone !== 'function' ||
      pauseablePlacement.isDone() !== true
    )
      return pending;
    placement.stale = false;
    return placement.hasTransitions(performance.now()) === true;
  };
  fixedStyles.add(style);
  return true;
}

/** Keeps the fix on the map's style, including a style that replaces it (`setStyle`). */
export function keepPlacementInOneFrame(map: MaplibreMap): () => void {
  const apply = () => {
    settlePlacementInOneFrame((map as unknown as { style?: unknown }).style);
  };
  apply();
  map.on('styledata', apply);
  return () => {
    map.off('styledata', apply);
  };
}
