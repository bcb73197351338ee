import type { FeatureCollection, Point } from 'geojson';
import type { NetworkView } from '../../data/derive/network-view';
import { OUTLET_KINDS, type OutletKind } from '../../data/domain/schema';

export type OutletRings = FeatureCollection<Point, { selected: boolean }>;

/** Whether outlet `position` is among a view's visible ones (sorted ascending). */
function isVisible(visible: Uint32Array, position: number): boolean {
  let low = 0;
  let high = visible.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = visible[middle] ?? 0;
    if (value === position) return true;
    if (value < position) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/**
 * The rings under the selected outlet (when the filters and the layers show it) and under the
 * hovered one: one or two features, so a hover never touches the outlet sources.
 */
export function buildOutletRings(
  view: NetworkView | null,
  shownKinds: Readonly<Record<OutletKind, boolean>>,
  selected: number | null,
  hovered: number | null,
): OutletRings {
  const features: OutletRings['features'] = [];
  const ring = (position: number | null, isSelected: boolean) => {
    const outlet = position === null ? undefined : view?.network.outlets[position];
    if (!view || position === null || !outlet) return;
    const kind = OUTLET_KINDS[view.index.kind[position] ?? 0];
    if (!kind || !shownKinds[kind] || !isVisible(view.visible, position)) return;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [outlet.point.lon, outlet.point.lat] },
      properties: { selected: isSelected },
    });
  };
  ring(selected, true);
  if (hovered !== selected) ring(hovered, false);
  return { type: 'FeatureCollection', features };
}
