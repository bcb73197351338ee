import { planLine, type PlanLine, type PlanView } from './plan-status';
import { targetIndex } from './target-index';

/** A city at risk or behind, by its most pressing target. */
export interface AttentionRow {
  /** The city's position in `network.cities`. */
  city: number;
  /** The city's most pressing target: the most overdue, then the largest shortfall. */
  line: PlanLine;
  /** Its other targets at risk or behind. */
  others: number;
}

/**
 * The cities at risk or behind, one row each, sorted by how far behind: most overdue first
 * (behind before at risk, at risk soonest due first), then largest shortfall — the order of
 * `PlanView.attention`. Its length is the cities in view minus the cities on plan.
 */
export function attentionRows(plan: PlanView): AttentionRow[] {
  const cityOf = targetIndex(plan.network).city;
  const rows = new Map<number, AttentionRow>();
  for (const t of plan.attention) {
    const c = cityOf[t] ?? -1;
    const row = rows.get(c);
    if (row) {
      row.others += 1;
      continue;
    }
    const line = planLine(plan, t);
    if (line) rows.set(c, { city: c, line, others: 0 });
  }
  return [...rows.values()];
}

/** The lines of a city's targets in view, soonest due first (then dataset order). */
export function cityPlanLines(plan: PlanView, city: number): PlanLine[] {
  const cityOf = targetIndex(plan.network).city;
  const lines: PlanLine[] = [];
  for (const t of plan.targets) {
    if (cityOf[t] !== city) continue;
    const line = planLine(plan, t);
    if (line) lines.push(line);
  }
  return lines.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
