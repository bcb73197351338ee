import type { City, Outlet, OutletKind, Stage, Target } from '../domain/schema';
import { CHANGE_TYPE_CODE, type DateChanges } from './changes-between';
import { changeRows } from './change-rows';
import { dayNumber, STAGE_CODE, STAGE_COUNT } from './network-index';
import { targetActual } from './target-reach';

/** The kinds of rows a change list holds: outlets' changes, then cities, then targets. */
export const CHANGE_LIST_TYPES = [
  'new',
  'advance',
  'closure',
  'recruiting',
  'target-met',
  'target-missed',
] as const;
export type ChangeListType = (typeof CHANGE_LIST_TYPES)[number];

export type ChangeListRow =
  | {
      type: 'new' | 'advance' | 'closure';
      date: string;
      city: City;
      outlet: Outlet;
      kind: OutletKind;
      /** The stage before; null for a new outlet. */
      previous: Stage | null;
      stage: Stage;
    }
  | { type: 'recruiting'; date: string; city: City }
  | {
      type: 'target-met' | 'target-missed';
      date: string;
      city: City;
      target: Target;
      /** Outlets that had reached the target's stage by its due date. */
      actual: number;
    };

const lists = new WeakMap<DateChanges, ChangeListRow[]>();

/**
 * Every row of a comparison's change list, built once per result: the outlets' changes by day
 * (new, advanced with their stages, closed), then the cities that started recruiting, then the
 * targets due in the range, met and missed. The list on screen, its CSV and the slide are these.
 */
export function changeList(changes: DateChanges): ChangeListRow[] {
  let list = lists.get(changes);
  if (list) return list;
  const { cities, targets = [] } = changes.network;
  list = changeRows(changes).map((row): ChangeListRow => ({ ...row }));
  for (const c of changes.recruiting) {
    const city = cities[c] as City;
    list.push({ type: 'recruiting', date: city.recruitment.since ?? changes.from, city });
  }
  const cityOf = new Map(cities.map((city) => [city.id, city]));
  const pushTargets = (positions: Uint32Array, type: 'target-met' | 'target-missed') => {
    for (const t of positions) {
      const target = targets[t] as Target;
      const city = cityOf.get(target.cityId);
      if (!city) continue;
      const actual = targetActual(changes.network, t, dayNumber(target.due));
      list?.push({ type, date: target.due, city, target, actual });
    }
  };
  pushTargets(changes.targetsMet, 'target-met');
  pushTargets(changes.targetsMissed, 'target-missed');
  lists.set(changes, list);
  return list;
}

/** How many of each kind of row the list holds. */
export function changeListCounts(changes: DateChanges): Record<ChangeListType, number> {
  return {
    new: changes.byType[CHANGE_TYPE_CODE.new] ?? 0,
    advance: changes.byType[CHANGE_TYPE_CODE.advance] ?? 0,
    closure: changes.byType[CHANGE_TYPE_CODE.closure] ?? 0,
    recruiting: changes.recruiting.length,
    'target-met': changes.targetsMet.length,
    'target-missed': changes.targetsMissed.length,
  };
}

/** Outlets that advanced into each stage (planned → open), by `STAGE_CODE`. */
export function advancesInto(changes: DateChanges): Uint32Array {
  const into = new Uint32Array(STAGE_COUNT);
  for (let p = 0; p < STAGE_COUNT; p += 1)
    for (let s = 0; s < STAGE_COUNT; s += 1) {
      if (s === STAGE_CODE.closed) continue;
      into[s] = (into[s] ?? 0) + (changes.transitions[p * STAGE_COUNT + s] ?? 0);
    }
  return into;
}
