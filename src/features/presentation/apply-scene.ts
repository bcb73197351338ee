import { CHINA_BOUNDS } from '../../config/map-defaults';
import type { Network } from '../../data/domain/schema';
import type { Language } from '../../lib/i18n/messages';
import { useAppStore } from '../../stores/app-store';
import type { Scene } from '../../stores/app-state';
import { roundView } from '../../stores/url-state';
import { DEFAULT_COVERAGE } from '../../stores/coverage-slice';
import { describeFilters } from '../../data/derive/describe-filters';
import { messages } from './messages';

const prefersReducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Puts a scene on screen: its filters, layers, city and compared dates in the store, then the camera — its
 * saved view, else the selected city (the map frames it), else all of China.
 */
export function applyScene(scene: Scene, network: Network): void {
  const animate = !prefersReducedMotion();
  const city = network.cities.find((candidate) => candidate.id === scene.selectedCityId);
  const store = useAppStore;
  // Re-selecting the city on screen would not move the map: clear it first so it frames again.
  if (city && !scene.view && store.getState().selectedCityId === city.id)
    store.setState({ selectedCityId: null });
  store.setState({
    filters: scene.filters,
    layers: scene.layers,
    selectedCityId: scene.selectedCityId,
    selectedOutletId: null,
    coverage: scene.coverage ?? DEFAULT_COVERAGE,
    reachPoint: null,
    compare: scene.compare ?? null,
  });
  if (scene.view) store.getState().requestCamera({ view: scene.view, animate });
  else if (!city) store.getState().requestCamera({ bounds: CHINA_BOUNDS, animate });
}

let counter = 0;

/** A new id for a user scene, unique enough across sessions and files. */
export function newSceneId(): string {
  counter += 1;
  return `scene-${Date.now().toString(36)}-${counter}${Math.random().toString(36).slice(2, 7)}`;
}

/** A name that says what is on screen: the city, then the active filters. */
export function describeScene(network: Network, language: Language): string {
  const { filters, selectedCityId } = useAppStore.getState();
  const city = network.cities.find((candidate) => candidate.id === selectedCityId);
  const words = [city?.name[language], ...describeFilters(filters, network, language)];
  const name = words.filter(Boolean).join(' · ') || messages[language]['tour.national'];
  return name.length > 120 ? `${name.slice(0, 119)}…` : name;
}

/** The current camera, filters, layers, city and coverage view as a new scene. */
export function captureScene(network: Network, language: Language): Scene {
  const {
    filters,
    layers,
    selectedCityId,
    compare,
    camera: view,
    coverage,
  } = useAppStore.getState();
  return {
    id: newSceneId(),
    name: describeScene(network, language),
    view: view && roundView(view),
    filters,
    layers,
    selectedCityId,
    compare,
    ...(coverage.mode !== 'off' && { coverage }),
  };
}
