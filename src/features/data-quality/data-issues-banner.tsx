import { useId, useState } from 'react';
import type { DataIssue } from '../../data/domain/data-issue';
import { useT } from '../../stores/use-t';
import { downloadFile } from '../../lib/download';
import { buildIssuesCsv } from './build-issues-csv';

export interface DataIssuesBannerProps {
  issues: DataIssue[];
  origin: string;
}

const SHOWN = 500;

/** Records dropped: one per record with errors, however many errors it has. */
export function countSkippedRecords(issues: readonly DataIssue[]): number {
  const records = new Set<string>();
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    const record = /^(?:cities|outlets|milestones)\[\d+\]/.exec(issue.path)?.[0];
    records.add(issue.line !== undefined ? `line ${issue.line}` : (record ?? issue.path));
  }
  return records.size;
}

/** Says how many records were skipped; the "Data quality" panel lists where and why. */
export function DataIssuesBanner({ issues, origin }: DataIssuesBannerProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (issues.length === 0) return null;
  const errors = countSkippedRecords(issues);
  const warnings = issues.filter((issue) => issue.severity === 'warning').length;
  const hasLines = issues.some((issue) => issue.line !== undefined);
  const fileBase =
    origin
      .split('/')
      .pop()
      ?.replace(/\.\w+$/, '') || 'data';
  return (
    <section className="issues-banner" role="status" aria-label={t('issues.title')}>
      <p className="issues-banner__summary">
        <strong>{origin}</strong>:{' '}
        {errors === 1 ? t('issues.summaryOne') : t('issues.summary', { count: errors })}
        {warnings > 0 && <> ({t('issues.warnings', { count: warnings })})</>}
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
              `${fileBase}-problems.csv`,
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
          <table className="issues-banner__table">
            <thead>
              <tr>
                {hasLines && <th scope="col">{t('issues.line')}</th>}
                <th scope="col">{t('issues.where')}</th>
                <th scope="col">{t('issues.why')}</th>
              </tr>
            </thead>
            <tbody>
              {issues.slice(0, SHOWN).map((issue, index) => (
                <tr key={index} data-severity={issue.severity}>
                  {hasLines && <td>{issue.line ?? ''}</td>}
                  <td>
                    <code>{issue.path}</code>
                  </td>
                  <td>{issue.message}</td>
                </tr>
              ))}
            </tbody>
            {issues.length > SHOWN && (
              <tfoot>
                <tr>
                  <td colSpan={hasLines ? 3 : 2}>
                    {t('issues.more', { count: issues.length - SHOWN })}
                  </td>
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
    </section>
  );
}
