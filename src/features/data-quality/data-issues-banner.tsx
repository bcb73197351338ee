import { useId, useState } from 'react';
import type { DataIssue } from '../../data/validate-network';
import { useT } from '../../stores/use-t';

export interface DataIssuesBannerProps {
  issues: DataIssue[];
  origin: string;
}

const SHOWN = 200;

/** Says how many records were skipped and lists where and why. */
export function DataIssuesBanner({ issues, origin }: DataIssuesBannerProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (issues.length === 0) return null;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return (
    <section className="issues-banner" role="status" aria-label={t('issues.title')}>
      <p className="issues-banner__summary">
        <strong>{origin}</strong>:{' '}
        {errors === 1 ? t('issues.summaryOne') : t('issues.summary', { count: errors })}
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? t('issues.hide') : t('issues.show')}
        </button>
      </p>
      {open && (
        <table id={listId} className="issues-banner__table">
          <caption className="visually-hidden">{t('issues.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('issues.where')}</th>
              <th scope="col">{t('issues.why')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.slice(0, SHOWN).map((issue, index) => (
              <tr key={index} data-severity={issue.severity}>
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
                <td colSpan={2}>{t('issues.more', { count: issues.length - SHOWN })}</td>
              </tr>
            </tfoot>
          )}
        </table>
      )}
    </section>
  );
}
