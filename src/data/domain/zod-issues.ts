import type { z } from 'zod';
import type { DataIssue } from './data-issue';

/** `outlets[12].point.lat` from a base and a zod path. */
export function formatPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    base,
  );
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined'))
    return 'missing';
  return issue.message.replace(/^Invalid (input|option): /, '').replace(/, received /, ', got ');
}

/** A zod error as data issues located under `base`, worded for people. */
export function zodIssues(base: string, error: z.ZodError): DataIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(base, issue.path),
    message: describe(issue),
    severity: 'error',
  }));
}
