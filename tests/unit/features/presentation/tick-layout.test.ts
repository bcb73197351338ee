import { spreadTicks } from '../../../../src/features/presentation/tick-layout';

describe('spreadTicks', () => {
  it('leaves marks far enough apart where their dates are', () => {
    expect(spreadTicks([0.1, 0.5, 0.9], 400, 28)).toEqual([40, 200, 360]);
  });

  it('pushes marks of nearby dates apart, at least a mark and a gap from each other', () => {
    const placed = spreadTicks([0.9, 0.91, 1], 400, 28);
    expect(placed[2]).toBe(400);
    expect(placed[1]).toBeLessThanOrEqual(372);
    expect(placed[0]).toBeLessThanOrEqual(344);
    for (let i = 1; i < placed.length; i++)
      expect(placed[i]! - placed[i - 1]!).toBeGreaterThanOrEqual(28);
  });

  it('keeps the marks on the track', () => {
    const placed = spreadTicks([0, 0, 0.01], 300, 28);
    expect(placed).toEqual([0, 28, 56]);
  });

  it('spaces the marks evenly on a track too short for them all', () => {
    expect(spreadTicks([0.5, 0.5, 0.5], 40, 28)).toEqual([0, 20, 40]);
    expect(spreadTicks([0.25], 40, 28)).toEqual([10]);
    expect(spreadTicks([], 40, 28)).toEqual([]);
  });
});
