import { monthEndDay } from '../../../data/derive/calendar-days';
import { dateOfDay } from '../../../data/derive/calendar-days';
import { monthNumber } from '../../../data/derive/network-index';
import type { PlanBurnUp } from '../../../data/derive/plan-burn-up';
import type { TargetStage } from '../../../data/domain/schema';

/** One month of the burn-up for one stage: what the targets require, what there was (null after the as-of month). */
export interface BurnUpPoint {
  month: string;
  required: number;
  actual: number | null;
}

/** The months of one target stage's burn-up, first to last. */
export function burnUpSeries(burnUp: PlanBurnUp, stage: TargetStage): BurnUpPoint[] {
  const s = burnUp.stages.indexOf(stage);
  const width = burnUp.stages.length;
  return burnUp.months.map((month, m) => {
    const actual = burnUp.actual[m * width + s] ?? -1;
    return {
      month,
      required: burnUp.required[m * width + s] ?? 0,
      actual: actual < 0 ? null : actual,
    };
  });
}

/**
 * The stage a burn-up opens on: the furthest one (open, then renovating, then signed) whose
 * targets already require something by the as-of month, else the first with any target.
 */
export function defaultBurnUpStage(burnUp: PlanBurnUp, asOf: string): TargetStage {
  const width = burnUp.stages.length;
  const at = Math.min(burnUp.months.length - 1, monthNumber(asOf) - burnUp.first);
  const stages = [...burnUp.stages].reverse();
  const due = stages.find(
    (stage) => (burnUp.required[at * width + burnUp.stages.indexOf(stage)] ?? 0) > 0,
  );
  if (due) return due;
  const last = burnUp.months.length - 1;
  return (
    stages.find(
      (stage) => (burnUp.required[last * width + burnUp.stages.indexOf(stage)] ?? 0) > 0,
    ) ?? 'open'
  );
}

/** The date a month stands for on the as-of slider: its last day, within the data's dates. */
export function monthAsOf(month: string, first: string, last: string): string {
  const end = dateOfDay(monthEndDay(monthNumber(`${month}-01`)));
  return end < first ? first : end > last ? last : end;
}
