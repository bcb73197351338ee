import type { OutletView } from '../../../data/filters';
import type { LocalizedText, Network, OutletKind } from '../../../data/schema';

const FIELDS = [
  'total',
  'signed',
  'renovating',
  'open',
  'delivery-center',
  'partner-store',
  'fusion-store',
] as const;
type Field = (typeof FIELDS)[number];
const WIDTH = FIELDS.length;
const KIND_FIELD: Record<OutletKind, number> = {
  'delivery-center': 4,
  'partner-store': 5,
  'fusion-store': 6,
};

/**
 * Outlets in the network at the end of a month (YYYY-MM), counting only what was reached by the
 * as-of date. A closed outlet leaves every count in the month it closed.
 */
export type RolloutPoint = { month: string } & Record<Field, number>;

export interface RolloutMilestone {
  month: string;
  date: string;
  title: LocalizedText;
}

export interface RolloutSeries {
  /** One point per month, from the earliest stage date (or milestone) to the as-of month. */
  points: RolloutPoint[];
  /** The milestones up to the as-of date, by date. */
  milestones: RolloutMilestone[];
}

const NONE = Number.POSITIVE_INFINITY;

/** Months since year 0 of an ISO date, read digit by digit to avoid allocating. */
function monthIndex(date: string): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  return year * 12 + (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48) - 1;
}

function monthKey(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Month changes, flat: slot `(last - month) * WIDTH + field`, counted back from the as-of month. */
class Deltas {
  readonly values: number[] = [];
  constructor(private readonly last: number) {}
  add(month: number, field: number, step: number) {
    const slot = (this.last - month) * WIDTH + field;
    this.values[slot] = (this.values[slot] ?? 0) + step;
  }
  /** Adds one outlet's count from `from` until `closed`; skips stages dated after the closing. */
  span(field: number, from: number, closed: number) {
    if (from === NONE || closed < from) return;
    this.add(from, field, 1);
    if (closed !== NONE) this.add(closed, field, -1);
  }
  get(month: number, field: number): number {
    return this.values[(this.last - month) * WIDTH + field] ?? 0;
  }
}

/** Cumulative outlets by month, by stage reached and by kind, with the milestones by month. */
export function buildRolloutSeries(
  network: Network,
  outlets: readonly OutletView[],
  asOf: string,
): RolloutSeries {
  const last = monthIndex(asOf);
  const deltas = new Deltas(last);
  const monthOf = (date: string | undefined) =>
    date !== undefined && date <= asOf ? monthIndex(date) : NONE;

  let first = NONE;
  for (const { outlet } of outlets) {
    const { stages } = outlet;
    const open = monthOf(stages.open);
    const renovating = Math.min(monthOf(stages.renovating), open);
    const signed = Math.min(monthOf(stages.signed), renovating);
    const start = Math.min(monthOf(stages.planned), signed);
    if (start === NONE) continue;
    const closed = monthOf(stages.closed);
    if (start < first) first = start;
    deltas.span(0, start, closed);
    deltas.span(KIND_FIELD[outlet.kind], start, closed);
    deltas.span(1, signed, closed);
    deltas.span(2, renovating, closed);
    deltas.span(3, open, closed);
  }

  const milestones: RolloutMilestone[] = [];
  for (const milestone of network.milestones) {
    if (milestone.date > asOf) continue;
    const month = monthIndex(milestone.date);
    if (month < first) first = month;
    milestones.push({ month: monthKey(month), date: milestone.date, title: milestone.title });
  }
  milestones.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const points: RolloutPoint[] = [];
  if (first === NONE) return { points, milestones };
  const running = [0, 0, 0, 0, 0, 0, 0];
  for (let month = first; month <= last; month += 1) {
    const point = { month: monthKey(month) } as RolloutPoint;
    FIELDS.forEach((field, index) => {
      running[index] = (running[index] ?? 0) + deltas.get(month, index);
      point[field] = running[index] ?? 0;
    });
    points.push(point);
  }
  return { points, milestones };
}
