import { DEFAULT_FILTERS, type Filters } from '../../../../src/data/domain/filters';
import type { Network, Outlet } from '../../../../src/data/domain/schema';
import { changeRows } from '../../../../src/data/derive/change-rows';
import { deriveChanges, type DateRange } from '../../../../src/data/derive/changes-between';
import { KIND_CODE, STAGE_CODE, STAGE_COUNT } from '../../../../src/data/derive/network-index';
import { makeCity, makeNetwork, makeOutlet, makeTarget } from '../../fixtures/network';

/** One outlet through every stage, one with a stage skipped, one that first appears signed. */
function lifecycleNetwork(): Network {
  const network = makeNetwork();
  const outlets: Outlet[] = [
    makeOutlet({
      id: 'full',
      status: 'closed',
      stages: {
        planned: '2024-01-01',
        signed: '2024-01-05',
        renovating: '2024-01-10',
        open: '2024-01-20',
        closed: '2024-02-01',
      },
    }),
    makeOutlet({
      id: 'skip',
      kind: 'fusion-store',
      status: 'open',
      stages: { planned: '2024-01-03', open: '2024-01-15' },
    }),
    makeOutlet({
      id: 'signed-first',
      cityId: 'haikou',
      status: 'signed',
      stages: { signed: '2024-01-05' },
    }),
  ];
  return { ...network, outlets };
}

/** Each change as `id: previous → stage on date (type)`, in the order given. */
function listed(network: Network, range: DateRange, filters: Partial<Filters> = {}): string[] {
  const changes = deriveChanges(network, { ...DEFAULT_FILTERS, ...filters }, range);
  return changeRows(changes).map(
    (row) => `${row.outlet.id}: ${row.previous ?? '∅'} → ${row.stage} on ${row.date} (${row.type})`,
  );
}

