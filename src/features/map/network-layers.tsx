import { useEffect, useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { BasemapPalette } from '../../components/ui/map-colors';
import { OUTLET_KINDS, type Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { useNetworkView } from '../../stores/use-network-view';
import { useResolvedTheme } from '../../stores/use-resolved-theme';
import { buildCityFeatures } from './build-map-features';
import { buildStageExpression } from './build-outlet-filter';
import { cityBubbleLayer, cityLabelLayer } from './layers/city-layers';
import { CITY_SOURCE, OUTLET_HIGHLIGHT_LAYER, outletSourceId } from './layers/layer-ids';
import { outletDotLayer, outletLayer } from './layers/outlet-layers';
import { OutletHighlight, type OutletSpot } from './outlet-highlight';
import { OutletLabels } from './outlet-labels';
import { outletSourceUrls } from './outlet-source';
import { useCityMarks } from './use-city-marks';
import { useOutletFilters } from './use-outlet-filters';

export interface NetworkLayersProps {
  network: Network;
  map: MaplibreMap | null;
  palette: BasemapPalette;
  hovered: OutletSpot | null;
  /** Called whenever what the map draws changes: it is busy until its next `idle`. */
  onBusy: () => void;
}

/**
 * The dataset on the map: one source per outlet kind (dots below the symbol zoom, shapes from
 * it), the highlight rings and the city bubbles. Mounted once the data is in; the basemap is
 * drawn before. A kind's data is a URL that MapLibre's worker resolves from the bytes the parse
 * worker made (`outlet-source.ts`): the page never builds or copies the outlets' features.
 * Every kind goes to MapLibre in the same render, so that its worker indexes them back to back:
 * handed over one task after another (to keep each task short), the worker sat idle between
 * them while the page drew frames. At 100k the map drew 12–13 frames instead of 9–10 and was
 * idle about 0.2 s later (medians of six alternating runs).
 */
export function NetworkLayers({ network, map, palette, hovered, onBusy }: NetworkLayersProps) {
  const language = useAppStore((state) => state.language);
  const layers = useAppStore((state) => state.layers);
  const theme = useResolvedTheme();
  const view = useNetworkView(network);
  const outletData = useMemo(() => outletSourceUrls(network), [network]);
  const cityData = useMemo(() => buildCityFeatures(network), [network]);
  const outletFilters = useOutletFilters(map, network, onBusy);
  const citiesReady = useCityMarks(map, network, onBusy);
  const stage = useMemo(
    () => buildStageExpression(view.asOf, network.meta.asOf),
    [view.asOf, network],
  );

  useEffect(() => {
    onBusy();
    map?.triggerRepaint();
  }, [map, onBusy, outletData, cityData, outletFilters, layers]);

  return (
    <>
      {OUTLET_KINDS.map((kind) => (
        <Source
          key={kind}
          id={outletSourceId(kind)}
          type="geojson"
          // Circles and icons are drawn whole from the tile their point is in, so the tiles
          // need no copies of their neighbours' outlets: less for the worker on every change.
          buffer={0}
          data={outletData[kind]}
        >
          <Layer
            {...outletDotLayer(
              kind,
              stage,
              outletFilters[kind].dots,
              layers[kind],
              palette.hollowFill,
            )}
          />
          <Layer {...outletLayer(kind, stage, outletFilters[kind].shapes, layers[kind])} />
        </Source>
      ))}
      <OutletLabels map={map} view={view} palette={palette} onBusy={onBusy} />
      <OutletHighlight view={view} hovered={hovered} color={palette.cityLabel} />
      {/* After the labels' counts are in the style (`useCityMarks`). */}
      {citiesReady && (
        <Source id={CITY_SOURCE} type="geojson" data={cityData} promoteId="id">
          <Layer {...cityBubbleLayer(layers.cities, theme)} beforeId={OUTLET_HIGHLIGHT_LAYER} />
          <Layer {...cityLabelLayer(layers.cities, language, palette)} />
        </Source>
      )}
    </>
  );
}
