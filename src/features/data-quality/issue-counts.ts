import type { DataIssue } from '../../data/domain/data-issue';

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