describe('changes between two dates', () => {
  it('lists every stage transition of an outlet, by day', () => {
    expect(listed(lifecycleNetwork(), { from: '2024-01-01', to: '2024-02-01' })).toEqual([
      'full: ∅ → planned on 2024-01-01 (new)',
      'skip: ∅ → planned on 2024-01-03 (new)',
      'full: planned → signed on 2024-01-05 (advance)',
      'signed-first: ∅ → signed on 2024-01-05 (new)',
      'full: signed → renovating on 2024-01-10 (advance)',
      'skip: planned → open on 2024-01-15 (advance)',
      'full: renovating → open on 2024-01-20 (advance)',
      'full: open → closed on 2024-02-01 (closure)',
    ]);
  });

  it('includes both ends of the range and nothing outside it', () => {
    expect(listed(lifecycleNetwork(), { from: '2024-01-05', to: '2024-01-10' })).toEqual([
      'full: planned → signed on 2024-01-05 (advance)',
      'signed-first: ∅ → signed on 2024-01-05 (new)',
      'full: signed → renovating on 2024-01-10 (advance)',
    ]);
    expect(listed(lifecycleNetwork(), { from: '2024-01-06', to: '2024-01-09' })).toEqual([]);
  });

  it('takes a range given the wrong way round as the same range', () => {
    const network = lifecycleNetwork();
    const forward = deriveChanges(network, DEFAULT_FILTERS, {
      from: '2024-01-05',
      to: '2024-01-10',
    });
    const backward = deriveChanges(network, DEFAULT_FILTERS, {
      from: '2024-01-10',
      to: '2024-01-05',
    });
    expect(backward.from).toBe('2024-01-05');
    expect(Array.from(backward.outlet)).toEqual(Array.from(forward.outlet));
    expect(forward.before).toBe('2024-01-04');
  });

  it('counts the changes by type, stage, step, kind and city', () => {
    const network = lifecycleNetwork();
    const changes = deriveChanges(network, DEFAULT_FILTERS, {
      from: '2024-01-01',
      to: '2024-02-01',
    });
    expect(Array.from(changes.byType)).toEqual([3, 4, 1]);
    expect(Array.from(changes.byStage)).toEqual([2, 2, 1, 2, 1]);
    const step = (from: keyof typeof STAGE_CODE, to: keyof typeof STAGE_CODE) =>
      changes.transitions[STAGE_CODE[from] * STAGE_COUNT + STAGE_CODE[to]];
    expect([
      step('planned', 'signed'),
      step('signed', 'renovating'),
      step('renovating', 'open'),
    ]).toEqual([1, 1, 1]);
    expect([step('planned', 'open'), step('open', 'closed')]).toEqual([1, 1]);
    const fusion = KIND_CODE['fusion-store'];
    expect(Array.from(changes.kindType.subarray(fusion * 3, fusion * 3 + 3))).toEqual([1, 1, 0]);
    // Suzhou (city 0) has the first two outlets, Haikou (city 2) the third.
    expect(Array.from(changes.cityType.subarray(0, 3))).toEqual([2, 4, 1]);
    expect(Array.from(changes.cityType.subarray(6, 9))).toEqual([1, 0, 0]);
    expect(Array.from(changes.cityStage.subarray(2 * STAGE_COUNT, 3 * STAGE_COUNT))).toEqual([
      0, 1, 0, 0, 0,
    ]);
    expect(Array.from(changes.outlets)).toEqual([0, 1, 2]);
  });

  it('follows the city and kind filters', () => {
    const range = { from: '2024-01-01', to: '2024-02-01' };
    expect(listed(lifecycleNetwork(), range, { kinds: ['fusion-store'] })).toEqual([
      'skip: ∅ → planned on 2024-01-03 (new)',
      'skip: planned → open on 2024-01-15 (advance)',
    ]);
    expect(listed(lifecycleNetwork(), range, { tiers: ['3+'] })).toEqual([
      'signed-first: ∅ → signed on 2024-01-05 (new)',
    ]);
  });

  it('keeps the changes into the chosen stages under a stage filter', () => {
    const range = { from: '2024-01-01', to: '2024-02-01' };
    expect(listed(lifecycleNetwork(), range, { stages: ['signed'] })).toEqual([
      'full: planned → signed on 2024-01-05 (advance)',
      'signed-first: ∅ → signed on 2024-01-05 (new)',
    ]);
    expect(listed(lifecycleNetwork(), range, { stages: ['closed'] })).toEqual([
      'full: open → closed on 2024-02-01 (closure)',
    ]);
  });

  it('names the cities that started recruiting in the range', () => {
    const network = makeNetwork();
    network.cities.push(
      makeCity({ id: 'wuxi', recruitment: { status: 'recruiting', since: '2024-02-01' } }),
    );
    const recruiting = (range: DateRange, filters: Partial<Filters> = {}) =>
      Array.from(
        deriveChanges(network, { ...DEFAULT_FILTERS, ...filters }, range).recruiting,
        (c) => network.cities[c]!.id,
      );
    expect(recruiting({ from: '2024-01-02', to: '2024-01-31' })).toEqual(['suzhou', 'haikou']);
    expect(recruiting({ from: '2024-01-03', to: '2024-02-01' })).toEqual(['wuxi']);
    expect(recruiting({ from: '2024-01-01', to: '2024-03-01' }, { tiers: ['3+'] })).toEqual([
      'haikou',
    ]);
  });

  it('sorts the targets due in the range into met and missed by their due date', () => {
    const network: Network = {
      ...makeNetwork(),
      targets: [
        makeTarget({ id: 'met', stage: 'signed', count: 2, due: '2024-01-10' }),
        makeTarget({ id: 'missed', stage: 'renovating', count: 2, due: '2024-01-12' }),
        makeTarget({ id: 'late', stage: 'signed', count: 1, due: '2023-12-28' }),
        makeTarget({ id: 'later', stage: 'signed', count: 1, due: '2024-03-01' }),
      ],
    };
    const changes = deriveChanges(network, DEFAULT_FILTERS, {
      from: '2023-12-20',
      to: '2024-01-15',
    });
    const ids = (list: Uint32Array) => Array.from(list, (t) => network.targets![t]!.id);
    expect(ids(changes.targetsMet)).toEqual(['met']);
    expect(ids(changes.targetsMissed)).toEqual(['missed', 'late']);
  });
});
