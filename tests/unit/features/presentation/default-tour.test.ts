import { buildDefaultTour } from '../../../../src/features/presentation/default-tour';
import { makeNetwork } from '../../fixtures/network';

describe('buildDefaultTour', () => {
  it('goes national view, Tier 1 cities, each recruitment city in the data order, then the whitespace', () => {
    const tour = buildDefaultTour(makeNetwork(), 'en');
    expect(tour.map((scene) => scene.name)).toEqual([
      'National view',
      'Tier 1 cities',
      'Suzhou',
      'Haikou',
      'Whitespace: service reach in the recruitment cities',
    ]);
  });

  it('ends on the recruitment cities shaded by their reach to service', () => {
    const whitespace = buildDefaultTour(makeNetwork(), 'en').at(-1);
    expect(whitespace).toMatchObject({
      view: null,
      selectedCityId: null,
      coverage: { mode: 'service', radiusKm: 25 },
    });
    expect(whitespace!.filters.recruitmentOnly).toBe(true);
  });

  it('has no whitespace scene without recruitment cities', () => {
    const network = makeNetwork();
    network.cities = network.cities.map((city) => ({ ...city, recruitment: { status: 'none' } }));
    expect(buildDefaultTour(network, 'en').map((scene) => scene.id)).toEqual([
      'tour-national',
      'tour-tier-1',
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
    const cities = buildDefaultTour(makeNetwork(), 'en').slice(2, -1);
    expect(cities.map((scene) => [scene.selectedCityId, scene.view])).toEqual([
      ['suzhou', null],
      ['haikou', null],
    ]);
    expect(new Set(cities.map((scene) => scene.id)).size).toBe(2);
  });

  it('names the scenes in Chinese', () => {
    const tour = buildDefaultTour(makeNetwork(), 'zh');
    expect(tour.map((scene) => scene.name)).toEqual([
      '全国视图',
      '一线城市',
      '苏州',
      '海口',
      '空白区：招募城市的服务可达',
    ]);
  });
});
