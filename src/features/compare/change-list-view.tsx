import { useMemo, useState, type ReactNode } from 'react';
import { changeList, type ChangeListRow } from '../../data/derive/change-list';
import type { DateChanges } from '../../data/derive/changes-between';
import { describeTarget } from '../../data/derive/describe-plan';
import type { PlanLine } from '../../data/derive/plan-status';
import { formatDate, formatNumber } from '../../lib/format';
import { translate } from '../../lib/i18n/messages';
import { planMessages } from '../../lib/i18n/plan-messages';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { compareMessages } from './messages';

export interface ChangeListViewProps {
  changes: DateChanges;
}

const SHOWN = 200;

/** A target row as a plan line, to word it as the plan panel does. */
function targetLine(row: Extract<ChangeListRow, { target: unknown }>): PlanLine {
  const { target, city, actual } = row;
  const met = row.type === 'target-met';
  return {
    target,
    city,
    kind: target.kind ?? null,
    stage: target.stage,
    actual,
    count: target.count,
    due: target.due,
    status: met ? 'on-plan' : 'behind',
    daysLeft: 0,
    shortfall: Math.max(0, target.count - actual),
  };
}

function Section({
  title,
  rows,
  render,
}: {
  title: string;
  rows: ChangeListRow[];
  render: (row: ChangeListRow) => ReactNode;
}) {
  const t = useMessages(compareMessages);
  const language = useAppStore((state) => state.language);
  const [all, setAll] = useState(false);
  if (rows.length === 0) return null;
  const shown = all ? rows : rows.slice(0, SHOWN);
  return (
    <section className="change-list__section">
      <h3 className="compare__heading">
        {title} <span className="compare__count">{formatNumber(rows.length, language)}</span>
      </h3>
      <ul className="change-list__rows" aria-label={title}>
        {shown.map((row, i) => (
          <li key={i} className="change-list__item">
            {render(row)}
          </li>
        ))}
      </ul>
      {!all && rows.length > SHOWN && (
        <button type="button" className="button" onClick={() => setAll(true)}>
          {t('showAll', { count: formatNumber(rows.length, language) })}
        </button>
      )}
    </section>
  );
}

/**
 * The change list of a comparison: the outlets' changes (each opening its outlet on the map),
 * the cities that started recruiting and the targets due in the range, met or missed (each
 * opening its city). Exactly the rows its CSV holds.
 */
export function ChangeListView({ changes }: ChangeListViewProps) {
  const t = useMessages(compareMessages);
  const language = useAppStore((state) => state.language);
  const rows = useMemo(() => changeList(changes), [changes]);
  const words = planMessages[language];
  const { selectCity, selectOutlet, requestCamera } = useAppStore.getState();
  const outlets = rows.filter((row) => 'outlet' in row);
  const cities = rows.filter((row) => row.type === 'recruiting');
  const targets = rows.filter((row) => 'target' in row);
  if (rows.length === 0) return <p className="compare__empty">{t('none')}</p>;

  const badge = (row: ChangeListRow) => (
    <span className="change-badge" data-type={row.type}>
      {words[`type.${row.type}`]}
    </span>
  );
  const openCity = (row: ChangeListRow) => (
    <button type="button" className="change-row" onClick={() => selectCity(row.city.id)}>
      {badge(row)}
      <span className="change-row__main">
        {'target' in row ? (
          <>
            <strong>{row.city.name[language]}</strong> · {describeTarget(targetLine(row), language)}
          </>
        ) : (
          <>
            <strong>{row.city.name[language]}</strong> ·{' '}
            {t('recruitingSince', { date: formatDate(row.date, language) })}
          </>
        )}
      </span>
    </button>
  );
  const openOutlet = (row: ChangeListRow) => {
    if (!('outlet' in row)) return null;
    const { outlet } = row;
    const step =
      row.type === 'advance' && row.previous
        ? `${t(`stage.${row.previous}`)} → ${t(`stage.${row.stage}`)}`
        : row.type === 'new'
          ? t('newAt', { stage: t(`stage.${row.stage}`) })
          : t('stage.closed');
    return (
      <button
        type="button"
        className="change-row"
        onClick={() => {
          selectOutlet(outlet.id);
          requestCamera({ view: { ...outlet.point, zoom: 11 }, animate: true });
        }}
      >
        {badge(row)}
        <span className="change-row__main">
          <strong>{outlet.name[language]}</strong> · {row.city.name[language]}
          <span className="change-row__detail">
            {formatDate(row.date, language)} · {translate(language, `kind.${row.kind}`)} · {step}
          </span>
        </span>
      </button>
    );
  };

  return (
    <div className="change-list">
      <Section title={t('outlets')} rows={outlets} render={openOutlet} />
      <Section title={t('recruiting')} rows={cities} render={openCity} />
      <Section title={t('targets')} rows={targets} render={openCity} />
    </div>
  );
}
