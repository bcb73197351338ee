import { buildCityMarks } from '../../../../src/data/derive/city-marks';
import { DEFAULT_FILTERS, type Filters } from '../../../../src/data/domain/filters';
import { deriveNetworkView } from '../../../../src/data/derive/network-view';
import { validateNetwork } from '../../../../src/data/domain/validate-network';
import type { Network } from '../../../../src/data/domain/schema';
import {
  buildCityFeatures,
  type CityFeatureProperties,
} from '../../../../src/features/map/build-city-features';
import { computeKeyFigures } from '../../../../src/features/insights/derive/key-figures';
import { DEFAULT_LAYERS } from '../../../../src/stores/app-store';
import { makeCity, makeNetwork, makeOutlet } from '../../fixtures/network';

function derive(partial: Partial<Filters> = {}, network = makeNetwork()) {
  const view = deriveNetworkView(network, { ...DEFAULT_FILTERS, ...partial });
  const marks = buildCityMarks(view, DEFAULT_LAYERS);
  return { view, marks, figures: computeKeyFigures(view, marks) };
}

const figures = (partial: Partial<Filters> = {}, network = makeNetwork()) =>
  derive(partial, network).figures;

// The fixture: Suzhou (New Tier 1) and Haikou (Tier 3) recruit from 2 Jan 2024; Suzhou has two
// partner stores signed on 29 Dec 2023; Beijing (Tier 1) does not recruit and has a delivery
// center, a planned fusion store and a closed one.
describe('computeKeyFigures', () => {
  it('sums up the default view of the fixture', () => {
    expect(figures()).toEqual({
      recruitmentCities: { covered: 1, total: 2 },
      recruitmentOpens: null,
      outlets: {
        total: 4,
        byKind: { 'delivery-center': 1, 'partner-store': 2, 'fusion-store': 1 },
      },
      open: 1,
      pipeline: 3,
      topTierCities: { covered: 2, total: 2 },
      recruitmentGapIds: ['haikou'],
    });
  });

  it('counts a city as covered by an outlet of any kind, whatever the kind filter', () => {
    const result = figures({ kinds: ['delivery-center'] });
    // Covered is a fact of the city (product.md): Suzhou's partner stores cover it even while
    // only delivery centers are drawn.
    expect(result.recruitmentCities).toEqual({ covered: 1, total: 2 });
    expect(result.topTierCities).toEqual({ covered: 2, total: 2 });
    expect(result.outlets.total).toBe(1);
    expect([result.open, result.pipeline]).toEqual([1, 0]);
    expect(result.recruitmentGapIds).toEqual(['haikou']);
  });

  it('does not count a planned outlet as covering a city, nor a planned partner store as closing its gap', () => {
    const network = makeNetwork();
    network.cities.push(makeCity({ id: 'wuxi', name: { en: 'Wuxi', zh: '无锡' }, tier: '2' }));
    network.outlets.push(
      makeOutlet({
        id: 'ps-wuxi-1',
        cityId: 'wuxi',
        status: 'planned',
        stages: { planned: '2024-01-05' },
      }),
    );
    const result = figures({}, network);
    expect(result.recruitmentCities).toEqual({ covered: 1, total: 3 });
    expect(result.recruitmentGapIds).toEqual(['haikou', 'wuxi']);
  });

  it('says when the filters leave no recruitment city, instead of 0 / 0', () => {
    const result = figures({ tiers: ['1'] });
    expect(result.recruitmentCities).toEqual({ covered: 0, total: 0 });
    // Beijing does not recruit at all: no date to wait for.
    expect(result.recruitmentOpens).toBeNull();
    expect(result.topTierCities).toEqual({ covered: 1, total: 1 });
    expect(result.recruitmentGapIds).toEqual([]);
  });

  it('counts no city as recruiting before its recruitment date, and says when it opens', () => {
    const result = figures({ asOf: '2023-12-31' });
    expect(result.recruitmentCities).toEqual({ covered: 0, total: 0 });
    expect(result.recruitmentOpens).toBe('2024-01-02');
    // Suzhou's partner stores were signed on 29 Dec: covered, though not yet recruiting.
    expect(result.topTierCities).toEqual({ covered: 2, total: 2 });
    expect(result.recruitmentGapIds).toEqual([]);
    expect(figures({ asOf: '2024-01-02' }).recruitmentCities).toEqual({ covered: 1, total: 2 });
  });

  it('uses the stages as of the chosen date', () => {
    const result = figures({ asOf: '2024-01-06' });
    expect([result.outlets.total, result.open, result.pipeline]).toEqual([3, 1, 2]);
    expect(figures({ asOf: '2023-10-15' }).topTierCities).toEqual({ covered: 1, total: 2 });
  });

  it('does not count a closed partner store as closing the gap', () => {
    const network = makeNetwork();
    network.cities.push(makeCity({ id: 'xiamen', tier: '2' }));
    network.outlets.push(
      makeOutlet({
        id: 'ps-xiamen-1',
        cityId: 'xiamen',
        status: 'closed',
        stages: { planned: '2023-10-01', signed: '2023-11-01', closed: '2023-12-01' },
      }),
    );
    expect(figures({}, network).recruitmentGapIds).toEqual(['haikou', 'xiamen']);
  });

  it('leaves closed outlets out of both open and pipeline', () => {
    const result = figures({ stages: ['closed'] });
    expect([result.outlets.total, result.open, result.pipeline]).toEqual([1, 0, 0]);
  });

  it('reads a dataset without an as-of date at the latest stage date in it', () => {
    const document = structuredClone(makeNetwork()) as unknown as { meta: { asOf?: string } };
    delete document.meta.asOf;
    const { network } = validateNetwork(document);
    expect(network.meta.asOf).toBe('2024-01-12');
    expect(figures({}, network)).toEqual(figures({ asOf: '2024-01-12' }));
    expect(figures({}, network).recruitmentCities).toEqual({ covered: 1, total: 2 });
  });
});

