import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { FeatureCollection, Point } from 'geojson';
import type { NetworkView } from '../../data/derive/network-view';
import { useAppStore } from '../../stores/app-store';
import { OUTLET_KINDS } from '../../data/domain/schema';
import { OUTLET_HIGHLIGHT_SOURCE, outletDotLayerId } from './layers/layer-ids';
import { outletHighlightLayer } from './layers/outlet-layers';

/** An outlet's id and where it is drawn. */
export interface OutletSpot {
  id: string;
  coordinates: [number, number];
}

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

export interface OutletHighlightProps {
  view: NetworkView;
  hovered: OutletSpot | null;
  color: string;
}

/**
 * Rings under the selected outlet (when it passes the filters) and the hovered one, from a
 * source of their own: drawing them never touches the outlet sources.
 */
export function OutletHighlight({ view, hovered, color }: OutletHighlightProps) {
  const selectedId = useAppStore((state) => state.selectedOutletId);
  const selected = useMemo((): OutletSpot | null => {
    if (!selectedId) return null;
    const position = view.network.outlets.findIndex((outlet) => outlet.id === selectedId);
    const outlet = view.network.outlets[position];
    if (!outlet || !isVisible(view.visible, position)) return null;
    return { id: outlet.id, coordinates: [outlet.point.lon, outlet.point.lat] };
  }, [view, selectedId]);
  // Keyed by what is ringed, not by the view: a filter change that leaves the rings as they
  // are must not hand the map a new source to load.
  const selectedKey = selected ? `${selected.id}` : '';
  const hoveredKey = hovered && hovered.id !== selected?.id ? hovered.id : '';
  const data = useMemo((): FeatureCollection<Point> => {
    const spots: (OutletSpot & { selected: boolean })[] = [];
    if (selected && selectedKey) spots.push({ ...selected, selected: true });
    if (hovered && hoveredKey) spots.push({ ...hovered, selected: false });
    return {
      type: 'FeatureCollection',
      features: spots.map(({ id, coordinates, selected: isSelected }) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates },
        properties: { id, selected: isSelected },
      })),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the keys stand for the spots
  }, [selectedKey, hoveredKey]);
  const layer = useMemo(() => outletHighlightLayer(color), [color]);
  return (
    <Source id={OUTLET_HIGHLIGHT_SOURCE} type="geojson" data={data}>
      {/* Under the outlets: the ring surrounds the symbol rather than covering it. */}
      <Layer {...layer} beforeId={outletDotLayerId(OUTLET_KINDS[0])} />
    </Source>
  );
}
