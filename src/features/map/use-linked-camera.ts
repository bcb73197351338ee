import { useEffect } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * Keeps two maps on one camera (a split view): whichever moves — by the user, a flight, a
 * link — the other follows in the same frame. `otherId` names the other map under react-map-gl's `MapProvider`.
 */
export function useLinkedCamera(map: MaplibreMap | null, otherId: string | null): void {
  const maps = useMap();
  const other = otherId ? maps[otherId]?.getMap() : undefined;
  useEffect(() => {
    if (!map || !other) return;
    let following = false;
    const follow = (from: MaplibreMap, to: MaplibreMap) => () => {
      // The other map's echo of a move (its `jumpTo` fires `move` at once) is not sent back.
      if (following) return;
      following = true;
      to.jumpTo({ center: from.getCenter(), zoom: from.getZoom() });
      following = false;
    };
    const lead = follow(map, other);
    const trail = follow(other, map);
    map.on('move', lead);
    other.on('move', trail);
    other.jumpTo({ center: map.getCenter(), zoom: map.getZoom() });
    return () => {
      map.off('move', lead);
      other.off('move', trail);
    };
  }, [map, other]);
}
