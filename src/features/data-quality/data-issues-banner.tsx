import { useId, useState } from 'react';
import type { DataIssue } from '../../data/domain/data-issue';
import { useT } from '../../stores/use-t';
import { downloadFile } from '../../lib/download';
import { buildIssuesCsv } from './build-issues-csv';
import { fileBaseOf, issueCounts } from './issue-counts';
import { IssuesTable } from './issues-table';
import { issueSummary } from './issue-summary';
import type { PlaceNames } from './reason-translations';

export interface DataIssuesBannerProps {
  issues: DataIssue[];
  origin: string;
  /** The dataset's city and province names, English → Chinese, for the reasons. */
  places?: PlaceNames;
}

/** Says what was skipped or read another way; the "Data quality" panel lists where and why. */
export function DataIssuesBanner({ issues, origin, places }: DataIssuesBannerProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (issues.length === 0) return null;
  const summary = issueSummary(issueCounts(issues), t);
  return (
    <section className="issues-banner" role="status" aria-label={t('issues.title')}>
      <p className="issues-banner__summary">
        <strong>{origin}</strong>: {summary}
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? t('issues.hide') : t('issues.show')}
        </button>
        <button
          type="button"
          className="link-button"
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
      </p>
      {open && (
        <div id={listId} className="issues-banner__panel">
          <h2 className="issues-banner__heading">{t('issues.title')}</h2>
          <IssuesTable issues={issues} places={places} />
        </div>
      )}
    </section>
  );
}
