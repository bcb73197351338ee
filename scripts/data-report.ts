import type { DataIssue } from '../src/data/domain/data-issue';
import type { Network } from '../src/data/domain/schema';

/** Problems of one kind printed before the rest of that kind is only counted. */
export const SHOWN_PER_KIND = 50;

/**
 * The kind of a problem: its severity, where it is without the record's position or line, and
 * why without the values: `error outlets[].cityId: unknown city id "…"`.
 */
export function problemKind(issue: DataIssue): string {
  const where = issue.path
    .replace(/\[\d+\]/g, '[]')
    .replace(/^line \d+(, )?/, '')
    .trim();
  const why = issue.message.replace(/"[^"]*"/g, '"…"').replace(/\d+(\.\d+)?/g, '#');
  return `${issue.severity} ${where || '(row)'}: ${why}`;
}

/** One line per problem: `severity  where: why`. */
export function formatIssue(issue: DataIssue): string {
  return `${issue.severity.padEnd(7)} ${issue.path}: ${issue.message}`;
}

export interface KindCount {
  kind: string;
  count: number;
}

/** The kinds of problem in order of first appearance, with how many of each. */
export function countKinds(issues: readonly DataIssue[]): KindCount[] {
  const counts = new Map<string, number>();
  for (const issue of issues) {
    const kind = problemKind(issue);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, count]) => ({ kind, count }));
}

/**
 * The report's lines: every problem with `all`, else the first `SHOWN_PER_KIND` of each kind
 * and then, for each kind cut short, how many more there are.
 */
export function reportLines(issues: readonly DataIssue[], all = false): string[] {
  if (all) return issues.map(formatIssue);
  const seen = new Map<string, number>();
  const lines: string[] = [];
  for (const issue of issues) {
    const kind = problemKind(issue);
    const count = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, count);
    if (count <= SHOWN_PER_KIND) lines.push(formatIssue(issue));
  }
  const cut = [...seen].filter(([, count]) => count > SHOWN_PER_KIND);
  if (cut.length === 0) return lines;
  lines.push(`… the first ${SHOWN_PER_KIND} of each kind are listed (--all lists every one):`);
  for (const [kind, count] of cut)
    lines.push(`  ${(count - SHOWN_PER_KIND).toLocaleString('en')} more of ${kind}`);
  return lines;
}

/** What `--json` prints for a file the data commands read: for machines, every problem included. */
export function jsonReport(
  file: string,
  kind: string,
  network: Network,
  issues: readonly DataIssue[],
): object {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return {
    file,
    kind,
    valid: {
      cities: network.cities.length,
      outlets: network.outlets.length,
      milestones: network.milestones.length,
      ...(network.targets && { targets: network.targets.length }),
    },
    errors,
    warnings: issues.length - errors,
    kinds: countKinds(issues),
    problems: issues,
  };
}

/** With `--json` among the arguments, says why a file was refused as JSON on `stream`. */
export function jsonRefusal(stream: NodeJS.WriteStream): (message: string) => void {
  const json = process.argv.slice(2).includes('--json');
  return (message) => {
    if (json) stream.write(`${JSON.stringify({ refused: message }, null, 2)}\n`);
  };
}
