import type { Milestone } from '../../data/domain/schema';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date (YYYY-MM-DD), in UTC so no time zone shifts it. */
export function playbackDay(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/** The ISO date of a day number from `playbackDay`. */
export function playbackDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Fewest milliseconds between two steps: at most ~8 store updates a second. */
export const MIN_TICK_MS = 125;

/** How long a playback from the first date to the last takes, as offered to the user. */
export const PLAYBACK_DURATIONS_S = [10, 30, 60] as const;
export type PlaybackDuration = (typeof PLAYBACK_DURATIONS_S)[number];

export interface PlaybackTiming {
  /** Days the date moves on each step (1 unless the range is too long for the duration). */
  stepDays: number;
  /** Milliseconds between steps. */
  intervalMs: number;
}

/**
 * One day a step when that stays within `MIN_TICK_MS`, else as few days a step as keep the
 * playback to about `durationS` seconds.
 */
export function playbackTiming(totalDays: number, durationS: number): PlaybackTiming {
  const days = Math.max(1, totalDays);
  const durationMs = durationS * 1000;
  const maxTicks = Math.max(1, Math.floor(durationMs / MIN_TICK_MS));
  const stepDays = Math.max(1, Math.ceil(days / maxTicks));
  return { stepDays, intervalMs: Math.max(MIN_TICK_MS, (durationMs * stepDays) / days) };
}

/** The playback range: the first stage date to the dataset's as-of date. */
export interface PlaybackRange {
  start: string;
  end: string;
}

/** `date` held within the range. */
export function clampToRange(date: string, range: PlaybackRange): string {
  if (date < range.start) return range.start;
  if (date > range.end) return range.end;
  return date;
}

/** The date after one step, never past the end. */
export function nextPlaybackDate(current: string, stepDays: number, range: PlaybackRange): string {
  const from = clampToRange(current, range);
  return clampToRange(playbackDate(playbackDay(from) + stepDays), range);
}

/** Where pressing Play starts: from the current date, or over from the start at the end. */
export function playbackStartDate(current: string, range: PlaybackRange): string {
  return current >= range.end ? range.start : clampToRange(current, range);
}

/** The milestones a step from `from` to `to` passed: after `from`, on or before `to`. */
export function crossedMilestones(
  milestones: readonly Milestone[],
  from: string,
  to: string,
): Milestone[] {
  return milestones
    .filter((milestone) => milestone.date > from && milestone.date <= to)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The milestones on `date`. */
export function milestonesOn(milestones: readonly Milestone[], date: string): Milestone[] {
  return milestones.filter((milestone) => milestone.date === date);
}

/** Where one step of the playback lands, and the milestones it stops on. */
export interface PlaybackStep {
  date: string;
  /** The milestones of `date` when the step stopped on a milestone; empty otherwise. */
  reached: Milestone[];
}

/**
 * One step of the playback from `current`: `stepDays` on, or to the first milestone on the
 * way, where the playback stops so that its caption is shown with the map of its day. A step
 * never passes a milestone, whatever the speed: none is skipped.
 */
export function playbackStep(
  milestones: readonly Milestone[],
  current: string,
  stepDays: number,
  range: PlaybackRange,
): PlaybackStep {
  const from = clampToRange(current, range);
  const next = nextPlaybackDate(from, stepDays, range);
  const first = crossedMilestones(milestones, from, next)[0];
  return first
    ? { date: first.date, reached: milestonesOn(milestones, first.date) }
    : { date: next, reached: [] };
}

/**
 * The milestones to show beside the date: those of the latest milestone date on or before it,
 * or else the next ones to come (`upcoming`); none when the dataset has no milestones.
 */
export function milestonesAround(
  milestones: readonly Milestone[],
  date: string,
): { milestones: Milestone[]; upcoming: boolean } {
  let latest: string | null = null;
  let next: string | null = null;
  for (const { date: day } of milestones) {
    if (day <= date) {
      if (latest === null || day > latest) latest = day;
    } else if (next === null || day < next) next = day;
  }
  const day = latest ?? next;
  return { milestones: day ? milestonesOn(milestones, day) : [], upcoming: latest === null };
}

/**
 * The playback range: from the first stage date, or the first milestone when it is earlier
 * (so that every milestone up to the end is on the track), to the dataset's as-of date; null
 * when that leaves nothing to play.
 */
export function playbackRange(
  firstStageDate: string | null,
  milestones: readonly Milestone[],
  end: string,
): PlaybackRange | null {
  let start = firstStageDate;
  for (const { date } of milestones)
    if (date <= end && (start === null || date < start)) start = date;
  return start && start < end ? { start, end } : null;
}

/** A milestone's place on the track, 0 (start) to 1 (end); `null` when outside the range. */
export function trackPosition(date: string, range: PlaybackRange): number | null {
  if (date < range.start || date > range.end) return null;
  const total = playbackDay(range.end) - playbackDay(range.start);
  return total === 0 ? 0 : (playbackDay(date) - playbackDay(range.start)) / total;
}
