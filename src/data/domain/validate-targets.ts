import type { DataIssue } from './data-issue';
import { targetSchema, type City, type Target } from './schema';
import { zodIssues } from './zod-issues';

/** What makes two targets the same one: city, kind (or all kinds), stage and due date. */
function targetKey(target: Target): string {
  return `${target.cityId}|${target.kind ?? '*'}|${target.stage}|${target.due}`;
}

function describeTarget(target: Target): string {
  const what = target.kind ? `${target.kind}s` : 'outlets';
  return `${target.count} ${what} ${target.stage} in "${target.cityId}" by ${target.due}`;
}

/**
 * Validates the `targets` list of a dataset document: each target on its own (its fields, a
 * known city), then against the ones before it (no id twice, no second target for the same
 * city, kind, stage and due date). Never throws: a bad target is reported with its path and
 * left out, the others are kept in document order.
 */
export function validateTargets(
  value: unknown,
  cities: readonly City[],
  issues: DataIssue[],
): Target[] {
  if (!Array.isArray(value)) {
    issues.push({ path: 'targets', message: 'expected a list', severity: 'error' });
    return [];
  }
  const cityIds = new Set(cities.map((city) => city.id));
  const ids = new Map<string, number>();
  const keys = new Map<string, { index: number; target: Target }>();
  const targets: Target[] = [];
  value.forEach((item, index) => {
    const path = `targets[${index}]`;
    const parsed = targetSchema.safeParse(item);
    if (!parsed.success) {
      issues.push(...zodIssues(path, parsed.error));
      return;
    }
    const target = parsed.data;
    const problem = (field: string, message: string) =>
      issues.push({ path: `${path}.${field}`, message, severity: 'error' });
    const sameId = ids.get(target.id);
    if (sameId !== undefined)
      return problem('id', `duplicate id "${target.id}" (first used by targets[${sameId}])`);
    if (!cityIds.has(target.cityId)) return problem('cityId', `unknown city id "${target.cityId}"`);
    const key = targetKey(target);
    const same = keys.get(key);
    if (same !== undefined)
      return problem(
        'due',
        `duplicate target: targets[${same.index}] already asks for ${describeTarget(same.target)}`,
      );
    ids.set(target.id, index);
    keys.set(key, { index, target });
    targets.push(target);
  });
  return targets;
}
