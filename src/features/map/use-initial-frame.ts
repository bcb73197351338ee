import { useEffect } from 'react';
import type { LngLatBoundsLike, Map as MaplibreMap } from 'maplibre-gl';

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
      map.off('movestart', onMoveStart);
      map.off('resize', onResize);
    };
    // The map fitted its first view when it was created: every move from now on is someone's.
    map.on('movestart', onMoveStart);
    map.on('resize', onResize);
    return stop;
  }, [map, bounds, framed]);
}
