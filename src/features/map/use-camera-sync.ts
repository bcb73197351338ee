import { useEffect } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { cameraBus } from '../../stores/camera';
import { cityBounds } from './city-bounds';
import { isAutoFramed } from './use-initial-frame';

/** Room kept free for panels that cover the map's right edge when framing a city. */
export interface FramePadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Connects the uncontrolled camera to the rest of the app: reports where it rests, obeys
 * requests from the URL and tours, and frames a city when it is selected.
 */
export function useCameraSync(
  map: MaplibreMap | null,
  network: Network | null,
  padding: () => FramePadding,
): void {
  useEffect(() => {
    if (!map) return;
    const report = () => {
      // The automatic first view (refitted as the panels appear) is not written to the link.
      if (isAutoFramed(map)) return;
      const center = map.getCenter();
      cameraBus.report({ lon: center.lng, lat: center.lat, zoom: map.getZoom() });
    };
    map.on('moveend', report);
    const stopRequests = cameraBus.onRequest((view, animate) => {
      const options = { center: [view.lon, view.lat] as [number, number], zoom: view.zoom };
      if (animate) map.flyTo({ ...options, essential: true });
      else map.jumpTo(options);
    });
    const stopBounds = cameraBus.onBoundsRequest((bounds, animate) =>
      map.fitBounds(bounds, { padding: 24, duration: animate ? 1200 : 0 }),
    );
    const frame = (cityId: string | null) => {
      const city = cityId ? network?.cities.find((candidate) => candidate.id === cityId) : null;
      if (!city || !network) return;
      map.fitBounds(cityBounds(network, city.id), {
        padding: padding(),
        maxZoom: 11,
        duration: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : 1200,
      });
    };
    const stopSelection = useAppStore.subscribe((state, previous) => {
      if (state.selectedCityId !== previous.selectedCityId) frame(state.selectedCityId);
    });
    return () => {
      map.off('moveend', report);
      stopRequests();
      stopBounds();
      stopSelection();
    };
  }, [map, network, padding]);
}
