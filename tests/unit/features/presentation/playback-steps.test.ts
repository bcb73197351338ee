import type { Milestone } from '../../../../src/data/domain/schema';
import {
  clampToRange,
  crossedMilestones,
  milestonesAround,
  MIN_TICK_MS,
  nextPlaybackDate,
  playbackDate,
  playbackDay,
  playbackRange,
  playbackStartDate,
  playbackStep,
  playbackTiming,
  trackPosition,
} from '../../../../src/features/presentation/playback-steps';

const range = { start: '2023-12-28', end: '2024-01-15' };

function milestone(date: string, en: string): Milestone {
  return { date, title: { en, zh: en }, description: { en, zh: en }, source: 'test' };
}

describe('playback dates', () => {
  it('counts days in UTC and turns them back into the same dates', () => {
    expect(playbackDay('2024-01-01') - playbackDay('2023-12-31')).toBe(1);
    expect(playbackDate(playbackDay('2024-02-29') + 1)).toBe('2024-03-01');
  });

  it('steps a day at a time across a month end and stops at the end', () => {
    expect(nextPlaybackDate('2023-12-31', 1, range)).toBe('2024-01-01');
    expect(nextPlaybackDate('2024-01-14', 3, range)).toBe('2024-01-15');
    expect(nextPlaybackDate('2024-01-15', 1, range)).toBe('2024-01-15');
  });

  it('steps from the start when the date lies before the range', () => {
    expect(nextPlaybackDate('2023-01-01', 1, range)).toBe('2023-12-29');
    expect(clampToRange('2025-01-01', range)).toBe('2024-01-15');
  });

  it('restarts from the start when Play is pressed at the end, else continues', () => {
    expect(playbackStartDate('2024-01-15', range)).toBe('2023-12-28');
    expect(playbackStartDate('2024-01-06', range)).toBe('2024-01-06');
    expect(playbackStartDate('2020-01-01', range)).toBe('2023-12-28');
  });
});

describe('playbackTiming', () => {
  it('moves one day a step when the duration leaves time for it', () => {
    expect(playbackTiming(100, 60)).toEqual({ stepDays: 1, intervalMs: 600 });
  });

  it('moves several days a step rather than update faster than ~8 times a second', () => {
    const timing = playbackTiming(134, 10);
    expect(timing.stepDays).toBe(2);
    expect(timing.intervalMs).toBeGreaterThanOrEqual(MIN_TICK_MS);
    // 67 steps of 2 days fill the 10 seconds.
    expect(Math.ceil(134 / timing.stepDays) * timing.intervalMs).toBeCloseTo(10_000, -2);
  });

  it('never stands still on an empty range', () => {
    expect(playbackTiming(0, 30).stepDays).toBe(1);
  });
});

describe('crossedMilestones', () => {
  const milestones = [
    milestone('2024-01-15', 'Renovation'),
    milestone('2023-12-29', 'Letters of intent'),
    milestone('2024-01-02', 'Announced'),
  ];

  it('finds the milestones after the old date and on or before the new one, in order', () => {
    expect(
      crossedMilestones(milestones, '2023-12-28', '2024-01-02').map((m) => m.title.en),
    ).toEqual(['Letters of intent', 'Announced']);
  });

  it('does not announce a milestone again when the step starts on it', () => {
    expect(crossedMilestones(milestones, '2024-01-02', '2024-01-03')).toEqual([]);
  });

  it('places milestones on the track and leaves out those outside the range', () => {
    expect(trackPosition('2023-12-28', range)).toBe(0);
    expect(trackPosition('2024-01-15', range)).toBe(1);
    expect(trackPosition('2024-01-06', range)).toBeCloseTo(9 / 18);
    expect(trackPosition('2023-06-01', range)).toBeNull();
  });
});

describe('playbackStep', () => {
  const milestones = [
    milestone('2023-12-29', 'Letters of intent'),
    milestone('2024-01-02', 'Announced'),
    milestone('2024-01-02', 'Recruitment'),
  ];

  it('moves on by the step when no milestone is on the way', () => {
    expect(playbackStep(milestones, '2024-01-03', 5, range)).toEqual({
      date: '2024-01-08',
      reached: [],
    });
  });

  it('stops on the first milestone on the way, however long the step', () => {
    expect(playbackStep(milestones, '2023-12-28', 30, range)).toEqual({
      date: '2023-12-29',
      reached: [milestones[0]],
    });
    // The next step stops on the next one, with every milestone of its day.
    expect(playbackStep(milestones, '2023-12-29', 30, range)).toEqual({
      date: '2024-01-02',
      reached: [milestones[1], milestones[2]],
    });
    expect(playbackStep(milestones, '2024-01-02', 30, range).date).toBe('2024-01-15');
  });
});

describe('milestonesAround', () => {
  const milestones = [
    milestone('2023-12-29', 'Letters of intent'),
    milestone('2024-01-02', 'Announced'),
  ];

  it('gives the latest milestone on or before the date', () => {
    expect(milestonesAround(milestones, '2024-01-01')).toEqual({
      milestones: [milestones[0]],
      upcoming: false,
    });
    expect(milestonesAround(milestones, '2024-01-02').milestones).toEqual([milestones[1]]);
  });

  it('gives the next milestone before the first, and nothing without milestones', () => {
    expect(milestonesAround(milestones, '2023-01-01')).toEqual({
      milestones: [milestones[0]],
      upcoming: true,
    });
    expect(milestonesAround([], '2023-01-01')).toEqual({ milestones: [], upcoming: true });
  });
});

describe('playbackRange', () => {
  it('starts at the first stage date, or at an earlier milestone so that none is off the track', () => {
    const letters = milestone('2023-12-29', 'Letters of intent');
    expect(playbackRange('2024-01-01', [], '2024-01-15')).toEqual({
      start: '2024-01-01',
      end: '2024-01-15',
    });
    expect(playbackRange('2024-01-01', [letters], '2024-01-15')?.start).toBe('2023-12-29');
    expect(playbackRange(null, [letters], '2024-01-15')?.start).toBe('2023-12-29');
    expect(playbackRange('2024-01-15', [], '2024-01-15')).toBeNull();
  });
});
