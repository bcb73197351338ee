import 'maplibre-gl/dist/maplibre-gl.css';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import Map, {
  AttributionControl,
  NavigationControl,
  ScaleControl,
  type MapRef,
} from 'react-map-gl/maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { BasemapConfig } from '../../config/runtime-config';
import { ATLAS_MAP_ID, CHINA_BOUNDS, IDEOGRAPH_FONT_FAMILY } from '../../config/map-defaults';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { useNetworkView } from '../../stores/use-network-view';
import { useResolvedTheme } from '../../stores/use-resolved-theme';
import { useT } from '../../stores/use-t';
import { cityMarksFor } from '../../data/derive/city-marks';
import { mapContextAttributes } from './context-attributes';
import { MapAdapter } from './map-adapter';
import type { MapAppearance } from './map-state';
import { MapLegend } from './map-legend';
import './map-overlays.css';
import { OutletCard } from './outlet-card';
import { ReachCard } from './reach-card';
import { useMessages } from '../../stores/use-messages';
import { coverageMessages } from '../../lib/i18n/coverage-messages';
import workerUrl from './outlet-source/map-worker?worker&url';
import { ResetViewControl } from './reset-view-control';
import { SouthChinaSeaInset } from './south-china-sea-inset';
import { useInsetCorner } from './use-inset-corner';
import { useOutletInView } from './use-outlet-in-view';
import { useLinkedCamera } from './use-linked-camera';
import { useMapCamera, type FramePadding } from './use-map-camera';

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
  /**
   * A second map beside the main one (the split view of a comparison): its id under react-map-gl's
   * `MapProvider`, the date it shows instead of the filters', and the map whose camera it follows
   * and leads.
   */
  companion?: { id: string; asOf: string; linkedTo: string };
}

type Automation = { __channelAtlas?: { map: MaplibreMap; companion?: MaplibreMap } };

/**
 * Automation (end-to-end tests, the benchmark) reaches the map here, and a split view's companion
 * beside it; users' browsers never do.
 */
function exposeForAutomation(map: MaplibreMap | null, companion = false): void {
  if (typeof navigator === 'undefined' || !navigator.webdriver) return;
  const target = window as unknown as Automation;
  if (!companion) target.__channelAtlas = map ? { map } : undefined;
  else if (target.__channelAtlas) target.__channelAtlas.companion = map ?? undefined;
}

/** Tracks an element's size (0 × 0 until it is laid out). */
function useElementSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      if (box) setSize({ width: Math.round(box.width), height: Math.round(box.height) });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/**
 * Room to keep around bounds the map frames (the country, a scene's data): the List button
 * above, the legend below (measured, as it changes with the map's size).
 */
function boundsPadding(container: HTMLElement | null): FramePadding {
  const legend = container?.querySelector('.map-legend')?.getBoundingClientRect();
  // The network lies east: its labels, right of the coast, need room on that side.
  const right = (container?.clientWidth ?? 0) < 600 ? 64 : 40;
  return { top: 52, right, bottom: Math.max(24, (legend?.height ?? 0) + 20), left: 24 };
}

/**
 * The coverage map: basemap, city bubbles and the three outlet layers. React renders the
 * container, the controls and the panels over the map; everything drawn inside it is handed to
 * MapLibre by one `MapAdapter`.
 */
