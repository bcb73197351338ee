import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Map, {
  AttributionControl,
  Layer,
  NavigationControl,
  ScaleControl,
  Source,
  type MapLayerMouseEvent,
  type MapRef,
} from 'react-map-gl/maplibre';
import type { ExpressionSpecification, Map as MaplibreMap } from 'maplibre-gl';
import type { BasemapConfig } from '../../config/runtime-config';
import { BASEMAP_PALETTES, HIGH_CONTRAST_PALETTES } from '../../config/map-colors';
import { CHINA_BOUNDS, IDEOGRAPH_FONT_FAMILY } from '../../config/map-defaults';
import type { OutletView } from '../../data/filters';
import { OUTLET_KINDS, type Network, type OutletKind } from '../../data/schema';
import { useAppStore } from '../../stores/app-store';
import { cameraBus } from '../../stores/camera';
import { mapRegistry } from '../../stores/map-registry';
import { useResolvedTheme } from '../../stores/use-resolved-theme';
import { useT } from '../../stores/use-t';
import { buildBasemapStyle } from './basemap-style';
import { buildOutletFeatures, dayNumber } from './build-map-features';
import { buildOutletFilter } from './build-outlet-filter';
import { cityBubbleLayer, cityLabelLayer } from './layers/city-layers';
import {
  CITY_BUBBLE_LAYER,
  CITY_SOURCE,
  OUTLET_HIGHLIGHT_LAYER,
  OUTLET_SOURCE,
  outletDotLayerId,
  outletLayerId,
} from './layers/layer-ids';
import { outletDotLayer, outletHighlightLayer, outletLayer } from './layers/outlet-layers';
import { MapLegend } from './map-legend';
import { OutletCard } from './outlet-card';
import { ResetViewControl } from './reset-view-control';
import { SouthChinaSeaInset } from './south-china-sea-inset';
import { useCameraSync, type FramePadding } from './use-camera-sync';
import { useCitySummary } from './use-city-summary';
import { useFeatureHighlights } from './use-feature-highlights';
import { useInsetVisibility } from './use-inset-visibility';
import { useOutletIcons } from './use-outlet-icons';

export interface MapViewProps {
  network: Network;
  basemap: BasemapConfig;
  /** Space that panels cover at the map's edges, so a framed city stays in sight. */
  framePadding: () => FramePadding;
  /** The outlets in view and the date they are seen at: computed once for every view. */
  outlets: readonly OutletView[];
  asOf: string;
}

type MapState = 'loading' | 'idle' | 'error';

const INTERACTIVE_LAYERS = [
  ...OUTLET_KINDS.map(outletLayerId),
  ...OUTLET_KINDS.map(outletDotLayerId),
  CITY_BUBBLE_LAYER,
];

/** The coverage map: basemap, city bubbles and the three outlet layers. */
export function MapView({ network, basemap, framePadding, outlets: visible, asOf }: MapViewProps) {
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
  const layers = useAppStore((state) => state.layers);
  const filters = useAppStore((state) => state.filters);
  const selectCity = useAppStore((state) => state.selectCity);
  const selectOutlet = useAppStore((state) => state.selectOutlet);
  const theme = useResolvedTheme();
  const presenting = useAppStore((state) => state.presenting);
  const palette = (presenting ? HIGH_CONTRAST_PALETTES : BASEMAP_PALETTES)[theme];

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
  const outletData = useMemo(() => buildOutletFeatures(network), [network]);
  const { cityData, legendCounts } = useCitySummary(network, visible, asOf);
  const attribution = t('map.attribution');
  const day = dayNumber(asOf);
  const outletFilters = useMemo(() => {
    const build = (kind: OutletKind) => buildOutletFilter(filters, kind, asOf);
    return {
      'delivery-center': build('delivery-center'),
      'partner-store': build('partner-store'),
      'fusion-store': build('fusion-store'),
    } satisfies Record<OutletKind, ExpressionSpecification>;
  }, [filters, asOf]);

  useEffect(() => () => mapRegistry.set(null), []);
  useOutletIcons(mapInstance, palette.hollowFill);
  useFeatureHighlights(mapInstance);
  useCameraSync(mapInstance, network, framePadding);
  const showInset = useInsetVisibility(mapInstance);

  // `data-map-state` is written straight to the DOM: automation waits on it, React need not re-render.
  const setMapState = useCallback((state: MapState) => {
    const container = containerRef.current;
    if (container && container.dataset.mapState !== 'error') container.dataset.mapState = state;
  }, []);

  // Any change to what is drawn makes the map busy until its next `idle`.
  useEffect(() => {
    setMapState('loading');
    mapRef.current?.triggerRepaint();
  }, [setMapState, outletData, cityData, outletFilters, layers, mapStyle]);

  const onIdle = useCallback(() => {
    const map = mapRef.current;
    if (map?.getSource(OUTLET_SOURCE) && map.isSourceLoaded(OUTLET_SOURCE)) setMapState('idle');
  }, [setMapState]);

  const onClick = useCallback(
    (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      const id = feature?.properties?.id as string | undefined;
      if (!feature || !id) {
        selectOutlet(null);
        return;
      }
      if (feature.layer.id === CITY_BUBBLE_LAYER) {
        selectCity(id);
      } else {
        selectOutlet(id);
      }
    },
    [selectCity, selectOutlet],
  );

  return (
    <div
      className="map-view"
      ref={containerRef}
      data-map-state="loading"
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
        canvasContextAttributes={{ preserveDrawingBuffer: true }}
        interactiveLayerIds={INTERACTIVE_LAYERS}
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
        <Source id={OUTLET_SOURCE} type="geojson" data={outletData} promoteId="id">
          <Layer
            {...outletHighlightLayer(
              ['any', ...OUTLET_KINDS.map((kind) => outletFilters[kind])],
              palette.cityLabel,
            )}
          />
          {OUTLET_KINDS.map((kind) => (
            <Layer
              key={`${kind}-dot`}
              {...outletDotLayer(kind, day, outletFilters[kind], layers[kind], palette.hollowFill)}
            />
          ))}
          {OUTLET_KINDS.map((kind) => (
            <Layer
              key={kind}
              {...outletLayer(
                kind,
                day,
                outletFilters[kind],
                layers[kind],
                language,
                palette.cityLabel,
                palette.labelHalo,
              )}
            />
          ))}
        </Source>
        <Source id={CITY_SOURCE} type="geojson" data={cityData} promoteId="id">
          <Layer {...cityBubbleLayer(layers.cities, theme)} beforeId={OUTLET_HIGHLIGHT_LAYER} />
          <Layer {...cityLabelLayer(layers.cities, language, palette)} />
        </Source>
        <NavigationControl position="bottom-right" showCompass={false} />
        <ResetViewControl position="bottom-right" bounds={CHINA_BOUNDS} />
        <ScaleControl position="top-right" />
        {basemap.type !== 'embedded' && (
          <AttributionControl key={language} position="bottom-right" compact />
        )}
      </Map>
      <MapLegend counts={legendCounts} />
      <p className="map-attribution">{attribution}</p>
      {showInset && basemap.type === 'embedded' && <SouthChinaSeaInset />}
      <OutletCard network={network} />
      {mapError && (
        <p role="alert" className="map-view__error">
          {t('map.loadError', { message: mapError })}
        </p>
      )}
    </div>
  );
}
