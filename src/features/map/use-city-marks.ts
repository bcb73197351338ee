import { useLayoutEffect, useState } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { NetworkView } from '../../data/derive/network-view';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { type LayerId } from '../../stores/app-state';
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
 * Keeps the city bubbles and labels on the filters and layer toggles of the store. Returns
 * whether the city source may be added: once the counts are in the style.
 *
 * The city features never change; what follows the filters is handed over as state. A store
 * subscription does it inside the store update, before React renders, like the outlet filters.
 * A change of global state reloads the label tiles at once, where new data went to MapLibre's
 * worker first and came back before the tiles could start.
 *
 * The counts are the style's global state, which the labels' layout reads: they go in first, and
 * the city source only after them, so that MapLibre's worker lays each city tile out once. The
 * layers come in a deferred render, whose commit can follow react-map-gl's `addSource` by several
 * frames; the worker laid every city tile out without the counts, then again with them after the
 * outlets' tiles, and the last frame of a 100k load took them in (about 200 ms). The bubbles are
 * feature state, which needs the source but no new layout: they come as soon as it is there, and
 * again for each new city source (a style change adds it again, with empty feature state).
 */
export function useCityMarks(
  map: MaplibreMap | null,
  network: Network,
  /** Called when a change was handed to the map: it is busy until its next `idle`. */
  onPush: () => void,
): boolean {
  const [ready, setReady] = useState<Network | null>(null);
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
    if (!map.getSource(CITY_SOURCE))
      map.setGlobalStateProperty(CITY_COUNTS_STATE, current().counts);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- one render more, in this task: the source follows the counts
    setReady(network);
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
  return !map || ready === network;
}
