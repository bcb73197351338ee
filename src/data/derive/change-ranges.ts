import type { Milestone, Network } from '../domain/schema';
import { addDays } from './calendar-days';
import type { DateRange } from './changes-between';

/** The ranges a Compare control offers, ending on the to-date. */
export const CHANGE_PRESETS = ['since-milestone', 'last-7-days', 'last-30-days'] as const;
export type ChangePreset = (typeof CHANGE_PRESETS)[number];

/** A preset's range, with the milestone it starts from for `since-milestone`. */
export interface PresetRange extends DateRange {
  milestone?: Milestone;
}

/** The latest milestone dated before `to` (on its day, a milestone is news, not the past). */
export function lastMilestoneBefore(network: Network, to: string): Milestone | null {
  let last: Milestone | null = null;
  for (const milestone of network.milestones)
    if (milestone.date < to && (!last || milestone.date >= last.date)) last = milestone;
  return last;
}

/**
 * The range of a preset ending on `to`, both days included: `last-7-days` is `to` and the six
 * days before it; `since-milestone` starts on the day of the latest milestone before `to`, and
 * is null when there is none.
 */
export function presetRange(
  network: Network,
  preset: ChangePreset,
  to: string,
): PresetRange | null {
  if (preset === 'last-7-days') return { from: addDays(to, -6), to };
  if (preset === 'last-30-days') return { from: addDays(to, -29), to };
  const milestone = lastMilestoneBefore(network, to);
  return milestone ? { from: milestone.date, to, milestone } : null;
}