/**
 * The cities the drawn city features stand for (a bubble its city, a group all of its cities),
 * those drawn as hollow rings, and the recruitment cities and partner gaps among them.
 */
function drawnCities({ view, marks }: ReturnType<typeof derive>, zoom: number, radiusPx: number) {
  const features = buildCityFeatures(view, marks, 'en', { zoom, radiusPx }).features;
  const cities = (drawn: (properties: CityFeatureProperties) => boolean) =>
    features.reduce(
      (sum, { properties }) => sum + (drawn(properties) ? 1 + properties.extra : 0),
      0,
    );
  const members = (drawn: (properties: CityFeatureProperties) => boolean) =>
    features.flatMap(({ properties }) =>
      !drawn(properties)
        ? []
        : properties.extra === 0
          ? [properties.c]
          : properties.members.split(',').map(Number),
    );
  const all = members(() => true);
  return {
    cities: cities(() => true),
    hollow: cities((properties) => properties.gap),
    recruiting: all.filter((c) => view.cityRecruiting[c] === 1).length,
    // Every recruitment city is in a bubble with the thick edge.
    recruitingUnthick: members((properties) => !properties.recruiting).filter(
      (c) => view.cityRecruiting[c] === 1,
    ).length,
    gaps: all.filter((c) => marks.states[c]?.gap === true).length,
    outlets: features.reduce((sum, { properties }) => sum + properties.count, 0),
  };
}

describe('the figures, the legend and the map from one derivation', () => {
  const network: Network = makeNetwork();
  network.cities.push(
    makeCity({ id: 'quiet', recruitment: { status: 'none' } }),
    makeCity({ id: 'later', recruitment: { status: 'recruiting', since: '2024-01-10' } }),
    makeCity({ id: 'always', tier: '2', recruitment: { status: 'recruiting' } }),
  );
  const cases: [string, Partial<Filters>][] = [
    ['no filter', {}],
    ['Tier 1, which leaves no recruitment city', { tiers: ['1'] }],
    ['a date before recruitment', { asOf: '2023-12-01' }],
    ['recruitment cities only', { recruitmentOnly: true }],
    ['recruitment cities only, before recruitment', { recruitmentOnly: true, asOf: '2023-12-01' }],
    ['a kind', { kinds: ['fusion-store'] }],
  ];

  it.each(cases)('counts what the map draws (%s)', (_name, partial) => {
    const derived = derive(partial, network);
    const { marks, figures: result, view } = derived;
    // Grouped as at the national view, or every city on its own: the same counts.
    for (const radius of [0, 2_000]) {
      const drawn = drawnCities(derived, 0, radius);
      expect(drawn.cities).toBe(marks.legend.cities);
      expect(drawn.recruiting).toBe(marks.recruiting);
      expect(drawn.recruitingUnthick).toBe(0);
      expect(drawn.gaps).toBe(marks.gaps);
      expect(drawn.hollow).toBe(marks.gaps);
      expect(drawn.outlets).toBe(view.visible.length);
    }
    expect(result.recruitmentCities.total).toBe(marks.recruiting);
    expect(result.recruitmentGapIds).toHaveLength(marks.gaps);
    expect(result.outlets.total).toBe(
      marks.legend['delivery-center'] +
        marks.legend['partner-store'] +
        marks.legend['fusion-store'],
    );
  });

  it('counts a recruiting city without a date as recruiting from the dataset’s start', () => {
    const early = derive({ asOf: '2020-01-01' }, network);
    const always = network.cities.findIndex((city) => city.id === 'always');
    expect(early.view.cityRecruiting[always]).toBe(1);
    expect(early.figures.recruitmentCities.total).toBe(1);
    expect(early.figures.recruitmentGapIds).toEqual(['always']);
  });

  it('counts a city recruiting only from its recruitment date', () => {
    // Suzhou recruits from 2 Jan 2024.
    const suzhou = network.cities.findIndex((city) => city.id === 'suzhou');
    expect(derive({ asOf: '2024-01-01' }, network).view.cityRecruiting[suzhou]).toBe(0);
    expect(derive({ asOf: '2024-01-02' }, network).view.cityRecruiting[suzhou]).toBe(1);
    const later = network.cities.findIndex((city) => city.id === 'later');
    // Within the dataset's dates (to its as-of date, 15 Jan 2024).
    expect(derive({ asOf: '2024-01-09' }, network).view.cityRecruiting[later]).toBe(0);
    expect(derive({ asOf: '2024-01-10' }, network).view.cityRecruiting[later]).toBe(1);
  });
});
