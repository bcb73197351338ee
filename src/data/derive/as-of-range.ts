import type { Network } from '../domain/schema';
import { networkIndex } from './network-index';

/** The dates a dataset covers: its first stage date to its own as-of date. */
export interface AsOfRange {
  start: string;
  end: string;
}

/** The range the as-of date of a dataset is held within. */
export function asOfRange(network: Network): AsOfRange {
  const end = network.meta.asOf;
  const first = networkIndex(network).firstDate;
  return { start: first !== null && first < end ? first : end, end };
}

/**
 * An as-of date held within the range: before the start it becomes the start; on or after the
 * end it becomes `null`, the dataset's own date. Without a range (no data yet) it is kept.
 */
export function clampAsOf(date: string | null, range: AsOfRange | null): string | null {
  if (date === null || range === null) return date;
  if (date >= range.end) return null;
  return date < range.start ? range.start : date;
}
