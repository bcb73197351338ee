import { DEFAULT_FILTERS, type OutletView } from '../../../../src/data/domain/filters';
import { deriveNetworkView } from '../../../../src/data/derive/network-view';
import { OUTLET_KINDS, type Network, type Stage } from '../../../../src/data/domain/schema';
import { buildCityMarks } from '../../../../src/data/derive/city-marks';
import { computeKeyFigures } from '../../../../src/features/insights/derive/key-figures';
import { DEFAULT_LAYERS } from '../../../../src/stores/app-store';
import { buildRolloutSeries } from '../../../../src/features/insights/derive/rollout-series';
import { buildStageFunnel } from '../../../../src/features/insights/derive/stage-funnel';
import { buildTierSeries } from '../../../../src/features/insights/derive/tier-series';
import { makeNetwork, makeOutlet } from '../../fixtures/network';

const COUNT = 100_000;
const STAGE_CYCLE: Stage[] = ['planned', 'signed', 'renovating', 'open'];

// Timing belongs to the benchmark; this only checks the derivations cope with 100k outlets.
describe('derivations on 100,000 outlets', () => {
  const network: Network = makeNetwork();
  const outlets: OutletView[] = Array.from({ length: COUNT }, (_, i) => {
    const city = network.cities[i % network.cities.length]!;
    const stage = STAGE_CYCLE[i % STAGE_CYCLE.length]!;
    const month = String((i % 12) + 1).padStart(2, '0');
    const outlet = makeOutlet({
      id: `o${i}`,
      cityId: city.id,
      kind: OUTLET_KINDS[i % OUTLET_KINDS.length]!,
      status: stage,
      stages: {
        planned: `2022-${month}-01`,
        signed: stage === 'planned' ? undefined : `2023-${month}-01`,
        renovating: stage === 'renovating' || stage === 'open' ? '2023-12-15' : undefined,
        open: stage === 'open' ? '2024-01-10' : undefined,
      },
    });
    return { outlet, city, stage, position: i };
  });
  network.outlets = outlets.map((view) => view.outlet);

  it('computes every series and keeps the totals consistent', () => {
    const view = deriveNetworkView(network, DEFAULT_FILTERS);
    const figures = computeKeyFigures(view, buildCityMarks(view, DEFAULT_LAYERS));
    const tiers = buildTierSeries(view);
    const rollout = buildRolloutSeries(view);
    const funnel = buildStageFunnel(view);
    expect(figures.outlets.total).toBe(COUNT);
    expect(figures.open + figures.pipeline).toBe(COUNT);
    expect(tiers.reduce((sum, bar) => sum + bar.total, 0)).toBe(COUNT);
    expect(rollout.points.at(-1)).toMatchObject({ total: COUNT, open: COUNT / 4 });
    expect(rollout.points).toHaveLength(25);
    expect(funnel.steps[0]!.reached).toBe(COUNT);
  });
});
