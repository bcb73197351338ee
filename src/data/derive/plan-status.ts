import { effectiveAsOf, type Filters } from '../domain/filters';
import type { City, Network, OutletKind, Target, TargetStage } from '../domain/schema';
import { dayNumber, networkIndex } from './network-index';
import { targetIndex, targetsInView } from './target-index';
import { targetActual } from './target-reach';

/** Target statuses from best to worst; a city takes the worst of its targets'. */
export const PLAN_STATUSES = ['ahead', 'on-plan', 'at-risk', 'behind'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_CODE = Object.fromEntries(PLAN_STATUSES.map((s, i) => [s, i])) as Record<
  PlanStatus,
  number
>;

/** A target not met is at risk from this many days before its due date, due day included. */
export const AT_RISK_DAYS = 30;

const AHEAD = PLAN_STATUS_CODE.ahead;
const ON_PLAN = PLAN_STATUS_CODE['on-plan'];
const AT_RISK = PLAN_STATUS_CODE['at-risk'];
const BEHIND = PLAN_STATUS_CODE.behind;

/**
 * The status of a target with `actual` of `count` outlets, `daysLeft` days before its due date
 * (0 on the due date, negative once overdue): `ahead` when met before the due date; `on-plan`
 * when met on or after it, or not met and due in more than `AT_RISK_DAYS` days; `at-risk` when
 * not met and due within `AT_RISK_DAYS` days (today included); `behind` when not met and overdue.
 */
export function targetStatus(actual: number, count: number, daysLeft: number): PlanStatus {
  if (actual >= count) return daysLeft > 0 ? 'ahead' : 'on-plan';
  if (daysLeft < 0) return 'behind';
  return daysLeft <= AT_RISK_DAYS ? 'at-risk' : 'on-plan';
}

/**
 * The plan against the network as of one date, for one filter state (which targets count:
 * `targetsInView`). Per-target arrays are indexed like `network.targets`, per-city arrays like
 * `network.cities`.
 */
export interface PlanView {
  network: Network;
  filters: Filters;
  asOf: string;
  /** Positions of the targets the filters keep, in dataset order. */
  targets: Uint32Array;
  /** Per target: outlets that had reached its stage or later by the as-of date and not closed. */
  actual: Uint32Array;
  /** Per target: its `PLAN_STATUSES` code, or -1 when the filters leave it out. */
  status: Int8Array;
  /** Per target: days from the as-of date to its due date (0 due that day, negative overdue). */
  daysLeft: Int32Array;
  /** Per city: the worst status code of its targets in view, or -1 when it has none. */
  cityStatus: Int8Array;
  /**
   * Per city: the target its one-line summary speaks of — the worst, then one not met, then
   * the soonest due, then the largest shortfall — or -1.
   */
  cityHeadline: Int32Array;
  /** Targets in view per status, in `PLAN_STATUSES` order. */
  statusCounts: Uint32Array;
  /** Cities with a target in view. */
  cities: number;
  /** Of those, the cities on plan: none of their targets at risk or behind. */
  citiesOnPlan: number;
  /**
   * The at-risk and behind targets, most overdue first (so behind before at risk, and at-risk
   * ones soonest due first), then largest shortfall, then dataset order.
   */
  attention: Uint32Array;
  /** The cities of `attention`, each once, in its order. */
  attentionCities: Uint32Array;
}

/** The plan as of `asOf` (default: the filters' date, else the dataset's). */
export function derivePlanView(
  network: Network,
  filters: Filters,
  asOf = effectiveAsOf(network, filters),
): PlanView {
  const targets = targetIndex(network);
  const keep = targetsInView(network, filters);
  const asDay = dayNumber(asOf);
  const size = targets.size;
  const cityCount = network.cities.length;
  const actual = new Uint32Array(size);
  const status = new Int8Array(size).fill(-1);
  const daysLeft = new Int32Array(size);
  const cityStatus = new Int8Array(cityCount).fill(-1);
  const cityHeadline = new Int32Array(cityCount).fill(-1);
  const statusCounts = new Uint32Array(PLAN_STATUSES.length);
  const inView: number[] = [];
  const shortfall = (t: number) => (targets.count[t] ?? 0) - (actual[t] ?? 0);
  const attention: number[] = [];

  // Whether target a makes a better headline for its city than target b.
  const before = (a: number, b: number) => {
    const sa = status[a] ?? 0;
    const sb = status[b] ?? 0;
    if (sa !== sb) return sa > sb;
    const ma = (actual[a] ?? 0) >= (targets.count[a] ?? 0);
    const mb = (actual[b] ?? 0) >= (targets.count[b] ?? 0);
    if (ma !== mb) return !ma;
    const da = targets.due[a] ?? 0;
    const db = targets.due[b] ?? 0;
    if (da !== db) return da < db;
    return shortfall(a) > shortfall(b);
  };

  for (let t = 0; t < size; t += 1) {
    if (!keep[t]) continue;
    inView.push(t);
    const got = targetActual(network, t, asDay);
    const left = (targets.due[t] ?? 0) - asDay;
    const code = PLAN_STATUS_CODE[targetStatus(got, targets.count[t] ?? 0, left)];
    actual[t] = got;
    daysLeft[t] = left;
    status[t] = code;
    statusCounts[code] = (statusCounts[code] ?? 0) + 1;
    if (code === AT_RISK || code === BEHIND) attention.push(t);
    const c = targets.city[t] ?? 0;
    if (code > (cityStatus[c] ?? -1)) cityStatus[c] = code;
    const headline = cityHeadline[c] ?? -1;
    if (headline < 0 || before(t, headline)) cityHeadline[c] = t;
  }

  let cities = 0;
  let citiesOnPlan = 0;
  for (let c = 0; c < cityCount; c += 1) {
    const code = cityStatus[c] ?? -1;
    if (code < 0) continue;
    cities += 1;
    if (code === AHEAD || code === ON_PLAN) citiesOnPlan += 1;
  }

  attention.sort(
    (a, b) => (daysLeft[a] ?? 0) - (daysLeft[b] ?? 0) || shortfall(b) - shortfall(a) || a - b,
  );
  const seen = new Set<number>();
  const attentionCities: number[] = [];
  for (const t of attention) {
    const c = targets.city[t] ?? 0;
    if (!seen.has(c)) attentionCities.push(c);
    seen.add(c);
  }

  return {
    network,
    filters,
    asOf,
    targets: Uint32Array.from(inView),
    actual,
    status,
    daysLeft,
    cityStatus,
    cityHeadline,
    statusCounts,
    cities,
    citiesOnPlan,
    attention: Uint32Array.from(attention),
    attentionCities: Uint32Array.from(attentionCities),
  };
}

/**
 * What a line about one target says, e.g. "Suzhou · partner stores open 1 of 3 due by
 * 31 Mar 2024": the words and the date format are the view's.
 */
export interface PlanLine {
  target: Target;
  city: City;
  /** The kind counted, or null for outlets of every kind. */
  kind: OutletKind | null;
  stage: TargetStage;
  actual: number;
  count: number;
  due: string;
  status: PlanStatus;
  daysLeft: number;
  /** Outlets still missing: `count − actual`, 0 once met. */
  shortfall: number;
}

/** The line about target `t` (a position in `network.targets`), or null when not in view. */
export function planLine(plan: PlanView, t: number): PlanLine | null {
  const code = plan.status[t] ?? -1;
  const target = plan.network.targets?.[t];
  const position = target && networkIndex(plan.network).cityPosition.get(target.cityId);
  const city = position === undefined ? undefined : plan.network.cities[position];
  if (code < 0 || !target || !city) return null;
  const actual = plan.actual[t] ?? 0;
  return {
    target,
    city,
    kind: target.kind ?? null,
    stage: target.stage,
    actual,
    count: target.count,
    due: target.due,
    status: PLAN_STATUSES[code] ?? 'on-plan',
    daysLeft: plan.daysLeft[t] ?? 0,
    shortfall: Math.max(0, target.count - actual),
  };
}
