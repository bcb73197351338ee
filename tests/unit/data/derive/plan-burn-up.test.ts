import { DEFAULT_FILTERS, type Filters } from '../../../../src/data/domain/filters';
import type { Target } from '../../../../src/data/domain/schema';
import { derivePlanBurnUp } from '../../../../src/data/derive/plan-burn-up';
import { makeNetwork, makeTarget } from '../../fixtures/network';

/** Per month `YYYY-MM`, the actual and required counts of one stage of the burn-up. */
function series(targets: Target[], stage: 0 | 1 | 2, asOf: string, filters: Partial<Filters> = {}) {
  const burnUp = derivePlanBurnUp(
    { ...makeNetwork(), targets },
    { ...DEFAULT_FILTERS, ...filters },
    asOf,
  );
  return Object.fromEntries(
    burnUp.months.map((month, m) => [
      month,
      [burnUp.actual[m * 3 + stage], burnUp.required[m * 3 + stage]],
    ]),
  );
}

describe('the plan burn-up', () => {
  it('counts, month by month, the outlets at a stage against what the targets require', () => {
    const targets = [
      makeTarget({ id: 's', stage: 'signed', count: 2, due: '2024-01-31' }),
      makeTarget({ id: 'r', stage: 'renovating', count: 2, due: '2024-02-29' }),
    ];
    // Suzhou's two partner stores signed on 2023-12-29; one renovating from 2024-01-10.
    expect(series(targets, 0, '2024-01-15')).toEqual({
      '2023-12': [2, 0],
      '2024-01': [2, 2],
      '2024-02': [-1, 2],
    });
    expect(series(targets, 1, '2024-01-15')).toEqual({
      '2023-12': [0, 0],
      '2024-01': [1, 0],
      '2024-02': [-1, 2],
    });
  });

  it('counts only the cities and kinds the targets of a stage are about', () => {
    // Beijing's delivery center opened on 2024-01-05; its fusion stores do not count.
    const targets = [
      makeTarget({
        id: 'dc',
        cityId: 'beijing',
        kind: 'delivery-center',
        count: 1,
        due: '2024-01-31',
      }),
    ];
    expect(series(targets, 2, '2024-01-15')).toEqual({ '2024-01': [1, 1] });
  });

  it('takes closures out from the month they happen', () => {
    const targets = [
      makeTarget({
        id: 'fs',
        cityId: 'beijing',
        kind: 'fusion-store',
        count: 1,
        due: '2023-10-31',
      }),
    ];
    expect(series(targets, 2, '2024-01-15')).toEqual({
      '2023-08': [1, 0],
      '2023-09': [1, 0],
      '2023-10': [1, 1],
      '2023-11': [1, 1],
      '2023-12': [0, 1],
      '2024-01': [0, 1],
    });
  });

  it('treats counts as cumulative and all-kind targets as overlapping the single-kind ones', () => {
    const targets = [
      makeTarget({ id: 'ps-feb', kind: 'partner-store', count: 1, due: '2024-02-29' }),
      makeTarget({ id: 'fs-feb', kind: 'fusion-store', count: 1, due: '2024-02-29' }),
      makeTarget({ id: 'all-mar', kind: undefined, count: 3, due: '2024-03-31' }),
      makeTarget({ id: 'ps-apr', kind: 'partner-store', count: 3, due: '2024-04-30' }),
    ];
    const required = Object.values(series(targets, 2, '2024-01-15')).map(([, r]) => r);
    // From the as-of month: Jan, Feb 1+1, Mar max(3, 2), Apr max(3, 3+1).
    expect(required).toEqual([0, 2, 3, 4]);
  });

  it('follows the filters like the plan statuses', () => {
    const targets = [
      makeTarget({ id: 'ps', stage: 'signed', count: 2, due: '2024-01-31' }),
      makeTarget({
        id: 'dc',
        cityId: 'beijing',
        kind: 'delivery-center',
        stage: 'signed',
        count: 1,
        due: '2024-01-31',
      }),
    ];
    expect(series(targets, 0, '2024-01-15')['2024-01']).toEqual([3, 3]);
    expect(series(targets, 0, '2024-01-15', { tiers: ['1'] })['2024-01']).toEqual([1, 1]);
    expect(series(targets, 0, '2024-01-15', { kinds: ['partner-store'] })['2024-01']).toEqual([
      2, 2,
    ]);
  });

  it('has no months without targets in view', () => {
    const burnUp = derivePlanBurnUp(makeNetwork(), DEFAULT_FILTERS);
    expect(burnUp.months).toEqual([]);
    expect(burnUp.actual).toHaveLength(0);
  });
});
