import { presetRange } from '../../data/derive/change-ranges';
import { DEFAULT_FILTERS } from '../../data/domain/filters';
import type { Network } from '../../data/domain/schema';
import { formatDate } from '../../lib/format';
import { fill } from '../../lib/i18n/define-messages';
import type { Language } from '../../lib/i18n/messages';
import { DEFAULT_LAYERS } from '../../stores/app-store';
import { DEFAULT_COVERAGE } from '../../stores/coverage-slice';
import type { Scene } from '../../stores/app-state';
import { messages } from './messages';

/**
 * The tour the data tells by itself: the national view; the plan (the recruitment cities, with
 * how many are on plan and which are behind in the title) when the dataset has targets; what
 * changed since the last milestone, when there is one before the data's date; the Tier 1 cities;
 * each recruitment city in the dataset's order (the map frames a selected city by itself); then
 * the whitespace: the recruitment cities' districts shaded by their reach to service.
 */
export function buildDefaultTour(network: Network, language: Language): Scene[] {
  const t = messages[language];
  const base = { view: null, filters: DEFAULT_FILTERS, layers: DEFAULT_LAYERS };
  const tour: Scene[] = [
    { ...base, id: 'tour-national', name: t['tour.national'], selectedCityId: null },
  ];
  if (network.targets?.length)
    tour.push({
      ...base,
      id: 'tour-on-plan',
      name: t['tour.onPlan'],
      filters: { ...DEFAULT_FILTERS, recruitmentOnly: true },
      selectedCityId: null,
      focus: 'plan',
    });
  const since = presetRange(network, 'since-milestone', network.meta.asOf);
  if (since)
    tour.push({
      ...base,
      id: 'tour-changes',
      name: fill(t['tour.changesSince'], { date: formatDate(since.from, language) }),
      selectedCityId: null,
      compare: { from: since.from, to: since.to },
    });
  tour.push({
    ...base,
    id: 'tour-tier-1',
    name: t['tour.tier1'],
    filters: { ...DEFAULT_FILTERS, tiers: ['1'] },
    selectedCityId: null,
  });
  const recruiting = network.cities.filter((city) => city.recruitment.status === 'recruiting');
  for (const city of recruiting)
    tour.push({
      ...base,
      id: `tour-city-${city.id}`,
      name: city.name[language],
      selectedCityId: city.id,
    });
  if (recruiting.length > 0)
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
