import { useEffect, useMemo, useState } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { BasemapPalette } from '../../components/ui/map-colors';
import type { NetworkView } from '../../data/derive/network-view';
import { OUTLET_KINDS, type OutletKind } from '../../data/domain/schema';
import type { Language } from '../../lib/i18n/messages';
import { useAppStore } from '../../stores/app-store';
import { OUTLET_LABEL_SOURCE } from './layers/layer-ids';
import { OUTLET_LABEL_ZOOM, outletLabelLayer } from './layers/outlet-layers';

/** West, south, east, north. */
export type Area = [number, number, number, number];

/** More than this many names in view would be unreadable anyway; the rest wait for a zoom. */
export const MAX_OUTLET_LABELS = 2_000;

/**
 * The names of the outlets the map shows in `area`: those in view under the filters, of the
 * kinds switched on, each with its feature id (the outlet's position) and its name.
 */
export function buildOutletLabels(
  view: NetworkView,
  shownKinds: Readonly<Record<OutletKind, boolean>>,
  area: Area,
  language: Language,
): FeatureCollection<Point, { name: string }> {
  const [west, south, east, north] = area;
  const features: FeatureCollection<Point, { name: string }>['features'] = [];
  for (const position of view.visible) {
    const kind = OUTLET_KINDS[view.index.kind[position] ?? 0];
    const outlet = view.network.outlets[position];
    if (!outlet || !kind || !shownKinds[kind]) continue;
    const { lon, lat } = outlet.point;
    if (lon < west || lon > east || lat < south || lat > north) continue;
    features.push({
      type: 'Feature',
      id: position,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { name: outlet.name[language] },
    });
    if (features.length >= MAX_OUTLET_LABELS) break;
  }
  return { type: 'FeatureCollection', features };
}

/** The map's view padded by half its size on each side, from just below the label zoom. */
function useLabelArea(map: MaplibreMap | null): Area | null {
  const [area, setArea] = useState<Area | null>(null);
  useEffect(() => {
    if (!map) return;
    const update = () => {
      if (map.getZoom() < OUTLET_LABEL_ZOOM - 0.5) {
        setArea(null);
        return;
      }
      const bounds = map.getBounds();
      const width = bounds.getEast() - bounds.getWest();
      const height = bounds.getNorth() - bounds.getSouth();
      setArea([
        bounds.getWest() - width / 2,
        bounds.getSouth() - height / 2,
        bounds.getEast() + width / 2,
        bounds.getNorth() + height / 2,
      ]);
    };
    update();
    map.on('moveend', update);
    return () => {
      map.off('moveend', update);
    };
  }, [map]);
  return area;
}

const NO_LABELS: FeatureCollection<Point, { name: string }> = {
  type: 'FeatureCollection',
  features: [],
};

export interface OutletLabelsProps {
  map: MaplibreMap | null;
  view: NetworkView;
  palette: BasemapPalette;
  /** Called when the names change: the map is busy until its next `idle`. */
  onBusy: () => void;
}

/**
 * Outlet names from the label zoom on, for the outlets around the view only: a source of a few
 * hundred features rebuilt when the map stops moving, never the whole network's names.
 */
export function OutletLabels({ map, view, palette, onBusy }: OutletLabelsProps) {
  const language = useAppStore((state) => state.language);
  const layers = useAppStore((state) => state.layers);
  const area = useLabelArea(map);
  const data = useMemo(
    () => (area ? buildOutletLabels(view, layers, area, language) : NO_LABELS),
    [view, layers, area, language],
  );
  useEffect(() => {
    if (data !== NO_LABELS) onBusy();
  }, [data, onBusy]);
  const layer = useMemo(
    () => outletLabelLayer(palette.cityLabel, palette.labelHalo),
    [palette.cityLabel, palette.labelHalo],
  );
  return (
    <Source id={OUTLET_LABEL_SOURCE} type="geojson" data={data}>
      <Layer {...layer} />
    </Source>
  );
}
