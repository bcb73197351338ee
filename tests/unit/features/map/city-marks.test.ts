import { DEFAULT_FILTERS, type Filters } from '../../../../src/data/domain/filters';
import { deriveNetworkView } from '../../../../src/data/derive/network-view';
import { buildCityFeatures, cityIdOf } from '../../../../src/features/map/build-city-features';
import { buildCityMarks } from '../../../../src/data/derive/city-marks';
import { DEFAULT_LAYERS } from '../../../../src/stores/app-store';
import { makeCity, makeNetwork } from '../../fixtures/network';

function marks(filters: Partial<Filters> = {}, layers = DEFAULT_LAYERS) {
  const view = deriveNetworkView(makeNetwork(), { ...DEFAULT_FILTERS, ...filters });
  return buildCityMarks(view, layers);
}

describe('buildCityFeatures', () => {
  it('holds every city the map can show, keyed by its position, with what never changes with the filters', () => {
    const network = makeNetwork();
    network.cities.push(makeCity({ id: 'quiet', recruitment: { status: 'none' } }));
    const features = buildCityFeatures(network).features;
    // "quiet" neither recruits nor has an outlet: no filter can show it.
    expect(features.map((feature) => cityIdOf(network, feature.id))).toEqual([
      'suzhou',
      'beijing',
      'haikou',
    ]);
    expect(features[1]).toEqual({
      type: 'Feature',
      id: 1,
      geometry: { type: 'Point', coordinates: [116.3972, 39.9075] },
      properties: { c: 1, name_en: 'Beijing', name_zh: '北京', tierGroup: '1' },
    });
  });
});

describe('buildCityMarks', () => {
  it('counts the outlets in view per city shown, sizes the bubbles and marks the gaps', () => {
    // The closed Beijing fusion store is out of the default stages.
    expect(marks()).toEqual({
      counts: [2, 2, 0],
      states: [
        { size: 1, gap: false },
        { size: 1, gap: false },
        // Recruiting, and no partner store yet: the coverage gap, shown with no outlets.
        { size: 0, gap: true },
      ],
      legend: { cities: 3, 'delivery-center': 1, 'partner-store': 2, 'fusion-store': 1 },
    });
  });

  it('shows only the cities the city filters pass, and counts them in the legend', () => {
    const tier1 = marks({ tiers: ['1'] });
    expect(tier1.counts).toEqual([-1, 2, -1]);
    expect(tier1.states).toEqual([null, { size: 1, gap: false }, null]);
    expect(tier1.legend.cities).toBe(1);
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
