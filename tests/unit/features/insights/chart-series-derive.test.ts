import { DEFAULT_FILTERS, filterOutlets, type Filters } from '../../../../src/data/filters';
import { buildStageFunnel } from '../../../../src/features/insights/derive/stage-funnel';
import { buildTierSeries } from '../../../../src/features/insights/derive/tier-series';
import { makeNetwork } from '../../fixtures/network';

function inView(partial: Partial<Filters> = {}) {
  const network = makeNetwork();
  const filters = { ...DEFAULT_FILTERS, ...partial };
  const asOf = filters.asOf ?? network.meta.asOf;
  return { network, outlets: filterOutlets(network, filters), asOf };
}

describe('buildTierSeries', () => {
  it('stacks the outlets in view by kind for every tier group, in order', () => {
    const { network, outlets, asOf } = inView();
    expect(buildTierSeries(network, outlets, asOf)).toEqual([
      { group: '1', total: 2, 'delivery-center': 1, 'partner-store': 0, 'fusion-store': 1 },
      { group: 'new1', total: 2, 'delivery-center': 0, 'partner-store': 2, 'fusion-store': 0 },
      { group: '2', total: 0, 'delivery-center': 0, 'partner-store': 0, 'fusion-store': 0 },
      { group: '3+', total: 0, 'delivery-center': 0, 'partner-store': 0, 'fusion-store': 0 },
    ]);
  });

  it('follows the filters it is given', () => {
    const { network, outlets, asOf } = inView({ kinds: ['fusion-store'] });
    const totals = buildTierSeries(network, outlets, asOf).map((bar) => bar.total);
    expect(totals).toEqual([1, 0, 0, 0]);
  });
});

describe('buildStageFunnel', () => {
  it('counts outlets that reached at least each stage, and those at it now', () => {
    const { network, outlets, asOf } = inView();
    expect(buildStageFunnel(network, outlets, asOf)).toEqual({
      steps: [
        { stage: 'planned', reached: 4, current: 1 },
        { stage: 'signed', reached: 3, current: 1 },
        { stage: 'renovating', reached: 2, current: 1 },
        { stage: 'open', reached: 1, current: 1 },
      ],
      closed: 0,
    });
  });

  it('counts a closed outlet by the furthest stage it had reached', () => {
    const { network, outlets, asOf } = inView({ stages: ['closed'] });
    expect(buildStageFunnel(network, outlets, asOf)).toEqual({
      steps: [
        { stage: 'planned', reached: 1, current: 0 },
        { stage: 'signed', reached: 1, current: 0 },
        { stage: 'renovating', reached: 1, current: 0 },
        { stage: 'open', reached: 1, current: 0 },
      ],
      closed: 1,
    });
  });

  it('uses the stage as of the chosen date', () => {
    const { network, outlets, asOf } = inView({ asOf: '2024-01-06' });
    const { steps } = buildStageFunnel(network, outlets, asOf);
    expect(steps.map((step) => [step.reached, step.current])).toEqual([
      [3, 0],
      [3, 2],
      [1, 0],
      [1, 1],
    ]);
  });
});
