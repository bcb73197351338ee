import { useEffect, useMemo, useState } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { BasemapPalette } from '../../config/map-colors';
import { OUTLET_KINDS, type Network } from '../../data/schema';
import { useAppStore } from '../../stores/app-store';
import { useNetworkView } from '../../stores/use-network-view';
import { useResolvedTheme } from '../../stores/use-resolved-theme';
import { buildCityFeatures, buildOutletFeatures } from './build-map-features';
import { buildStageExpression } from './build-outlet-filter';
import { cityBubbleLayer, cityLabelLayer } from './layers/city-layers';
import { CITY_SOURCE, OUTLET_HIGHLIGHT_LAYER, outletSourceId } from './layers/layer-ids';
import { outletDotLayer, outletLayer } from './layers/outlet-layers';
import { OutletHighlight, type OutletSpot } from './outlet-highlight';
import { OutletLabels } from './outlet-labels';
import { useCityMarks } from './use-city-marks';
import { useOutletFilters } from './use-outlet-filters';

export interface NetworkLayersProps {
  network: Network;
  map: MaplibreMap | null;
  palette: BasemapPalette;
  hovered: OutletSpot | null;
  /** Called whenever what the map draws changes: it is busy until its next `idle`. */
  onBusy: () => void;
  /** Whether every kind's data has been handed to the map (it is not idle before). */
  onStaged: (complete: boolean) => void;
}

const NO_FEATURES: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The dataset on the map: one source per outlet kind (dots below the symbol zoom, shapes from
 * it), the highlight rings and the city bubbles. Mounted once the data is in; the basemap is
 * drawn before.
 */
export function NetworkLayers({
  network,
  map,
  palette,
  hovered,
  onBusy,
  onStaged,
}: NetworkLayersProps) {
  const language = useAppStore((state) => state.language);
  const layers = useAppStore((state) => state.layers);
  const theme = useResolvedTheme();
  const view = useNetworkView(network);
  const outletData = useMemo(() => buildOutletFeatures(network), [network]);
  const cityData = useMemo(() => buildCityFeatures(network), [network]);
  const outletFilters = useOutletFilters(map, network, onBusy);
  useCityMarks(map, network, onBusy);
  const stage = useMemo(
    () => buildStageExpression(view.asOf, network.meta.asOf),
    [view.asOf, network],
  );

  // A kind's data is handed to MapLibre in a task of its own: each is a large copy to the
  // map's worker, and together they would hold the page up at once. The sources and layers
  // are all there from the start, so their order on the map stays as declared.
  const [staged, setStaged] = useState(1);
  useEffect(() => {
    onStaged(staged >= OUTLET_KINDS.length);
    if (staged >= OUTLET_KINDS.length) return;
    const timer = setTimeout(() => setStaged((count) => count + 1), 0);
    return () => clearTimeout(timer);
  }, [staged, onStaged]);

  useEffect(() => {
    onBusy();
    map?.triggerRepaint();
  }, [map, onBusy, outletData, cityData, outletFilters, layers, staged]);

  return (
    <>
      {OUTLET_KINDS.map((kind, k) => (
        <Source
          key={kind}
          id={outletSourceId(kind)}
          type="geojson"
          // Circles and icons are drawn whole from the tile their point is in, so the tiles
          // need no copies of their neighbours' outlets: less for the worker on every change.
          buffer={0}
          data={k < staged ? outletData[kind] : NO_FEATURES}
        >
          <Layer
            {...outletDotLayer(kind, stage, outletFilters[kind], layers[kind], palette.hollowFill)}
          />
          <Layer {...outletLayer(kind, stage, outletFilters[kind], layers[kind])} />
        </Source>
      ))}
      <OutletLabels map={map} view={view} palette={palette} onBusy={onBusy} />
      <OutletHighlight view={view} hovered={hovered} color={palette.cityLabel} />
      <Source id={CITY_SOURCE} type="geojson" data={cityData} promoteId="id">
        <Layer {...cityBubbleLayer(layers.cities, theme)} beforeId={OUTLET_HIGHLIGHT_LAYER} />
        <Layer {...cityLabelLayer(layers.cities, language, palette)} />
      </Source>
    </>
  );
}
