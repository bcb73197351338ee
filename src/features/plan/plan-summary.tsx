import { useId, useMemo, useState } from 'react';
import { PlanStatusBadge } from '../../components/ui/plan-status-badge';
import { describeDue, describeOnPlanRule, describeTarget } from '../../data/derive/describe-plan';
import { attentionRows } from '../../data/derive/plan-attention';
import type { Network } from '../../data/domain/schema';
import { formatDate, formatNumber } from '../../lib/format';
import { fill } from '../../lib/i18n/define-messages';
import { planMessages } from '../../lib/i18n/plan-messages';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { planViewFor } from '../../stores/use-network-view';
import { planUiMessages } from './messages';
import './plan.css';

export interface PlanSummaryProps {
  network: Network;
}

/**
 * The plan as of the date in view: "cities on plan: N of M" (with what that means) and the
 * cities at risk or behind, most overdue first, each opening its city. Nothing without targets.
 */
export function PlanSummary({ network }: PlanSummaryProps) {
  if (!network.targets?.length) return null;
  return <PlanSummaryOf network={network} />;
}

function PlanSummaryOf({ network }: PlanSummaryProps) {
  const t = useMessages(planUiMessages);
  const language = useAppStore((state) => state.language);
  const filters = useAppStore((state) => state.filters);
  const selectCity = useAppStore((state) => state.selectCity);
  const [explained, setExplained] = useState(false);
  const noteId = useId();
  const headingId = useId();
  const plan = planViewFor(network, filters);
  const rows = useMemo(() => attentionRows(plan), [plan]);
  const words = planMessages[language];
  const rule = describeOnPlanRule(plan, language);
  const n = (value: number) => formatNumber(value, language);

  return (
    <section className="plan-summary" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('title')}
      </h2>
      <div className="plan-summary__figure" title={rule}>
        <p className="plan-summary__main">
          <span className="plan-summary__value">
            {plan.cities > 0
              ? fill(words['onPlan.value'], {
                  count: n(plan.citiesOnPlan),
                  total: n(plan.cities),
                })
              : '—'}
          </span>{' '}
          <span className="plan-summary__label">{words['onPlan.label']}</span>
        </p>
        <button
          type="button"
          className="plan-summary__explain"
          aria-expanded={explained}
          aria-controls={noteId}
          onClick={() => setExplained((open) => !open)}
        >
          <span aria-hidden="true">?</span>
          <span className="visually-hidden">{t('explain')}</span>
        </button>
      </div>
      <p id={noteId} className="plan-summary__note" hidden={!explained}>
        {rule}
      </p>
      {plan.cities === 0 ? (
        <p className="plan-summary__empty">{t('noTargets')}</p>
      ) : (
        <>
          <h3 className="plan-summary__heading">{t('attention')}</h3>
          {rows.length === 0 ? (
            <p className="plan-summary__empty">
              {t('none', { date: formatDate(plan.asOf, language) })}
            </p>
          ) : (
            <ol className="plan-summary__list" aria-label={t('attention')}>
              {rows.map(({ city, line, others }) => (
                <li key={city}>
                  <button
                    type="button"
                    className="plan-row"
                    onClick={() => selectCity(line.city.id)}
                  >
                    <span className="plan-row__text">
                      <span className="plan-row__city">{line.city.name[language]}</span>
                      {' · '}
                      {describeTarget(line, language)}
                      <span className="plan-row__due">
                        {describeDue(line, language)}
                        {others > 0 && ` · ${t('more', { count: others })}`}
                      </span>
                    </span>
                    <PlanStatusBadge status={line.status} language={language} />
                  </button>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
