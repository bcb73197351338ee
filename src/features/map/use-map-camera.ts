import { useEffect, useRef } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { CHINA_BOUNDS } from '../../config/map-defaults';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import type { CameraRequest } from '../../stores/camera';
import { cityBounds } from './city-bounds';

/** Room kept free for panels that cover the map's edges when framing a city. */
export interface FramePadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const reducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Frames a city: its point and all its outlets, with its boundary in sight. */
function frameCity(map: MaplibreMap, network: Network, cityId: string, padding: FramePadding) {
  if (!network.cities.some((city) => city.id === cityId)) return;
  map.fitBounds(cityBounds(network, cityId), {
    padding,
    maxZoom: 11,
    duration: reducedMotion() ? 0 : 1200,
  });
}

/**
 * Connects the uncontrolled camera to the store: reports where it comes to rest, performs the
 * moves asked of it (a link, Back, a tour scene) and frames a city when one is selected. While
 * nobody has moved the map from its first view (`framed`), the whole country stays framed as
 * the panels around the map (or the window) change its size; that view is not written to the
 * link.
 */
export function useMapCamera(
  map: MaplibreMap | null,
  network: Network | null,
  padding: {
    /** Around a city framed: the panels over the map's edges. */
    city: () => FramePadding;
    /** Around the country or other bounds: the legend, the buttons over the map. */
    bounds: () => FramePadding;
  },
  framed: boolean,
  /** Changes when the panels over the map change size: an automatic first view is fitted again. */
  layout: string,
): void {
  const networkRef = useRef(network);
  const autoFramed = useRef(framed);
  /** Set while the app itself refits the first view: that move is not the user's. */
  const refitting = useRef(false);
  useEffect(() => {
    if (!map || !autoFramed.current) return;
    refitting.current = true;
    map.fitBounds(CHINA_BOUNDS, { padding: padding.bounds(), duration: 0 });
    refitting.current = false;
    // The view is refitted for a new layout only: `padding` reads the layout when called.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, layout]);
  useEffect(() => {
    networkRef.current = network;
    // A link that opens on a city (and no view of its own) frames the city once its data is in.
    const { selectedCityId } = useAppStore.getState();
    if (map && network && selectedCityId && autoFramed.current) {
      autoFramed.current = false;
      frameCity(map, network, selectedCityId, padding.city());
    }
    // Only for a new dataset or map: `padding` reads the layout when called.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, network]);
  useEffect(() => {
    if (!map) return;
    const onResize = () => {
      if (!autoFramed.current) return;
      refitting.current = true;
      map.fitBounds(CHINA_BOUNDS, { padding: padding.bounds(), duration: 0 });
      refitting.current = false;
    };
    const onMoveStart = () => {
      if (!refitting.current) autoFramed.current = false;
    };
    const onMoveEnd = () => {
      if (autoFramed.current) return;
      const center = map.getCenter();
      useAppStore
        .getState()
        .reportCamera({ lon: center.lng, lat: center.lat, zoom: map.getZoom() });
    };
    const perform = (request: CameraRequest) => {
      const duration = request.animate && !reducedMotion() ? 1200 : 0;
      if ('bounds' in request)
        return map.fitBounds(request.bounds, { padding: padding.bounds(), duration });
      const options = { center: [request.view.lon, request.view.lat] as [number, number] };
      if (duration) map.flyTo({ ...options, zoom: request.view.zoom, essential: true });
      else map.jumpTo({ ...options, zoom: request.view.zoom });
    };
    const onSelect = (cityId: string | null) => {
      const network = networkRef.current;
      if (network && cityId) frameCity(map, network, cityId, padding.city());
    };
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.cameraRequest && state.cameraRequest !== previous.cameraRequest)
        perform(state.cameraRequest);
      if (state.selectedCityId !== previous.selectedCityId) onSelect(state.selectedCityId);
    });
    map.on('resize', onResize);
    map.on('movestart', onMoveStart);
    map.on('moveend', onMoveEnd);
    return () => {
      unsubscribe();
      map.off('resize', onResize);
      map.off('movestart', onMoveStart);
      map.off('moveend', onMoveEnd);
    };
  }, [map, padding]);
}
