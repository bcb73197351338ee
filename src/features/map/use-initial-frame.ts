import { useEffect } from 'react';
import type { LngLatBoundsLike, Map as MaplibreMap } from 'maplibre-gl';

/** Maps still showing their automatic first view (nobody has moved them yet). */
const autoFramed = new WeakSet<MaplibreMap>();

/** Whether the map still shows the first view it fitted itself: not a view worth a link. */
export function isAutoFramed(map: MaplibreMap): boolean {
  return autoFramed.has(map);
}

/**
 * Keeps the whole country framed while nobody has moved the map: the map is drawn before the
 * panels around it are, and when they (or a window resize) change its size, the first view is
 * fitted again. The first move by a user, a link, a tour or a city selection ends it.
 */
export function useInitialFrame(
  map: MaplibreMap | null,
  bounds: LngLatBoundsLike,
  /** Whether the map opened on the first view (not a view from the link). */
  framed: boolean,
): void {
  useEffect(() => {
    if (!map || !framed) return;
    let refitting = false;
    const onMoveStart = () => {
      if (!refitting) stop();
    };
    const onResize = () => {
      refitting = true;
      map.fitBounds(bounds, { padding: 24, duration: 0 });
      refitting = false;
    };
    const stop = () => {
      autoFramed.delete(map);
      map.off('movestart', onMoveStart);
      map.off('resize', onResize);
    };
    // The map fitted its first view when it was created: every move from now on is someone's.
    autoFramed.add(map);
    map.on('movestart', onMoveStart);
    map.on('resize', onResize);
    return stop;
  }, [map, bounds, framed]);
}
