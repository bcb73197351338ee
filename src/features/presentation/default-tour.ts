import { DEFAULT_FILTERS } from '../../data/domain/filters';
import type { Network } from '../../data/domain/schema';
import type { Language } from '../../lib/i18n/messages';
import { DEFAULT_LAYERS } from '../../stores/app-store';
import { DEFAULT_COVERAGE } from '../../stores/coverage-slice';
import type { Scene } from '../../stores/app-state';
import { messages } from './messages';

/**
 * The tour the data tells by itself: the national view, the Tier 1 cities, each recruitment
 * city in the dataset's order (the map frames a selected city by itself), then the whitespace:
 * the recruitment cities' districts shaded by their reach to service.
 */
export function buildDefaultTour(network: Network, language: Language): Scene[] {
  const t = messages[language];
  const base = { view: null, filters: DEFAULT_FILTERS, layers: DEFAULT_LAYERS };
  const tour: Scene[] = [
    { ...base, id: 'tour-national', name: t['tour.national'], selectedCityId: null },
    {
      ...base,
      id: 'tour-tier-1',
      name: t['tour.tier1'],
      filters: { ...DEFAULT_FILTERS, tiers: ['1'] },
      selectedCityId: null,
    },
  ];
  for (const city of network.cities) {
    if (city.recruitment.status !== 'recruiting') continue;
    tour.push({
      ...base,
      id: `tour-city-${city.id}`,
      name: city.name[language],
      selectedCityId: city.id,
    });
  }
  if (tour.length > 2)
    tour.push({
      ...base,
      id: 'tour-whitespace',
      name: t['tour.whitespace'],
      filters: { ...DEFAULT_FILTERS, recruitmentOnly: true },
      selectedCityId: null,
      coverage: { ...DEFAULT_COVERAGE, mode: 'service' },
    });
  return tour;
}
