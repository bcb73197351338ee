import type { PlanStatus } from '../../data/derive/plan-status';
import { planStatusLabel } from '../../data/derive/describe-plan';
import type { Language } from '../../lib/i18n/messages';
import { PLAN_COLORS } from './plan-colors';
import './plan-status-badge.css';

export interface PlanStatusBadgeProps {
  status: PlanStatus;
  language: Language;
}

/** The mark beside a status word: the map's rings for behind and at risk, a tick, an arrow. */
function StatusMark({ status }: { status: PlanStatus }) {
  if (status === 'behind' || status === 'at-risk')
    return (
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
        <circle
          cx="6"
          cy="6"
          r={status === 'behind' ? 4 : 4.5}
          fill="none"
          stroke={PLAN_COLORS[status]}
          strokeWidth={status === 'behind' ? 3 : 1.8}
        />
      </svg>
    );
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <path
        d={status === 'ahead' ? 'M6 10V2.5M2.5 6 6 2.5 9.5 6' : 'M2 6.5 5 9.2 10 3'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * A target's or a city's status as a word with a mark and a tint: never the colour alone (the
 * word says it, the mark repeats the map's ring).
 */
export function PlanStatusBadge({ status, language }: PlanStatusBadgeProps) {
  return (
    <span className="plan-badge" data-status={status}>
      <StatusMark status={status} />
      {planStatusLabel(status, language)}
    </span>
  );
}
