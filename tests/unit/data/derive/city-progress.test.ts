import { cityProgress } from '../../../../src/data/derive/city-progress';
import { derivePlanView } from '../../../../src/data/derive/plan-status';
import { DEFAULT_FILTERS } from '../../../../src/data/domain/filters';
import type { Target } from '../../../../src/data/domain/schema';
import { makeNetwork, makeTarget } from '../../fixtures/network';

function progressOf(targets: Target[], cityId: string, stage: Target['stage'], asOf: string) {
  const network = { ...makeNetwork(), targets };
  const plan = derivePlanView(network, DEFAULT_FILTERS, asOf);
  return cityProgress(
    plan,
    network.cities.findIndex((city) => city.id === cityId),
    stage,
  );
}

describe("a city's progress against its plan", () => {
  it('steps the requirement at each due date and the actual at each day an outlet got there', () => {
    // Suzhou's two partner stores signed on 29 Dec 2023.
    const progress = progressOf(
      [
        makeTarget({ id: 'a', stage: 'signed', count: 1, due: '2024-01-10' }),
        makeTarget({ id: 'b', stage: 'signed', count: 3, due: '2024-02-29' }),
      ],
      'suzhou',
      'signed',
      '2024-01-15',
    );
    expect(progress).toEqual({
      stage: 'signed',
      from: '2023-12-22',
      to: '2024-02-29',
      asOf: '2024-01-15',
      required: [
        { date: '2023-12-22', value: 0 },
        { date: '2024-01-10', value: 1 },
        { date: '2024-02-29', value: 3 },
      ],
      actual: [
        { date: '2023-12-22', value: 0 },
        { date: '2023-12-29', value: 2 },
      ],
      max: 3,
    });
  });

  it('counts a later stage as reaching the target stage, and stops the actual at the as-of date', () => {
    // One of Suzhou's stores renovating from 10 Jan 2024: counted from then for "renovating".
    const before = progressOf(
      [makeTarget({ stage: 'renovating', count: 1, due: '2024-01-31' })],
      'suzhou',
      'renovating',
      '2024-01-05',
    );
    expect(before?.actual).toEqual([{ date: before?.from, value: 0 }]);
    const after = progressOf(
      [makeTarget({ stage: 'renovating', count: 1, due: '2024-01-31' })],
      'suzhou',
      'renovating',
      '2024-01-15',
    );
    expect(after?.actual.at(-1)).toEqual({ date: '2024-01-10', value: 1 });
  });

  it('takes a closed outlet out on the day it closed', () => {
    // Beijing's second fusion store opened on 1 Aug 2023 and closed on 1 Dec 2023.
    const progress = progressOf(
      [makeTarget({ cityId: 'beijing', kind: 'fusion-store', count: 1, due: '2024-01-31' })],
      'beijing',
      'open',
      '2024-01-15',
    );
    expect(progress?.actual.map((point) => point.value)).toEqual([0, 1, 0]);
  });

  it('is null for a city without a target of the stage', () => {
    expect(progressOf([makeTarget()], 'suzhou', 'signed', '2024-01-15')).toBeNull();
    expect(progressOf([makeTarget()], 'beijing', 'open', '2024-01-15')).toBeNull();
  });
});
