import 'maplibre-gl/dist/maplibre-gl.css';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import Map, {
  AttributionControl,
  NavigationControl,
  ScaleControl,
  type MapLayerMouseEvent,
  type MapRef,
} from 'react-map-gl/maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { BasemapConfig } from '../../config/runtime-config';
import { BASEMAP_PALETTES, HIGH_CONTRAST_PALETTES } from '../../components/ui/map-colors';
import { CHINA_BOUNDS, IDEOGRAPH_FONT_FAMILY } from '../../config/map-defaults';
import type { NetworkView } from '../../data/derive/network-view';
import { OUTLET_KINDS, type Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { type LayerId } from '../../stores/app-state';
import { cameraBus } from '../../stores/camera';
import { mapRegistry } from '../../stores/map-registry';
import { useNetworkView } from '../../stores/use-network-view';
import { useResolvedTheme } from '../../stores/use-resolved-theme';
import { useT } from '../../stores/use-t';
import { buildBasemapStyle } from './basemap-style';
import { outletIdOf } from './build-map-features';
import { mapContextAttributes } from './context-attributes';
import {
  CITY_BUBBLE_LAYER,
  CITY_SOURCE,
  INTERACTIVE_LAYER_IDS,
  OUTLET_HIGHLIGHT_SOURCE,
  OUTLET_LABEL_SOURCE,
  outletSourceId,
} from './layers/layer-ids';
import { MapLegend } from './map-legend';
import { NetworkLayers } from './network-layers';
import { OutletCard } from './outlet-card';
import type { OutletSpot } from './outlet-highlight';
import { keepGlyphsKey } from './glyphs-key';
import workerUrl from './map-worker?worker&url';
import { keepPlacementInOneFrame } from './placement-frame';
import { dataLayers, useShaderWarmup } from './shader-warmup';
import { useStaleFrames } from './stale-frames';
import { ResetViewControl } from './reset-view-control';
import { SouthChinaSeaInset } from './south-china-sea-inset';
import { useCameraSync, type FramePadding } from './use-camera-sync';
import { useFeatureHighlights } from './use-feature-highlights';
import { useInitialFrame } from './use-initial-frame';
import { useInsetVisibility } from './use-inset-visibility';
import { useOutletIcons } from './use-outlet-icons';

export interface MapViewProps {
  /** The dataset, once loaded: the basemap is drawn from the start, the data when it is in. */
  network: Network | null;
  /** Shown over the map while there is no dataset: the progress, or why the load failed. */
  pending?: ReactNode;
  /** The load failed and there is no data to show. */
  failed?: boolean;
  basemap: BasemapConfig;
  /** Space that panels cover at the map's edges, so a framed city stays in sight. */
  framePadding: () => FramePadding;
}

type MapState = 'loading' | 'idle' | 'error';

/**
 * What a change of data, filters or layers lays out again: the outlets, the city bubbles and
 * labels, and the sources that follow the data (the outlet names and the highlight rings).
 */
const LAID_OUT_SOURCES = [
  ...OUTLET_KINDS.map(outletSourceId),
  CITY_SOURCE,
  OUTLET_LABEL_SOURCE,
  OUTLET_HIGHLIGHT_SOURCE,
];

/** The legend's counts: recruitment cities that pass the city filters, outlets in view by kind. */
function countLayers(view: NetworkView): Record<LayerId, number> {
  const counts = { cities: 0 } as Record<LayerId, number>;
  view.network.cities.forEach((_, c) => {
    if (view.cityPasses[c] && view.index.cityRecruiting[c]) counts.cities += 1;
  });
  OUTLET_KINDS.forEach((kind, k) => (counts[kind] = view.byKind[k] ?? 0));
  return counts;
}

/** The coverage map: basemap, city bubbles and the three outlet layers. */
export function MapView({ network, basemap, framePadding, pending, failed }: MapViewProps) {
  const t = useT();
  const mapRef = useRef<MapRef | null>(null);
  const [mapInstance, setMapInstance] = useState<MaplibreMap | null>(null);
  const attachMap = useCallback((ref: MapRef | null) => {
    mapRef.current = ref;
    setMapInstance(ref?.getMap() ?? null);
  }, []);
  const containerRef = useRef<HTMLDivElement>(null);
  const [mapError, setMapError] = useState<string | null>(null);
  const language = useAppStore((state) => state.language);
  const selectCity = useAppStore((state) => state.selectCity);
  const selectOutlet = useAppStore((state) => state.selectOutlet);
  const theme = useResolvedTheme();
  const presenting = useAppStore((state) => state.presenting);
  const palette = (presenting ? HIGH_CONTRAST_PALETTES : BASEMAP_PALETTES)[theme];

  const [contextAttributes] = useState(() => mapContextAttributes());
  const [initialView] = useState(() => {
    const view = cameraBus.last();
    return view
      ? { longitude: view.lon, latitude: view.lat, zoom: view.zoom }
      : { bounds: CHINA_BOUNDS, fitBoundsOptions: { padding: 24 } };
  });
  const mapStyle = useMemo(
    () => buildBasemapStyle(basemap, theme, language, palette),
    [basemap, theme, language, palette],
  );
  const view = useNetworkView(network);
  // The layers follow a new dataset in a render of their own, after the panels have shown it.
  const layersNetwork = useDeferredValue(network);
  const legendCounts = useMemo(() => (view ? countLayers(view) : null), [view]);
  const attribution = t('map.attribution');
  const [hoveredOutlet, setHoveredOutlet] = useState<OutletSpot | null>(null);

  // `data-map-state` is written straight to the DOM: automation waits on it, React need not re-render.
  const setMapState = useCallback((state: MapState) => {
    const container = containerRef.current;
    if (container && container.dataset.mapState !== 'error') container.dataset.mapState = state;
  }, []);
  // A change handed to the map keeps its picture until the change is laid out (stale-frames.ts).
  const staleFrames = useStaleFrames(mapInstance, LAID_OUT_SOURCES);
  const markBusy = useCallback(() => {
    setMapState('loading');
    staleFrames.hold();
  }, [setMapState, staleFrames]);

  useEffect(() => () => mapRegistry.set(null), []);
  useEffect(() => (mapInstance ? keepPlacementInOneFrame(mapInstance) : undefined), [mapInstance]);
  useEffect(() => (mapInstance ? keepGlyphsKey(mapInstance) : undefined), [mapInstance]);
  useOutletIcons(mapInstance, palette.hollowFill);
  const warmupLayers = useCallback(
    () => dataLayers(theme, language, palette),
    [theme, language, palette],
  );
  useShaderWarmup(mapInstance, layersNetwork === null, warmupLayers, staleFrames.holdFor);
  useFeatureHighlights(mapInstance, network, setHoveredOutlet);
  useCameraSync(mapInstance, network, framePadding);
  useInitialFrame(mapInstance, CHINA_BOUNDS, !('longitude' in initialView));
  const showInset = useInsetVisibility(mapInstance);

  // A new style makes the map busy until its next `idle`.
  useEffect(() => {
    setMapState('loading');
    mapRef.current?.triggerRepaint();
  }, [setMapState, mapStyle]);

  const onIdle = useCallback(() => {
    const map = mapRef.current;
    const loaded = OUTLET_KINDS.every((kind) => {
      const id = outletSourceId(kind);
      return map?.getSource(id) !== undefined && map.isSourceLoaded(id);
    });
    if (loaded) setMapState('idle');
  }, [setMapState]);

  const onClick = useCallback(
    (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      const cityId = feature?.layer.id === CITY_BUBBLE_LAYER ? feature.properties.id : undefined;
      if (typeof cityId === 'string') {
        selectCity(cityId);
        return;
      }
      selectOutlet((network && feature && outletIdOf(network, feature.id)) ?? null);
    },
    [network, selectCity, selectOutlet],
  );

  return (
    <div
      className="map-view"
      ref={containerRef}
      data-map-state={failed && !network ? 'error' : 'loading'}
      role="region"
      aria-label={t('map.label')}
    >
      <Map
        ref={attachMap}
        workerUrl={workerUrl}
        localIdeographFontFamily={IDEOGRAPH_FONT_FAMILY}
        initialViewState={initialView}
        mapStyle={mapStyle}
        minZoom={2}
        fadeDuration={0}
        maxZoom={16}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        attributionControl={false}
        canvasContextAttributes={contextAttributes}
        interactiveLayerIds={INTERACTIVE_LAYER_IDS}
        onIdle={onIdle}
        onClick={onClick}
        onLoad={(event) => {
          mapRegistry.set(event.target);
        }}
        onError={(event) => {
          setMapError(event.error?.message ?? 'unknown error');
          setMapState('error');
        }}
        style={{ position: 'absolute', inset: 0 }}
      >
        {layersNetwork && (
          <NetworkLayers
            network={layersNetwork}
            map={mapInstance}
            palette={palette}
            hovered={hoveredOutlet}
            onBusy={markBusy}
          />
        )}
        <NavigationControl position="bottom-right" showCompass={false} />
        <ResetViewControl position="bottom-right" bounds={CHINA_BOUNDS} />
        <ScaleControl position="top-right" />
        {basemap.type !== 'embedded' && (
          <AttributionControl key={language} position="bottom-right" compact />
        )}
      </Map>
      {legendCounts && <MapLegend counts={legendCounts} />}
      <p className="map-attribution">{attribution}</p>
      {showInset && basemap.type === 'embedded' && <SouthChinaSeaInset />}
      {network && <OutletCard network={network} />}
      {!network && pending}
      {mapError && (
        <p role="alert" className="map-view__error">
          {t('map.loadError', { message: mapError })}
        </p>
      )}
    </div>
  );
}
