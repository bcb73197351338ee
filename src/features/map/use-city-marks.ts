import { useEffect } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { NetworkView } from '../../data/network-view';
import type { Network } from '../../data/schema';
import { useAppStore, type LayerId } from '../../stores/app-store';
import { networkViewFor } from '../../stores/use-network-view';
import { buildCityMarks, type CityMarks } from './build-map-features';
import { CITY_COUNTS_STATE, CITY_SOURCE } from './layers/layer-ids';

const latest = new WeakMap<NetworkView, { layers: Record<LayerId, boolean>; marks: CityMarks }>();

/** The marks of a view and layer toggles, built once: the same state always gives the same object. */
export function cityMarksFor(view: NetworkView, layers: Record<LayerId, boolean>): CityMarks {
  const last = latest.get(view);
  if (last?.layers === layers) return last.marks;
  const marks = buildCityMarks(view, layers);
  latest.set(view, { layers, marks });
  return marks;
}

/** Hands the marks to the map: the counts as the style's global state, the bubbles as feature state. */
function applyCityMarks(map: MaplibreMap, marks: CityMarks): void {
  map.setGlobalStateProperty(CITY_COUNTS_STATE, marks.counts);
  for (const [id, state] of Object.entries(marks.states))
    map.setFeatureState({ source: CITY_SOURCE, id }, { ...state });
}

/**
 * Keeps the city bubbles and labels on the filters and layer toggles of the store.
 *
 * Like the outlet filters, a store subscription hands a change to the map inside the store
 * update, before React renders: the counts are global state, so MapLibre sends the label tiles
 * to its worker at once, and the worker's request for their glyphs can be answered before the
 * map's next frame holds the page. The labels then come back with the outlets, in the same
 * frame. The marks are handed again when the style loses them: a new style starts with empty
 * global state, and a style change re-creates the city source, whose feature state starts empty.
 */
export function useCityMarks(
  map: MaplibreMap | null,
  network: Network,
  /** Called when a change was handed to the map: it is busy until its next `idle`. */
  onPush: () => void,
): void {
  useEffect(() => {
    if (!map) return;
    /** The source the marks were last handed with: a new one has no feature state. */
    let markedSource: unknown = null;
    const sync = () => {
      const source = map.getSource(CITY_SOURCE);
      if (!source) return;
      const { filters, layers } = useAppStore.getState();
      const marks = cityMarksFor(networkViewFor(network, filters), layers);
      if (source === markedSource && map.getGlobalState()[CITY_COUNTS_STATE] === marks.counts)
        return;
      applyCityMarks(map, marks);
      markedSource = source;
      onPush();
    };
    sync();
    map.on('styledata', sync);
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.filters !== previous.filters || state.layers !== previous.layers) sync();
    });
    return () => {
      map.off('styledata', sync);
      unsubscribe();
    };
  }, [map, network, onPush]);
}
