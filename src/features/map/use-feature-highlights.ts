import { useEffect } from 'react';
import type { Map as MaplibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { OUTLET_KINDS } from '../../data/schema';
import { useAppStore } from '../../stores/app-store';
import {
  CITY_BUBBLE_LAYER,
  CITY_SOURCE,
  OUTLET_SOURCE,
  outletDotLayerId,
  outletLayerId,
} from './layers/layer-ids';

type Target = { source: string; id: string };

const HOVER_LAYERS = [
  ...OUTLET_KINDS.map(outletLayerId),
  ...OUTLET_KINDS.map(outletDotLayerId),
  CITY_BUBBLE_LAYER,
];

/**
 * Hover and selection highlights through feature-state: the store is pushed into the map by
 * a subscription, so React does not re-render on hover.
 */
export function useFeatureHighlights(map: MaplibreMap | null): void {
  useEffect(() => {
    if (!map) return;
    let hovered: Target | null = null;
    const setState = (target: Target | null, state: Record<string, boolean>) => {
      if (target && map.getSource(target.source)) map.setFeatureState(target, state);
    };

    const onMove = (event: MapMouseEvent) => {
      const layers = HOVER_LAYERS.filter((id) => map.getLayer(id));
      const feature: MapGeoJSONFeature | undefined = map.queryRenderedFeatures(event.point, {
        layers,
      })[0];
      const id = feature?.properties?.id as string | undefined;
      const next = feature && id ? { source: feature.source, id } : null;
      if (next?.id === hovered?.id && next?.source === hovered?.source) return;
      setState(hovered, { hover: false });
      setState(next, { hover: true });
      hovered = next;
      map.getCanvas().style.cursor = next ? 'pointer' : '';
    };
    map.on('mousemove', onMove);

    const select = (source: string, previous: string | null, next: string | null) => {
      if (previous) setState({ source, id: previous }, { selected: false });
      if (next) setState({ source, id: next }, { selected: true });
    };
    const { selectedOutletId, selectedCityId } = useAppStore.getState();
    select(OUTLET_SOURCE, null, selectedOutletId);
    select(CITY_SOURCE, null, selectedCityId);
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.selectedOutletId !== previous.selectedOutletId)
        select(OUTLET_SOURCE, previous.selectedOutletId, state.selectedOutletId);
      if (state.selectedCityId !== previous.selectedCityId)
        select(CITY_SOURCE, previous.selectedCityId, state.selectedCityId);
    });
    return () => {
      map.off('mousemove', onMove);
      unsubscribe();
    };
  }, [map]);
}
