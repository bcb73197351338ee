import { useEffect } from 'react';
import type { Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { CITY_BUBBLE_LAYER, CITY_SOURCE, INTERACTIVE_LAYER_IDS } from './layers/layer-ids';
import { outletIdOf } from './build-map-features';
import type { OutletSpot } from './outlet-highlight';
import { onEachSource } from './on-each-source';

/**
 * Hover and selection: a city's through feature-state, pushed by a store subscription so React
 * does not re-render; the hovered outlet goes to `onOutletHover` (its ring has a source of its
 * own, see `OutletHighlight`).
 */
export function useFeatureHighlights(
  map: MaplibreMap | null,
  network: Network | null,
  onOutletHover: (spot: OutletSpot | null) => void,
): void {
  useEffect(() => {
    if (!map) return;
    let hoveredCity: string | null = null;
    let hoveredOutlet: string | null = null;
    const setCityState = (id: string | null, state: Record<string, boolean>) => {
      if (id && map.getSource(CITY_SOURCE)) map.setFeatureState({ source: CITY_SOURCE, id }, state);
    };

    const onMove = (event: MapMouseEvent) => {
      const layers = INTERACTIVE_LAYER_IDS.filter((id) => map.getLayer(id));
      const feature = map.queryRenderedFeatures(event.point, { layers })[0];
      const isCity = feature?.layer.id === CITY_BUBBLE_LAYER;
      const city = isCity ? ((feature.properties.id as string | undefined) ?? null) : null;
      const outlet =
        !feature || isCity || !network ? null : (outletIdOf(network, feature.id) ?? null);
      const id = city ?? outlet;
      if (city !== hoveredCity) {
        setCityState(hoveredCity, { hover: false });
        setCityState(city, { hover: true });
        hoveredCity = city;
      }
      if (outlet !== hoveredOutlet) {
        hoveredOutlet = outlet;
        const geometry = feature?.geometry;
        onOutletHover(
          outlet && geometry?.type === 'Point'
            ? { id: outlet, coordinates: geometry.coordinates as [number, number] }
            : null,
        );
      }
      map.getCanvas().style.cursor = id ? 'pointer' : '';
    };
    map.on('mousemove', onMove);

    // The city source comes after the map (with the data) and again with each new style, with
    // no feature state: the selected city gets its ring on each one.
    const offSource = onEachSource(map, CITY_SOURCE, () =>
      setCityState(useAppStore.getState().selectedCityId, { selected: true }),
    );
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.selectedCityId === previous.selectedCityId) return;
      setCityState(previous.selectedCityId, { selected: false });
      setCityState(state.selectedCityId, { selected: true });
    });
    return () => {
      map.off('mousemove', onMove);
      offSource();
      unsubscribe();
      // A new dataset subscribes again: what this one hovered must not stay lit.
      setCityState(hoveredCity, { hover: false });
    };
  }, [map, network, onOutletHover]);
}
