import { DEFAULT_FILTERS, type Filters } from '../../../../src/data/domain/filters';
import { deriveNetworkView } from '../../../../src/data/derive/network-view';
import { computeKeyFigures } from '../../../../src/features/insights/derive/key-figures';
import { makeCity, makeNetwork, makeOutlet } from '../../fixtures/network';

function figures(partial: Partial<Filters> = {}, network = makeNetwork()) {
  return computeKeyFigures(deriveNetworkView(network, { ...DEFAULT_FILTERS, ...partial }));
}

describe('computeKeyFigures', () => {
  it('sums up the default view of the fixture', () => {
    expect(figures()).toEqual({
      recruitmentCities: { covered: 1, total: 2 },
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

  it('counts a city as covered only through outlets that pass the kind filter', () => {
    const result = figures({ kinds: ['delivery-center'] });
    expect(result.recruitmentCities).toEqual({ covered: 0, total: 2 });
    expect(result.topTierCities).toEqual({ covered: 1, total: 2 });
    expect(result.outlets.total).toBe(1);
    expect([result.open, result.pipeline]).toEqual([1, 0]);
    // A partner-store gap does not depend on the kind filter.
    expect(result.recruitmentGapIds).toEqual(['haikou']);
  });

  it('only counts cities that pass the city filters', () => {
    const result = figures({ tiers: ['1'] });
    expect(result.recruitmentCities).toEqual({ covered: 0, total: 0 });
    expect(result.topTierCities).toEqual({ covered: 1, total: 1 });
    expect(result.recruitmentGapIds).toEqual([]);
  });

  it('uses the stages as of the chosen date', () => {
    const result = figures({ asOf: '2024-01-06' });
    expect([result.outlets.total, result.open, result.pipeline]).toEqual([3, 1, 2]);
    expect(figures({ asOf: '2023-10-15' }).recruitmentGapIds).toEqual(['suzhou', 'haikou']);
  });

  it('does not count a closed partner store as closing the gap', () => {
    const network = makeNetwork();
    network.cities.push(makeCity({ id: 'xiamen', tier: '2' }));
    network.outlets.push(
      makeOutlet({
        id: 'ps-xiamen-1',
        cityId: 'xiamen',
        status: 'closed',
        stages: { planned: '2023-10-01', closed: '2023-12-01' },
      }),
    );
    expect(figures({}, network).recruitmentGapIds).toEqual(['haikou', 'xiamen']);
  });

  it('leaves closed outlets out of both open and pipeline', () => {
    const result = figures({ stages: ['closed'] });
    expect([result.outlets.total, result.open, result.pipeline]).toEqual([1, 0, 0]);
  });
});