export function MapView({
  network,
  basemap,
  framePadding,
  pending,
  failed,
  companion,
}: MapViewProps) {
  const t = useT();
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MaplibreMap | null>(null);
  const isCompanion = companion !== undefined;
  const [adapter, setAdapter] = useState<MapAdapter | null>(null);
  const language = useAppStore((state) => state.language);
  const presenting = useAppStore((state) => state.presenting);
  const layers = useAppStore((state) => state.layers);
  const theme = useResolvedTheme();
  const appearance = useMemo<MapAppearance>(
    () => ({ basemap, theme, language, presenting }),
    [basemap, theme, language, presenting],
  );
  const [contextAttributes] = useState(() => mapContextAttributes());
  const [initialView] = useState(() => {
    const view = useAppStore.getState().camera;
    return view
      ? { longitude: view.lon, latitude: view.lat, zoom: view.zoom }
      : { bounds: CHINA_BOUNDS, fitBoundsOptions: { padding: 24 } };
  });
  const view = useNetworkView(network);
  // Only whether the view is on: the worker's answers re-render the legend, not the map.
  const coverageOn = useAppStore((state) => state.coverage.mode !== 'off') && network !== null;
  const tc = useMessages(coverageMessages);
  const marks = view ? cityMarksFor(view, layers) : null;
  const size = useElementSize(containerRef);
  // The whole legend where the map has room for it; one row of toggles elsewhere.
  const compactLegend = size.width < 900 || size.height < 640;
  const cityPoints = useMemo(
    () =>
      !network || !marks
        ? null
        : network.cities.flatMap((city, c): [number, number][] =>
            (marks.counts[c] ?? -1) >= 0 ? [[city.point.lon, city.point.lat]] : [],
          ),
    [network, marks],
  );
  const insetCorner = useInsetCorner(map, cityPoints);
  const padding = useMemo(
    () => ({
      city: framePadding,
      bounds: () => boundsPadding(containerRef.current),
    }),
    [framePadding],
  );

  const attachMap = useCallback((ref: MapRef | null) => setMap(ref?.getMap() ?? null), []);
  // The adapter starts with the look of the moment; later looks reach it by `setAppearance`.
  const appearanceRef = useRef(appearance);
  useEffect(() => {
    appearanceRef.current = appearance;
  }, [appearance]);
  useEffect(() => {
    const container = containerRef.current;
    if (!map || !container) return;
    const created = new MapAdapter(map, container, appearanceRef.current);
    exposeForAutomation(map, isCompanion);
    setAdapter(created);
    return () => {
      created.destroy();
      exposeForAutomation(null, isCompanion);
      setAdapter(null);
    };
  }, [map, isCompanion]);
  useEffect(() => adapter?.setAppearance(appearance), [adapter, appearance]);
  useEffect(() => adapter?.setAsOf(companion?.asOf ?? null), [adapter, companion?.asOf]);
  useLinkedCamera(map, companion?.linkedTo ?? null);
  useEffect(() => adapter?.setNetwork(network), [adapter, network]);
  // A companion's camera is the main map's: it performs no requests and frames no city itself.
  useMapCamera(
    isCompanion ? null : map,
    network,
    padding,
    !('longitude' in initialView),
    `${compactLegend}:${marks !== null}`,
  );
  const container = useCallback(() => containerRef.current, []);
  useOutletInView(isCompanion ? null : map, network, container);
  const [mapError, setMapError] = useState<string | null>(null);

  return (
    <div
      className="map-view"
      ref={containerRef}
      data-map-state={failed && !network ? 'error' : 'loading'}
      data-coverage={coverageOn}
      role="region"
      aria-label={t('map.label')}
    >
      <Map
        id={companion?.id ?? ATLAS_MAP_ID}
        ref={attachMap}
        workerUrl={workerUrl}
        localIdeographFontFamily={IDEOGRAPH_FONT_FAMILY}
        initialViewState={initialView}
        minZoom={2}
        fadeDuration={0}
        maxZoom={16}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        attributionControl={false}
        canvasContextAttributes={contextAttributes}
        onError={(event) => setMapError((current) => current ?? event.error?.message ?? 'unknown')}
        style={{ position: 'absolute', inset: 0 }}
      >
        <NavigationControl position="bottom-right" showCompass={false} />
        <ResetViewControl position="bottom-right" bounds={CHINA_BOUNDS} padding={padding.bounds} />
        <ScaleControl position="top-right" />
        {basemap.type !== 'embedded' && (
          <AttributionControl key={language} position="bottom-right" compact />
        )}
      </Map>
      {marks && !isCompanion && (
        <MapLegend
          counts={marks.legend}
          recruiting={marks.recruiting}
          gaps={marks.gaps}
          compact={compactLegend}
          network={network}
          plan={Boolean(network?.targets?.length)}
        />
      )}
      <p className="map-attribution">
        {t('map.attribution')}
        {coverageOn && ` · ${tc('proxy.attribution')}`}
      </p>
      {insetCorner && basemap.type === 'embedded' && <SouthChinaSeaInset corner={insetCorner} />}
      {network && !isCompanion && <OutletCard network={network} />}
      {network && !isCompanion && <ReachCard network={network} />}
      {!network && pending}
      {mapError && (
        <p role="alert" className="map-view__error">
          {t('map.loadError', { message: mapError })}
        </p>
      )}
    </div>
  );
}
