import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { DataIssue } from '../../data/domain/data-issue';
import { downloadFile } from '../../lib/download';
import { useT } from '../../stores/use-t';
import { buildIssuesCsv } from './build-issues-csv';
import { fileBaseOf, issueCounts, originName } from './issue-counts';
import { IssuesTable } from './issues-table';
import { issueSummary } from './issue-summary';
import type { PlaceNames } from './reason-translations';
import './data-quality.css';

export interface DataQualityButtonProps {
  /** The loaded dataset's problems; `null` while there is no dataset. */
  issues: readonly DataIssue[] | null;
  origin: string;
  places?: PlaceNames;
}

/**
 * The header's "Data quality" entry, there whatever the data: its badge counts the problems
 * and it opens a panel that says "no problems found" or lists where and why.
 */
export function DataQualityButton({ issues, origin, places }: DataQualityButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const isShown = open && issues !== null;

  useEffect(() => {
    if (!isShown) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [isShown]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!isShown || event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    close();
  };

  const counts = issueCounts(issues ?? []);
  const { skipped, fileErrors, warnings } = counts;
  const clean = issues !== null && issues.length === 0;
  const summary = issues === null ? '' : clean ? t('issues.none') : issueSummary(counts, t);
  const badge = skipped + fileErrors + warnings;
  return (
    <div className="data-quality" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="button data-quality__button"
        aria-expanded={isShown}
        aria-controls={isShown ? panelId : undefined}
        aria-describedby={issues === null ? undefined : `${panelId}-status`}
        disabled={issues === null}
        onClick={() => setOpen((value) => !value)}
      >
        {t('issues.title')}
        {issues !== null && (
          <span
            className="data-quality__badge"
            data-tone={skipped + fileErrors > 0 ? 'error' : warnings > 0 ? 'warning' : 'clean'}
            aria-hidden="true"
          >
            {clean ? '✓' : badge.toLocaleString()}
          </span>
        )}
      </button>
      <span id={`${panelId}-status`} className="visually-hidden">
        {summary}
      </span>
      {isShown && (
        <section
          id={panelId}
          className="data-quality__panel"
          role="dialog"
          aria-labelledby={headingId}
        >
          <div className="data-quality__head">
            <h2 id={headingId} className="data-quality__title">
              {t('issues.title')}
            </h2>
            <button
              type="button"
              className="icon-button"
              aria-label={t('card.close')}
              onClick={close}
            >
              ×
            </button>
          </div>
          <p className="data-quality__summary">
            <strong title={origin}>{originName(origin)}</strong>: {summary}
          </p>
          {!clean && (
            <>
              <button
                type="button"
                className="button"
                onClick={() =>
                  downloadFile(
                    buildIssuesCsv(issues),
                    `${fileBaseOf(origin)}-problems.csv`,
                    'text/csv;charset=utf-8',
                  )
                }
              >
                {t('issues.download')}
              </button>
              <IssuesTable issues={issues} places={places} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
