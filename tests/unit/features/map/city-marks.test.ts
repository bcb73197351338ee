import { DEFAULT_FILTERS, type Filters } from '../../../../src/data/domain/filters';
import { deriveNetworkView } from '../../../../src/data/derive/network-view';
import {
  buildCityFeatures,
  CITY_FEATURE_BASE,
  GROUP_FEATURE_BASE,
} from '../../../../src/features/map/build-city-features';
import { buildCityMarks } from '../../../../src/data/derive/city-marks';
import { DEFAULT_LAYERS } from '../../../../src/stores/app-store';
import { makeCity, makeNetwork, makeOutlet } from '../../fixtures/network';

function marks(filters: Partial<Filters> = {}, layers = DEFAULT_LAYERS) {
  const view = deriveNetworkView(makeNetwork(), { ...DEFAULT_FILTERS, ...filters });
  return buildCityMarks(view, layers);
}

describe('buildCityFeatures', () => {
  const features = (grouping = { zoom: 4, radiusPx: 0 }) => {
    const network = makeNetwork();
    network.cities.push(makeCity({ id: 'quiet', recruitment: { status: 'none' } }));
    const view = deriveNetworkView(network, DEFAULT_FILTERS);
    return buildCityFeatures(view, buildCityMarks(view, DEFAULT_LAYERS), 'en', grouping).features;
  };

  it('holds every city the map shows, keyed by its position, with its count and name', () => {
    // "quiet" neither recruits nor has an outlet: the map does not show it.
    expect(features().map((feature) => feature.id)).toEqual(
      [0, 1, 2].map((c) => CITY_FEATURE_BASE + c),
    );
    expect(features()[1]).toEqual({
      type: 'Feature',
      id: CITY_FEATURE_BASE + 1,
      geometry: { type: 'Point', coordinates: [116.3972, 39.9075] },
      properties: {
        c: 1,
        name: 'Beijing',
        count: 2,
        max: 2,
        extra: 0,
        members: '',
        tier: 0,
        recruiting: false,
        gap: false,
        plan: -1,
      },
    });
  });

  it('gathers the cities that would crowd each other under the one with the most outlets, the partner gaps apart', () => {
    const network = makeNetwork();
    network.cities.push(
      makeCity({ id: 'wuxi', name: { en: 'Wuxi', zh: '无锡' }, point: { lon: 120.3, lat: 31.57 } }),
      makeCity({
        id: 'xiamen',
        name: { en: 'Xiamen', zh: '厦门' },
        point: { lon: 118.1, lat: 24.5 },
      }),
    );
    network.outlets.push(makeOutlet({ id: 'ps-wuxi-1', cityId: 'wuxi' }));
    const view = deriveNetworkView(network, DEFAULT_FILTERS);
    const cityMarks = buildCityMarks(view, DEFAULT_LAYERS);
    // At zoom 0, 2,000 pixels would gather the whole country on Suzhou (2 outlets, before
    // Beijing's 2). Haikou and Xiamen recruit with no partner store: their partner gaps are a
    // group of their own, a hollow ring.
    const groups = buildCityFeatures(view, cityMarks, 'en', { zoom: 0, radiusPx: 2_000 }).features;
    expect(groups.map(({ id, properties }) => [id, properties.members])).toEqual([
      [GROUP_FEATURE_BASE + 0, '0,1,3'],
      [GROUP_FEATURE_BASE + 2, '2,4'],
    ]);
    expect(groups[0]).toMatchObject({
      geometry: { coordinates: [120.5954, 31.3041] },
      properties: { name: 'Suzhou', count: 5, extra: 2, tier: 0, recruiting: true, gap: false },
    });
    expect(groups[1]?.properties).toMatchObject({ name: 'Haikou', recruiting: true, gap: true });
    // The hollow rings stand for every partner gap the legend counts, and the bubbles for every
    // city.
    const sum = (keep: (p: (typeof groups)[number]['properties']) => boolean) =>
      groups.reduce((n, { properties: p }) => n + (keep(p) ? 1 + p.extra : 0), 0);
    expect(sum(() => true)).toBe(cityMarks.legend.cities);
    expect(sum((p) => p.gap)).toBe(cityMarks.gaps);
  });
});

describe('buildCityFeatures and the recruitment date', () => {
  it('marks a city recruiting only from its recruitment date', () => {
    const recruiting = (asOf: string) => {
      const view = deriveNetworkView(makeNetwork(), { ...DEFAULT_FILTERS, asOf });
      const { features } = buildCityFeatures(view, buildCityMarks(view, DEFAULT_LAYERS), 'en', {
        zoom: 4,
        radiusPx: 0,
      });
      return features.map(({ properties }) => [properties.name, properties.recruiting]);
    };
    expect(recruiting('2024-01-01')).toEqual([
      ['Suzhou', false],
      ['Beijing', false],
    ]);
    expect(recruiting('2024-01-02')).toEqual([
      ['Suzhou', true],
      ['Beijing', false],
      ['Haikou', true],
    ]);
  });
});

describe('buildCityMarks', () => {
  it('counts the outlets in view per city shown, sizes the bubbles and marks the gaps', () => {
    // The closed Beijing fusion store is out of the default stages.
    expect(marks()).toEqual({
      counts: [2, 2, 0],
      states: [
        { size: 1, recruiting: true, gap: false },
        { size: 1, recruiting: false, gap: false },
        // Recruiting, and no partner store yet: the partner gap, shown with no outlets.
        { size: 0, recruiting: true, gap: true },
      ],
      legend: { cities: 3, 'delivery-center': 1, 'partner-store': 2, 'fusion-store': 1 },
      recruiting: 2,
      gaps: 1,
    });
  });

  it('shows only the cities the city filters pass, and counts them in the legend', () => {
    const tier1 = marks({ tiers: ['1'] });
    expect(tier1.counts).toEqual([-1, 2, -1]);
    expect(tier1.states).toEqual([null, { size: 1, recruiting: false, gap: false }, null]);
    expect(tier1.legend.cities).toBe(1);
    expect([tier1.recruiting, tier1.gaps]).toEqual([0, 0]);
  });

  it('draws a city as not yet recruiting before its recruitment date', () => {
    // 1 Jan 2024: Suzhou's partner stores are signed, but recruitment opens on the 2nd.
    const before = marks({ asOf: '2024-01-01' });
    expect(before.states[0]).toEqual({ size: 1, recruiting: false, gap: false });
    // Haikou has no outlet and does not recruit yet: not drawn at all.
    expect(before.states[2]).toBeNull();
    expect([before.legend.cities, before.recruiting, before.gaps]).toEqual([2, 0, 0]);
    const from = marks({ asOf: '2024-01-02' });
    expect([from.legend.cities, from.recruiting, from.gaps]).toEqual([3, 2, 1]);
  });

  it('counts only the kinds shown, and drops a city left with none that is not recruiting', () => {
    const noFusion = marks({}, { ...DEFAULT_LAYERS, 'fusion-store': false });
    expect(noFusion.counts).toEqual([2, 1, 0]);
    expect(noFusion.states[1]?.size).toBeCloseTo(Math.sqrt(1 / 2));

    const partnersOnly = marks(
      {},
      { ...DEFAULT_LAYERS, 'delivery-center': false, 'fusion-store': false },
    );
    expect(partnersOnly.counts).toEqual([2, -1, 0]);
    expect(partnersOnly.legend.cities).toBe(2);
  });
});
