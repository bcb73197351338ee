import type { DataIssue } from '../../data/domain/data-issue';

/** The record an issue is located at (`outlets[12]`, or a CSV line), or null for the file. */
function recordOf(issue: DataIssue): string | null {
  if (issue.line !== undefined) return `line ${issue.line}`;
  return /^(?:cities|outlets|milestones|targets)\[\d+\]/.exec(issue.path)?.[0] ?? null;
}

/** Records dropped: one per record with errors, however many errors it has. */
export function countSkippedRecords(issues: readonly DataIssue[]): number {
  const records = new Set<string>();
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    const record = recordOf(issue);
    if (record !== null) records.add(record);
  }
  return records.size;
}

/** What the panels count, each for what it is. */
export interface IssueCounts {
  /** Records skipped for their errors. */
  skipped: number;
  /** Errors of the file as a whole (a part that is not a list, no document), not of a record. */
  fileErrors: number;
  /** Warnings: something was read another way (a default, a date from the data), nothing dropped. */
  warnings: number;
}

export function issueCounts(issues: readonly DataIssue[]): IssueCounts {
  let fileErrors = 0;
  let warnings = 0;
  for (const issue of issues) {
    if (issue.severity === 'warning') warnings += 1;
    else if (recordOf(issue) === null) fileErrors += 1;
  }
  return { skipped: countSkippedRecords(issues), fileErrors, warnings };
}

/** A file name's stem for the problems' CSV: `data/network.json` → `network`. */
export function fileBaseOf(origin: string): string {
  return (
    origin
      .split('/')
      .pop()
      ?.replace(/\.\w+$/, '') || 'data'
  );
}

/**
 * Where a dataset came from, as a reader names it: a URL's or path's file name, without the
 * content hash a build adds (`/assets/sample-network-Bf0UdN5F.json` → `sample-network.json`).
 */
export function originName(origin: string): string {
  const path = origin.split(/[?#]/)[0] ?? origin;
  const name = path.split('/').pop() || origin;
  // Only the build's own files carry a hash; a file a user named keeps its name.
  return path.includes('/assets/') ? name.replace(/-[A-Za-z0-9_-]{8}(?=\.\w+$)/, '') : name;
}
