import { formatDate, formatNumber } from '../../lib/format';
import { fill } from '../../lib/i18n/define-messages';
import type { Language } from '../../lib/i18n/messages';
import { planMessages } from '../../lib/i18n/plan-messages';
import { AT_RISK_DAYS, type PlanLine, type PlanStatus, type PlanView } from './plan-status';

/** A status in words: "Ahead", "On plan", "At risk", "Behind". */
export function planStatusLabel(status: PlanStatus, language: Language): string {
  return planMessages[language][`status.${status}`];
}

/**
 * What a target asks and where it stands, without its city: "partner stores open 1 of 3 due by
 * 31 Mar 2024" / "合作伙伴门店开业 1/3 家，2024年3月31日前到期".
 */
export function describeTarget(line: PlanLine, language: Language): string {
  const t = planMessages[language];
  return fill(
    t.target,
    {
      what: t[`what.${line.kind ?? 'any'}`],
      stage: t[`stage.${line.stage}`],
      actual: formatNumber(line.actual, language),
      count: formatNumber(line.count, language),
      due: formatDate(line.due, language),
    },
    language,
  );
}

/** A target's line with its city: "Tianjin · partner stores open 1 of 3 due by 31 Mar 2024". */
export function describePlanLine(line: PlanLine, language: Language): string {
  return fill(planMessages[language].line, {
    city: line.city.name[language],
    target: describeTarget(line, language),
  });
}

/** How a target stands against its due date: "5 days overdue", "due in 16 days", "met". */
export function describeDue(line: PlanLine, language: Language): string {
  const t = planMessages[language];
  if (line.shortfall === 0) return t.met;
  if (line.daysLeft < 0) return fill(t.overdue, { days: -line.daysLeft }, language);
  if (line.daysLeft === 0) return t.dueToday;
  return fill(t.dueIn, { days: line.daysLeft }, language);
}

/** "12 of 17 cities on plan" / "17 个城市中 12 个按计划推进". */
export function describeCitiesOnPlan(plan: PlanView, language: Language): string {
  return fill(
    planMessages[language]['onPlan.sentence'],
    { count: formatNumber(plan.citiesOnPlan, language), total: plan.cities },
    language,
  );
}

/** What "on plan" means, as of the plan's date. */
export function describeOnPlanRule(plan: PlanView, language: Language): string {
  return fill(planMessages[language]['onPlan.definition'], {
    date: formatDate(plan.asOf, language),
    days: AT_RISK_DAYS,
  });
}
