import type { Scene } from '../../stores/app-state';
import { encodeUrlState } from '../../stores/url-state';
import { DEFAULT_COVERAGE } from '../../stores/coverage-slice';

/**
 * A link that opens the app on the scene: its filters, layers, city, compared dates, coverage view
 * and camera. It leaves the
 * language and theme to whoever opens it.
 */
export function sceneLink(
  scene: Scene,
  location: Pick<Location, 'origin' | 'pathname'> = window.location,
): string {
  const query = encodeUrlState(
    {
      filters: scene.filters,
      layers: scene.layers,
      selectedCityId: scene.selectedCityId,
      selectedOutletId: null,
      compare: scene.compare ?? null,
      language: 'en',
      theme: 'system',
      coverage: scene.coverage ?? DEFAULT_COVERAGE,
    },
    scene.view,
    { defaultLanguage: 'en' },
  );
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
}
