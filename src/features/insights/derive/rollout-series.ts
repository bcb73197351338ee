import { monthKey, monthNumber } from '../../../data/derive/network-index';
import { ROLLOUT_FIELDS, type NetworkView } from '../../../data/derive/network-view';
import type { LocalizedText } from '../../../data/domain/schema';

type Field = (typeof ROLLOUT_FIELDS)[number];
const WIDTH = ROLLOUT_FIELDS.length;

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

/** Cumulative outlets by month, by stage reached and by kind, with the milestones by month. */
export function buildRolloutSeries(view: NetworkView): RolloutSeries {
  const { base, last, deltas } = view.rollout;
  let { first } = view.rollout;
  const milestones: RolloutMilestone[] = [];
  for (const milestone of view.network.milestones) {
    if (milestone.date > view.asOf) continue;
    const month = monthNumber(milestone.date);
    if (month < first) first = month;
    milestones.push({ month: monthKey(month), date: milestone.date, title: milestone.title });
  }
  milestones.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const points: RolloutPoint[] = [];
  if (first === Number.POSITIVE_INFINITY) return { points, milestones };
  const running = new Array<number>(WIDTH).fill(0);
  for (let month = first; month <= last; month += 1) {
    const point = { month: monthKey(month) } as RolloutPoint;
    ROLLOUT_FIELDS.forEach((field, f) => {
      const total =
        (running[f] ?? 0) + (month >= base ? (deltas[(month - base) * WIDTH + f] ?? 0) : 0);
      running[f] = total;
      point[field] = total;
    });
    points.push(point);
  }
  return { points, milestones };
}
