import type { DataIssue } from '../../data/validate-network';

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

/** The records skipped and the warnings kept, as the panels count them. */
export function issueCounts(issues: readonly DataIssue[]): { skipped: number; warnings: number } {
  return {
    skipped: countSkippedRecords(issues),
    warnings: issues.filter((issue) => issue.severity === 'warning').length,
  };
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
