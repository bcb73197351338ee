/**
 * How the live API has been answering, per endpoint: each attempt (a poll, a retry, "Retry
 * now") counts once. It turns to failing at the first failed attempt and back only after
 * `STEADY_ANSWERS` good answers in a row, so an API that flaps between good and bad answers
 * shows one steady warning rather than a banner that comes and goes with every poll.
 */

/** Good answers in a row that end a failing spell. */
export const STEADY_ANSWERS = 2;

export interface ApiHealth {
  /** Whether the API is in a failing spell (see above). */
  failing: boolean;
  /** Why the last failed attempt failed. */
  reason: string | null;
  /** When the failing spell began (ms since epoch), or null. */
  since: number | null;
  /** Good answers since the last failure, counted up to `STEADY_ANSWERS`. */
  goodInARow: number;
}

export const HEALTHY: ApiHealth = { failing: false, reason: null, since: null, goodInARow: 0 };

/** The health after one more attempt: pure, for the tracker below and for tests. */
export function nextHealth(
  health: ApiHealth,
  outcome: { ok: true } | { ok: false; reason: string },
  now: number,
): ApiHealth {
  if (!outcome.ok) {
    return { failing: true, reason: outcome.reason, since: health.since ?? now, goodInARow: 0 };
  }
  const goodInARow = Math.min(health.goodInARow + 1, STEADY_ANSWERS);
  if (!health.failing || goodInARow >= STEADY_ANSWERS) return { ...HEALTHY, goodInARow };
  return { ...health, goodInARow };
}

const healthByEndpoint = new Map<string, ApiHealth>();
const listeners = new Set<() => void>();

/** Records the outcome of one request to an endpoint. */
export function recordApiAttempt(
  endpoint: string,
  outcome: { ok: true } | { ok: false; reason: string },
): void {
  const before = apiHealth(endpoint);
  const after = nextHealth(before, outcome, Date.now());
  const same = (Object.keys(after) as (keyof ApiHealth)[]).every(
    (key) => after[key] === before[key],
  );
  if (same) return;
  healthByEndpoint.set(endpoint, after);
  for (const listener of listeners) listener();
}

/** The health of an endpoint; the same object until it changes. */
export function apiHealth(endpoint: string): ApiHealth {
  return healthByEndpoint.get(endpoint) ?? HEALTHY;
}

/** For `useSyncExternalStore`. */
export function subscribeApiHealth(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The user asked to try again now: the next good answer alone ends the failing spell, so the
 * banner goes as soon as the retry they asked for succeeds.
 */
export function expectRecovery(endpoint: string): void {
  const health = apiHealth(endpoint);
  if (health.failing) healthByEndpoint.set(endpoint, { ...health, goodInARow: STEADY_ANSWERS - 1 });
}
