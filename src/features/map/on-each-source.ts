import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * Calls `apply` for each new instance of a source: now if it is there, and whenever a style
 * change adds it again. MapLibre keeps feature state (and a new style, its global state) with
 * the source instance, so what was handed to the last one must be handed to the next. Returns
 * the unsubscribe.
 */
export function onEachSource(map: MaplibreMap, sourceId: string, apply: () => void): () => void {
  let seen: unknown = null;
  const check = () => {
    const source = map.getSource(sourceId);
    if (!source || source === seen) return;
    seen = source;
    apply();
  };
  check();
  map.on('styledata', check);
  return () => {
    map.off('styledata', check);
  };
}
