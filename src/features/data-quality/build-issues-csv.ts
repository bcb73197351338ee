import type { DataIssue } from '../../data/domain/data-issue';

const quote = (value: string | number | undefined) => {
  const text = value === undefined ? '' : String(value).replace(/^([=+\-@])/, "'$1");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The problems of a dataset as CSV (UTF-8 with BOM): severity, line, where, why. */
export function buildIssuesCsv(issues: readonly DataIssue[]): string {
  const rows = issues.map((issue) =>
    [issue.severity, issue.line, issue.path, issue.message].map(quote).join(','),
  );
  return `\uFEFF${['severity,line,where,why', ...rows].join('\r\n')}\r\n`;
}
