import { DEFAULT_FILTERS, type Filters } from '../../../../src/data/domain/filters';
import { deriveNetworkView } from '../../../../src/data/derive/network-view';
import { buildCityFeatures, buildCityMarks } from '../../../../src/features/map/build-map-features';
import { makeCity, makeNetwork } from '../../fixtures/network';

const ALL_KINDS = { 'delivery-center': true, 'partner-store': true, 'fusion-store': true };

function marks(filters: Partial<Filters> = {}, shown = ALL_KINDS) {
  const view = deriveNetworkView(makeNetwork(), { ...DEFAULT_FILTERS, ...filters });
  return buildCityMarks(view, shown);
}

describe('buildCityFeatures', () => {
  it('holds every city the map can show, with what never changes with the filters', () => {
    const network = makeNetwork();
    network.cities.push(makeCity({ id: 'quiet', recruitment: { status: 'none' } }));
    const features = buildCityFeatures(network).features;
    // "quiet" neither recruits nor has an outlet: no filter can show it.
    expect(features.map((feature) => feature.properties.id)).toEqual([
      'suzhou',
      'beijing',
      'haikou',
    ]);
    expect(features[1]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [116.3972, 39.9075] },
      properties: { id: 'beijing', name_en: 'Beijing', name_zh: '北京', tierGroup: '1' },
    });
  });
});

describe('buildCityMarks', () => {
  it('counts the outlets in view per city shown, sizes the bubbles and marks the gaps', () => {
    // The closed Beijing fusion store is out of the default stages.
    expect(marks()).toEqual({
      counts: { suzhou: 2, beijing: 2, haikou: 0 },
      states: {
        suzhou: { size: 1, gap: false },
        beijing: { size: 1, gap: false },
        // Recruiting, and no partner store yet: the coverage gap, shown with no outlets.
        haikou: { size: 0, gap: true },
      },
    });
  });

  it('shows only the cities the city filters pass', () => {
    expect(Object.keys(marks({ tiers: ['1'] }).counts)).toEqual(['beijing']);
  });

  it('counts only the kinds shown, and drops a city left with none that is not recruiting', () => {
    const noFusion = marks({}, { ...ALL_KINDS, 'fusion-store': false });
    expect(noFusion.counts).toEqual({ suzhou: 2, beijing: 1, haikou: 0 });
    expect(noFusion.states.beijing?.size).toBeCloseTo(Math.sqrt(1 / 2));

    const partnersOnly = marks(
      {},
      { ...ALL_KINDS, 'delivery-center': false, 'fusion-store': false },
    );
    expect(partnersOnly.counts).toEqual({ suzhou: 2, haikou: 0 });
  });
});
