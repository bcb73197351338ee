import { DEFAULT_FILTERS, type Filters } from '../../../../src/data/domain/filters';
import type { Network, Target } from '../../../../src/data/domain/schema';
import {
  AT_RISK_DAYS,
  derivePlanView,
  planLine,
  PLAN_STATUSES,
  targetStatus,
  type PlanStatus,
} from '../../../../src/data/derive/plan-status';
import { makeNetwork, makeTarget } from '../../fixtures/network';

/**
 * The fixture's outlets: Suzhou has two partner stores, both signed on 2023-12-29, one
 * renovating since 2024-01-10; Beijing a delivery center open since 2024-01-05, a fusion store
 * planned on 2024-01-12 and one open from 2023-08-01 until it closed on 2023-12-01.
 */
function planned(targets: Target[]): Network {
  return { ...makeNetwork(), targets };
}

function statusOf(target: Partial<Target>, asOf: string, filters: Partial<Filters> = {}) {
  const plan = derivePlanView(
    planned([makeTarget(target)]),
    { ...DEFAULT_FILTERS, ...filters },
    asOf,
  );
  const code = plan.status[0] ?? -1;
  return { status: code < 0 ? null : PLAN_STATUSES[code], actual: plan.actual[0], plan };
}

const signedTwo = { stage: 'signed', count: 2 } as const;
const signedThree = { stage: 'signed', count: 3 } as const;

describe('a target’s status at the boundary dates', () => {
  it.each<[string, Partial<Target>, string, PlanStatus]>([
    ['met, due the same day', { ...signedTwo, due: '2024-01-15' }, '2024-01-15', 'on-plan'],
    ['not met, due the same day', { ...signedThree, due: '2024-01-15' }, '2024-01-15', 'at-risk'],
    ['not met, due tomorrow', { ...signedThree, due: '2024-01-16' }, '2024-01-15', 'at-risk'],
    ['met, due tomorrow', { ...signedTwo, due: '2024-01-16' }, '2024-01-15', 'ahead'],
    ['not met, overdue by a day', { ...signedThree, due: '2024-01-14' }, '2024-01-15', 'behind'],
    ['met late, overdue by a day', { ...signedTwo, due: '2024-01-14' }, '2024-01-15', 'on-plan'],
    ['met early, months ahead', { ...signedTwo, due: '2024-06-30' }, '2024-01-15', 'ahead'],
    ['not met, due in 30 days', { ...signedThree, due: '2024-02-14' }, '2024-01-15', 'at-risk'],
    ['not met, due in 31 days', { ...signedThree, due: '2024-02-15' }, '2024-01-15', 'on-plan'],
  ])('%s', (_, target, asOf, expected) => {
    expect(statusOf(target, asOf).status).toBe(expected);
  });

  it('follows the rule itself at every distance from the due date', () => {
    expect(targetStatus(3, 3, 1)).toBe('ahead');
    expect(targetStatus(4, 3, 0)).toBe('on-plan');
    expect(targetStatus(2, 3, AT_RISK_DAYS)).toBe('at-risk');
    expect(targetStatus(2, 3, AT_RISK_DAYS + 1)).toBe('on-plan');
    expect(targetStatus(0, 3, -1)).toBe('behind');
  });

  it('changes with the as-of date', () => {
    const target = { stage: 'renovating', count: 1, due: '2024-01-31' } as const;
    expect(statusOf(target, '2024-01-09')).toMatchObject({ status: 'at-risk', actual: 0 });
    expect(statusOf(target, '2024-01-10')).toMatchObject({ status: 'ahead', actual: 1 });
    expect(statusOf(target, '2023-11-30')).toMatchObject({ status: 'on-plan', actual: 0 });
  });
});

describe('a target’s actual', () => {
  it('counts outlets at its stage or later', () => {
    expect(statusOf({ stage: 'signed', count: 9 }, '2024-01-15').actual).toBe(2);
    expect(statusOf({ stage: 'renovating', count: 9 }, '2024-01-15').actual).toBe(1);
    expect(statusOf({ stage: 'open', count: 9 }, '2024-01-15').actual).toBe(0);
  });

  it('counts a stage an outlet skipped as reached with the later one', () => {
    const fusionSigned = { cityId: 'beijing', kind: 'fusion-store', stage: 'signed' } as const;
    expect(statusOf(fusionSigned, '2023-09-01').actual).toBe(1);
  });

  it('leaves out outlets closed by the as-of date, from the day they close', () => {
    const fusionOpen = { cityId: 'beijing', kind: 'fusion-store', stage: 'open' } as const;
    expect(statusOf(fusionOpen, '2023-11-30').actual).toBe(1);
    expect(statusOf(fusionOpen, '2023-12-01').actual).toBe(0);
  });

  it('counts every kind for a target without a kind', () => {
    const anyKind = { cityId: 'beijing', kind: undefined, stage: 'open' } as const;
    expect(statusOf(anyKind, '2024-01-05').actual).toBe(1);
    expect(statusOf(anyKind, '2023-10-01').actual).toBe(1);
  });
});

