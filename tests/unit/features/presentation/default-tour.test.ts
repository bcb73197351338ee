import { buildDefaultTour } from '../../../../src/features/presentation/default-tour';
import { makeNetwork } from '../../fixtures/network';

describe('buildDefaultTour', () => {
  it('goes national view, Tier 1 cities, then each recruitment city in the data order', () => {
    const tour = buildDefaultTour(makeNetwork(), 'en');
    expect(tour.map((scene) => scene.name)).toEqual([
      'National view',
      'Tier 1 cities',
      'Suzhou',
      'Haikou',
    ]);
  });

  it('shows the whole country without filters first, then filters to Tier 1', () => {
    const [national, tier1] = buildDefaultTour(makeNetwork(), 'en');
    expect(national).toMatchObject({ view: null, selectedCityId: null });
    expect(national!.filters.tiers).toEqual([]);
    expect(tier1).toMatchObject({ view: null, selectedCityId: null });
    expect(tier1!.filters.tiers).toEqual(['1']);
  });

  it('selects each recruitment city and leaves the framing to the map', () => {
    const cities = buildDefaultTour(makeNetwork(), 'en').slice(2);
    expect(cities.map((scene) => [scene.selectedCityId, scene.view])).toEqual([
      ['suzhou', null],
      ['haikou', null],
    ]);
    expect(new Set(cities.map((scene) => scene.id)).size).toBe(2);
  });

  it('names the scenes in Chinese', () => {
    const tour = buildDefaultTour(makeNetwork(), 'zh');
    expect(tour.map((scene) => scene.name)).toEqual(['全国视图', '一线城市', '苏州', '海口']);
  });
});
