import type { Map as MaplibreMap } from 'maplibre-gl';
import { CITY_OBSTACLE_IMAGE } from './layers/layer-ids';
import { OBSTACLE_PX } from './layers/city-layers';
import { paletteOf, type MapAppearance } from './map-state';
import { drawOutletIcon, OUTLET_ICON_NAMES } from './outlet-icons';

const pixelRatio = () => Math.max(2, Math.ceil(window.devicePixelRatio || 1));

/**
 * Draws an image the style asks for: an outlet icon in the look of `appearance`, or the
 * transparent square the city labels keep clear of.
 */
export function provideMapImage(map: MaplibreMap, name: string, appearance: MapAppearance): void {
  if (map.hasImage(name)) return;
  if (name === CITY_OBSTACLE_IMAGE) {
    const size = OBSTACLE_PX;
    map.addImage(name, { width: size, height: size, data: new Uint8Array(size * size * 4) });
    return;
  }
  const icon = OUTLET_ICON_NAMES.find((entry) => entry.name === name);
  if (!icon) return;
  const ratio = pixelRatio();
  const image = drawOutletIcon(icon.kind, icon.variant, paletteOf(appearance).hollowFill, ratio);
  if (image) map.addImage(name, image, { pixelRatio: ratio });
}

/** Redraws the outlet icons the map has when a new look changes their hollow fill. */
export function refreshOutletIcons(
  map: MaplibreMap,
  before: MapAppearance,
  after: MapAppearance,
): void {
  const fill = paletteOf(after).hollowFill;
  if (fill === paletteOf(before).hollowFill) return;
  const ratio = pixelRatio();
  for (const icon of OUTLET_ICON_NAMES) {
    if (!map.hasImage(icon.name)) continue;
    const image = drawOutletIcon(icon.kind, icon.variant, fill, ratio);
    if (image) map.updateImage(icon.name, image);
  }
}
