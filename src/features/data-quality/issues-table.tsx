import type { DataIssue } from '../../data/domain/data-issue';
import { useAppStore } from '../../stores/app-store';
import { useT } from '../../stores/use-t';
import { translateReason, type PlaceNames } from './reason-translations';

export interface IssuesTableProps {
  issues: readonly DataIssue[];
  places?: PlaceNames;
  id?: string;
}

const SHOWN = 500;

/** Where and why, one row per problem, the reason in the UI's language where it is known. */
export function IssuesTable({ issues, places, id }: IssuesTableProps) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  const hasLines = issues.some((issue) => issue.line !== undefined);
  return (
    <table className="issues-banner__table" id={id}>
      <thead>
        <tr>
          {hasLines && <th scope="col">{t('issues.line')}</th>}
          <th scope="col">{t('issues.where')}</th>
          <th scope="col">{t('issues.why')}</th>
        </tr>
      </thead>
      <tbody>
        {issues.slice(0, SHOWN).map((issue, index) => {
          const reason = translateReason(issue.message, language, places);
          return (
            <tr key={index} data-severity={issue.severity}>
              {hasLines && <td>{issue.line ?? ''}</td>}
              <td>
                <code>{issue.path}</code>
              </td>
              <td lang={reason.language === language ? undefined : reason.language}>
                {reason.text}
              </td>
            </tr>
          );
        })}
      </tbody>
      {issues.length > SHOWN && (
        <tfoot>
          <tr>
            <td colSpan={hasLines ? 3 : 2}>{t('issues.more', { count: issues.length - SHOWN })}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
