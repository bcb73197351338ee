import { validateNetwork } from '../../../../src/data/domain/validate-network';
import type { Target } from '../../../../src/data/domain/schema';
import { makeNetwork, makeTarget } from '../../fixtures/network';

/** Validates the fixture network with `targets` as its plan; returns `where: why` lines too. */
function withTargets(targets: unknown) {
  const doc = JSON.parse(JSON.stringify({ ...makeNetwork(), targets })) as unknown;
  const { network, issues } = validateNetwork(doc);
  return {
    ids: network.targets?.map((target) => target.id),
    targets: network.targets,
    problems: issues.map((issue) => `${issue.path}: ${issue.message}`),
    severities: new Set(issues.map((issue) => issue.severity)),
  };
}

describe('validating targets', () => {
  it('leaves a dataset without targets valid and without a plan', () => {
    const { network, issues } = validateNetwork(makeNetwork());
    expect(issues).toEqual([]);
    expect(network).not.toHaveProperty('targets');
  });

  it('keeps valid targets in document order and makes a missing stage "open"', () => {
    const withoutStage: Partial<Target> = makeTarget({ id: 'b' });
    delete withoutStage.stage;
    const result = withTargets([
      makeTarget({ id: 'a', stage: 'signed', note: { en: 'First batch', zh: '首批' } }),
      withoutStage,
      makeTarget({ id: 'c', kind: undefined, cityId: 'beijing', stage: 'renovating' }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.ids).toEqual(['a', 'b', 'c']);
    expect(result.targets?.map((target) => target.stage)).toEqual(['signed', 'open', 'renovating']);
    expect(result.targets?.[0]?.note).toEqual({ en: 'First batch', zh: '首批' });
  });

  it('reports an unknown city where it is and keeps the other targets', () => {
    const result = withTargets([
      makeTarget({ id: 'a' }),
      makeTarget({ id: 'b', cityId: 'atlantis' }),
    ]);
    expect(result.problems).toEqual(['targets[1].cityId: unknown city id "atlantis"']);
    expect(result.ids).toEqual(['a']);
  });

  it('reports an impossible due date', () => {
    const result = withTargets([
      makeTarget({ due: '2024-02-30' }),
      makeTarget({ id: 'b', due: '31/03/2024' }),
    ]);
    expect(result.problems).toContain('targets[0].due: not a real calendar date');
    expect(result.problems).toContain('targets[1].due: expected a date as YYYY-MM-DD');
    expect(result.ids).toEqual([]);
  });

  it.each([
    [
      'a negative count',
      -2,
      'targets[0].count: must be at least 1 (a target of no outlet is always met)',
    ],
    [
      'a count of zero',
      0,
      'targets[0].count: must be at least 1 (a target of no outlet is always met)',
    ],
    ['a fractional count', 2.5, 'targets[0].count: must be a whole number'],
    ['a count as text', '3', 'targets[0].count: expected number, got string'],
  ])('reports %s', (_, count, problem) => {
    const result = withTargets([{ ...makeTarget(), count }]);
    expect(result.problems).toEqual([problem]);
    expect(result.ids).toEqual([]);
  });

  it('reports an unknown kind or a stage a target cannot ask for', () => {
    const result = withTargets([
      { ...makeTarget({ id: 'a' }), kind: 'megastore' },
      { ...makeTarget({ id: 'b' }), stage: 'closed' },
    ]);
    expect(result.problems.map((line) => line.split(':')[0])).toEqual([
      'targets[0].kind',
      'targets[1].stage',
    ]);
    expect(result.problems[1]).toMatch(/signed.*renovating.*open/);
  });

  it('reports a second target with the same id, naming the first', () => {
    const result = withTargets([
      makeTarget({ id: 'a' }),
      makeTarget({ id: 'a', due: '2024-06-30' }),
    ]);
    expect(result.problems).toEqual(['targets[1].id: duplicate id "a" (first used by targets[0])']);
    expect(result.ids).toEqual(['a']);
  });

  it('reports a second target for the same city, kind, stage and date', () => {
    const result = withTargets([
      makeTarget({ id: 'a' }),
      makeTarget({ id: 'b', count: 5 }),
      makeTarget({ id: 'c', kind: 'fusion-store' }),
      makeTarget({ id: 'd', kind: undefined }),
      makeTarget({ id: 'e', stage: 'signed' }),
      makeTarget({ id: 'f', due: '2024-06-30' }),
    ]);
    expect(result.problems).toEqual([
      'targets[1].due: duplicate target: targets[0] already asks for 2 partner-stores open in "suzhou" by 2024-03-31',
    ]);
    expect(result.ids).toEqual(['a', 'c', 'd', 'e', 'f']);
  });

  it('reports targets that are not a list, and still loads the outlets', () => {
    const result = withTargets({ suzhou: 3 });
    expect(result.problems).toEqual(['targets: expected a list']);
    expect(result.targets).toEqual([]);
    expect(validateNetwork({ ...makeNetwork(), targets: 'none' }).network.outlets).toHaveLength(5);
  });

  it('reports every problem as an error that drops only its own target', () => {
    const result = withTargets([makeTarget({ id: 'ok' }), { id: 'x' }, null]);
    expect(result.severities).toEqual(new Set(['error']));
    expect(result.ids).toEqual(['ok']);
    expect(result.problems).toContain('targets[1].cityId: missing');
    expect(result.problems).toContain('targets[2]: expected object, got null');
  });
});
