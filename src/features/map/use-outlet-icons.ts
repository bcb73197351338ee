import { useEffect } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { drawOutletIcon, OUTLET_ICON_NAMES } from './outlet-icons';

/**
 * Supplies the outlet icons to the map: drawn on demand when the style asks for one, and
 * redrawn when the theme changes their hollow fill.
 */
export function useOutletIcons(map: MaplibreMap | null, hollowFill: string): void {
  useEffect(() => {
    if (!map) return;
    const ratio = Math.max(2, Math.ceil(window.devicePixelRatio || 1));
    const provide = (name: string, replace: boolean) => {
      const icon = OUTLET_ICON_NAMES.find((entry) => entry.name === name);
      if (!icon) return;
      const image = drawOutletIcon(icon.kind, icon.variant, hollowFill, ratio);
      if (!image) return;
      if (map.hasImage(name)) {
        if (replace) map.updateImage(name, image);
      } else {
        map.addImage(name, image, { pixelRatio: ratio });
      }
    };
    map.setMissingStyleImageResolver((id) => provide(id, false));
    for (const icon of OUTLET_ICON_NAMES) if (map.hasImage(icon.name)) provide(icon.name, true);
    return () => {
      map.setMissingStyleImageResolver(null);
    };
  }, [map, hollowFill]);
}
