import { addDays } from '../../data/derive/calendar-days';
import { presetRange, type ChangePreset } from '../../data/derive/change-ranges';
import type { DateRange } from '../../data/derive/changes-between';
import { networkIndex } from '../../data/derive/network-index';
import type { Network } from '../../data/domain/schema';

/** The dates a comparison can cover: the data's first stage date to its own as-of date. */
export function dataRange(network: Network): DateRange {
  const last = network.meta.asOf;
  const first = networkIndex(network).firstDate ?? last;
  return { from: first < last ? first : last, to: last };
}

const clamp = (date: string, range: DateRange) =>
  date < range.from ? range.from : date > range.to ? range.to : date;

/** A preset's range ending on `to`, held within the data's dates; null when it has none. */
export function presetWithin(network: Network, preset: ChangePreset, to: string): DateRange | null {
  const range = dataRange(network);
  const end = clamp(to, range);
  const picked = presetRange(network, preset, end);
  return picked ? { from: clamp(picked.from, range), to: end } : null;
}

/** What a comparison opens on: since the last milestone before `to`, else the last 30 days. */
export function defaultComparison(network: Network, to: string): DateRange {
  return (
    presetWithin(network, 'since-milestone', to) ??
    presetWithin(network, 'last-30-days', to) ?? { from: addDays(to, -29), to }
  );
}

export type RangeProblem = 'missing' | 'outside' | 'order';

/** Why two dates cannot be compared, or null when they can: both given, in the data's dates, in order. */
export function rangeProblem(network: Network, from: string, to: string): RangeProblem | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return 'missing';
  const range = dataRange(network);
  if (from < range.from || to > range.to || to < range.from || from > range.to) return 'outside';
  return from > to ? 'order' : null;
}
