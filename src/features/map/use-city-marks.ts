import { useLayoutEffect } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { NetworkView } from '../../data/network-view';
import type { Network } from '../../data/schema';
import { useAppStore, type LayerId } from '../../stores/app-store';
import { networkViewFor } from '../../stores/use-network-view';
import { buildCityMarks, type CityMarks } from './build-map-features';
import { CITY_COUNTS_STATE, CITY_SOURCE } from './layers/layer-ids';
import { onEachSource } from './on-each-source';

const latest = new WeakMap<NetworkView, { layers: Record<LayerId, boolean>; marks: CityMarks }>();

/** The marks of a view and layer toggles, built once: the same state always gives the same object. */
export function cityMarksFor(view: NetworkView, layers: Record<LayerId, boolean>): CityMarks {
  const last = latest.get(view);
  if (last?.layers === layers) return last.marks;
  const marks = buildCityMarks(view, layers);
  latest.set(view, { layers, marks });
  return marks;
}

/**
 * Hands the marks to the map: the counts as the style's global state, the bubbles as feature
 * state (only those that differ from `last`, the states the source already holds).
 */
function applyCityMarks(map: MaplibreMap, marks: CityMarks, last: CityMarks | null): void {
  map.setGlobalStateProperty(CITY_COUNTS_STATE, marks.counts);
  for (const [id, state] of Object.entries(marks.states)) {
    const before = last?.states[id];
    if (before?.size === state.size && before.gap === state.gap) continue;
    map.setFeatureState({ source: CITY_SOURCE, id }, { ...state });
  }
}

/**
 * Keeps the city bubbles and labels on the filters and layer toggles of the store.
 *
 * The city features never change; what follows the filters is handed over as state. A store
 * subscription does it inside the store update, before React renders, like the outlet filters.
 * A change of global state reloads the label tiles at once, where new data went to MapLibre's
 * worker first and came back before the tiles could start. Each new city source (a style change
 * adds it again, with empty feature state) gets the marks again (`onEachSource`). A layout
 * effect: react-map-gl adds the source while React renders, and a frame drawn before the marks
 * came asked MapLibre's worker for every city tile twice (at 100k, the second time after the
 * map had gone idle: one more frame of about 300 ms at the end of the load).
 */
export function useCityMarks(
  map: MaplibreMap | null,
  network: Network,
  /** Called when a change was handed to the map: it is busy until its next `idle`. */
  onPush: () => void,
): void {
  useLayoutEffect(() => {
    if (!map) return;
    /** The marks the city source holds. */
    let marked: CityMarks | null = null;
    const current = () => {
      const { filters, layers } = useAppStore.getState();
      return cityMarksFor(networkViewFor(network, filters), layers);
    };
    const hand = (marks: CityMarks, last: CityMarks | null) => {
      applyCityMarks(map, marks, last);
      marked = marks;
      onPush();
    };
    const offSource = onEachSource(map, CITY_SOURCE, () => hand(current(), null));
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.filters === previous.filters && state.layers === previous.layers) return;
      if (!map.getSource(CITY_SOURCE)) return;
      const marks = current();
      if (marks !== marked) hand(marks, marked);
    });
    return () => {
      offSource();
      unsubscribe();
    };
  }, [map, network, onPush]);
}