describe('which targets the filters keep', () => {
  const targets = [
    makeTarget({ id: 'ps', kind: 'partner-store' }),
    makeTarget({ id: 'fs', kind: 'fusion-store' }),
    makeTarget({ id: 'all', kind: undefined }),
    makeTarget({ id: 'bj', cityId: 'beijing', kind: 'delivery-center' }),
  ];
  const kept = (filters: Partial<Filters>) => {
    const plan = derivePlanView(planned(targets), { ...DEFAULT_FILTERS, ...filters }, '2024-01-15');
    return Array.from(plan.targets, (t) => targets[t]!.id);
  };

  it('keeps every target without a filter', () => {
    expect(kept({})).toEqual(['ps', 'fs', 'all', 'bj']);
  });

  it('drops the targets of cities the city filters leave out', () => {
    expect(kept({ tiers: ['1'] })).toEqual(['bj']);
    expect(kept({ recruitmentOnly: true })).toEqual(['ps', 'fs', 'all']);
    expect(kept({ provinces: ['Jiangsu'] })).toEqual(['ps', 'fs', 'all']);
  });

  it('keeps the targets of the chosen kinds, and all-kind targets only when every kind is chosen', () => {
    expect(kept({ kinds: ['partner-store'] })).toEqual(['ps']);
    expect(kept({ kinds: ['partner-store', 'delivery-center'] })).toEqual(['ps', 'bj']);
    expect(kept({ kinds: ['partner-store', 'delivery-center', 'fusion-store'] })).toEqual([
      'ps',
      'fs',
      'all',
      'bj',
    ]);
  });

  it('ignores the stage filter', () => {
    expect(kept({ stages: ['planned'] })).toEqual(['ps', 'fs', 'all', 'bj']);
  });
});

describe('cities and the national picture', () => {
  const targets = [
    makeTarget({ id: 'sz-signed', stage: 'signed', count: 2, due: '2024-01-31' }), // ahead
    makeTarget({ id: 'sz-open', stage: 'open', count: 3, due: '2024-01-31' }), // at risk (16 days)
    makeTarget({
      id: 'bj-dc',
      cityId: 'beijing',
      kind: 'delivery-center',
      count: 2,
      due: '2024-01-05',
    }), // behind 10 days
    makeTarget({
      id: 'bj-fs',
      cityId: 'beijing',
      kind: 'fusion-store',
      count: 3,
      due: '2024-01-05',
    }), // behind 10 days, short 3
    makeTarget({
      id: 'hk',
      cityId: 'haikou',
      kind: 'fusion-store',
      stage: 'signed',
      count: 1,
      due: '2024-06-30',
    }), // on plan
  ];
  const plan = derivePlanView(planned(targets), DEFAULT_FILTERS, '2024-01-15');
  const ids = (positions: Iterable<number>) => Array.from(positions, (t) => targets[t]!.id);
  const cityStatus = (c: number) => PLAN_STATUSES[plan.cityStatus[c]!];

  it('gives each city the worst status of its targets', () => {
    expect([0, 1, 2].map(cityStatus)).toEqual(['at-risk', 'behind', 'on-plan']);
  });

  it('counts cities on plan out of the cities with targets', () => {
    expect(plan.cities).toBe(3);
    expect(plan.citiesOnPlan).toBe(1);
    expect(Array.from(plan.statusCounts)).toEqual([1, 1, 1, 2]);
  });

  it('lists the at-risk and behind targets, most overdue first, then the largest shortfall', () => {
    expect(ids(plan.attention)).toEqual(['bj-fs', 'bj-dc', 'sz-open']);
    expect(Array.from(plan.attentionCities)).toEqual([1, 0]);
  });

  it('heads each city with its worst target, then the one furthest short', () => {
    expect(ids(plan.cityHeadline)).toEqual(['sz-open', 'bj-fs', 'hk']);
  });

  it('gives the parts of a line such as "Suzhou · partner stores open 0 of 3 due by 31 Jan 2024"', () => {
    expect(planLine(plan, 1)).toMatchObject({
      city: { name: { en: 'Suzhou' } },
      kind: 'partner-store',
      stage: 'open',
      actual: 0,
      count: 3,
      due: '2024-01-31',
      status: 'at-risk',
      daysLeft: 16,
      shortfall: 3,
    });
    const outOfView = derivePlanView(planned(targets), { ...DEFAULT_FILTERS, tiers: ['1'] });
    expect(planLine(outOfView, 1)).toBeNull();
  });

  it('has nothing to say about a dataset without targets', () => {
    const none = derivePlanView(makeNetwork(), DEFAULT_FILTERS);
    expect(none.targets).toHaveLength(0);
    expect(none.cities).toBe(0);
    expect(Array.from(none.cityStatus)).toEqual([-1, -1, -1]);
  });
});
