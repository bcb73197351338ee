import { DEFAULT_FILTERS, type Filters } from '../../../../src/data/domain/filters';
import { deriveNetworkView } from '../../../../src/data/derive/network-view';
import { buildRolloutSeries } from '../../../../src/features/insights/derive/rollout-series';
import type { Network } from '../../../../src/data/domain/schema';
import { makeNetwork } from '../../fixtures/network';

function series(partial: Partial<Filters> = {}, network: Network = makeNetwork()) {
  return buildRolloutSeries(deriveNetworkView(network, { ...DEFAULT_FILTERS, ...partial }));
}

const column = (points: ReturnType<typeof series>['points'], key: keyof (typeof points)[0]) =>
  points.map((point) => point[key]);

describe('buildRolloutSeries', () => {
  it('runs month by month from the earliest stage date to the as-of month', () => {
    const { points } = series();
    expect(column(points, 'month')).toEqual([
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-01',
    ]);
  });

  it('accumulates outlets by the stage they had reached by each month end', () => {
    const { points } = series();
    expect(column(points, 'total')).toEqual([1, 1, 3, 3, 4]);
    expect(column(points, 'signed')).toEqual([0, 1, 1, 3, 3]);
    expect(column(points, 'renovating')).toEqual([0, 0, 1, 1, 2]);
    expect(column(points, 'open')).toEqual([0, 0, 0, 0, 1]);
  });

  it('accumulates outlets by kind', () => {
    const { points } = series();
    expect(column(points, 'delivery-center')).toEqual([1, 1, 1, 1, 1]);
    expect(column(points, 'partner-store')).toEqual([0, 0, 2, 2, 2]);
    expect(column(points, 'fusion-store')).toEqual([0, 0, 0, 0, 1]);
  });

  it('ignores stages reached after the as-of date', () => {
    const { points } = series({ asOf: '2024-01-06' });
    expect(points.at(-1)).toMatchObject({ month: '2024-01', total: 3, renovating: 1, open: 1 });
  });

  it('takes a closed outlet out of every count in the month it closed', () => {
    const { points } = series({ stages: ['closed'] });
    expect(points[0]!.month).toBe('2023-05');
    expect(column(points, 'open')).toEqual([0, 0, 0, 1, 1, 1, 1, 0, 0]);
    expect(column(points, 'signed')).toEqual([0, 0, 0, 1, 1, 1, 1, 0, 0]);
    expect(column(points, 'total')).toEqual([1, 1, 1, 1, 1, 1, 1, 0, 0]);
  });

  it('maps the milestones up to the as-of date to their months, by date', () => {
    const network = makeNetwork();
    const milestone = (date: string, en: string) => ({
      date,
      title: { en, zh: en },
      description: { en, zh: en },
      source: 'test',
    });
    network.milestones = [
      milestone('2024-01-02', 'Announced'),
      milestone('2023-08-20', 'Early'),
      milestone('2024-02-01', 'Later'),
    ];
    const { points, milestones } = series({}, network);
    expect(milestones.map((m) => [m.month, m.title.en])).toEqual([
      ['2023-08', 'Early'],
      ['2024-01', 'Announced'],
    ]);
    expect(points[0]).toMatchObject({ month: '2023-08', total: 0 });
  });

  it('is empty when nothing is in view and there are no milestones', () => {
    expect(series({ tiers: ['2'] })).toEqual({ points: [], milestones: [] });
  });
});
