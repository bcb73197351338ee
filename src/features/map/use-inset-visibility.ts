import { useEffect, useState } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * Whether the South China Sea inset is due: the standard map shows the southern islands, so a
 * national frame that leaves them out carries the inset. Read on `moveend`, not every frame.
 */
export function useInsetVisibility(map: MaplibreMap | null): boolean {
  const [show, setShow] = useState(true);
  useEffect(() => {
    if (!map) return;
    const update = () => setShow(map.getZoom() < 6 && map.getBounds().getSouth() > 4);
    map.on('moveend', update);
    if (map.loaded()) update();
    else map.once('load', update);
    return () => {
      map.off('moveend', update);
    };
  }, [map]);
  return show;
}
