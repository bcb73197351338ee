import { DEFAULT_FILTERS, type Filters } from '../../../../src/data/domain/filters';
import { deriveNetworkView } from '../../../../src/data/derive/network-view';
import { buildStageFunnel } from '../../../../src/features/insights/derive/stage-funnel';
import { buildTierSeries } from '../../../../src/features/insights/derive/tier-series';
import { makeNetwork } from '../../fixtures/network';

const inView = (partial: Partial<Filters> = {}) =>
  deriveNetworkView(makeNetwork(), { ...DEFAULT_FILTERS, ...partial });

describe('buildTierSeries', () => {
  it('stacks the outlets in view by kind for every tier group, in order', () => {
    expect(buildTierSeries(inView())).toEqual([
      { group: '1', total: 2, 'delivery-center': 1, 'partner-store': 0, 'fusion-store': 1 },
      { group: 'new1', total: 2, 'delivery-center': 0, 'partner-store': 2, 'fusion-store': 0 },
      { group: '2', total: 0, 'delivery-center': 0, 'partner-store': 0, 'fusion-store': 0 },
      { group: '3+', total: 0, 'delivery-center': 0, 'partner-store': 0, 'fusion-store': 0 },
    ]);
  });

  it('follows the other filters but not its own (tier and kind): those bars are dimmed', () => {
    const totals = (partial: Partial<Filters>) =>
      buildTierSeries(inView(partial)).map((bar) => bar.total);
    expect(totals({ stages: ['open'] })).toEqual([1, 0, 0, 0]);
    expect(totals({ regions: ['east'] })).toEqual([0, 2, 0, 0]);
    expect(totals({ kinds: ['fusion-store'], tiers: ['new1'] })).toEqual([2, 2, 0, 0]);
  });
});

describe('buildStageFunnel', () => {
  it('counts outlets that reached at least each stage, and those at it now', () => {
    expect(buildStageFunnel(inView())).toEqual({
      steps: [
        { stage: 'planned', reached: 4, current: 1 },
        { stage: 'signed', reached: 3, current: 1 },
        { stage: 'renovating', reached: 2, current: 1 },
        { stage: 'open', reached: 1, current: 1 },
      ],
      closed: 0,
    });
  });

  it('counts a closed outlet, when asked for, by the furthest stage it had reached', () => {
    expect(buildStageFunnel(inView({ stages: ['closed'] }))).toEqual({
      steps: [
        { stage: 'planned', reached: 5, current: 1 },
        { stage: 'signed', reached: 4, current: 1 },
        { stage: 'renovating', reached: 3, current: 1 },
        { stage: 'open', reached: 2, current: 1 },
      ],
      closed: 1,
    });
  });

  it('ignores its own (stage) filter and follows the others', () => {
    expect(buildStageFunnel(inView({ stages: ['open'] }))).toEqual(buildStageFunnel(inView()));
    const { steps } = buildStageFunnel(inView({ kinds: ['partner-store'] }));
    expect(steps.map((step) => step.reached)).toEqual([2, 2, 1, 0]);
  });

  it('uses the stage as of the chosen date', () => {
    const { steps } = buildStageFunnel(inView({ asOf: '2024-01-06' }));
    expect(steps.map((step) => [step.reached, step.current])).toEqual([
      [3, 0],
      [3, 2],
      [1, 0],
      [1, 1],
    ]);
  });
});
