import { STAGES, type City, type Outlet, type OutletKind, type Stage } from '../domain/schema';
import { dateOfDay } from './calendar-days';
import { CHANGE_TYPES, type ChangeType, type DateChanges } from './changes-between';
import { networkIndex } from './network-index';

/** One change as the list, its CSV and a slide show it. */
export interface ChangeRow {
  type: ChangeType;
  outlet: Outlet;
  city: City;
  kind: OutletKind;
  /** The stage before the change; null for a new outlet. */
  previous: Stage | null;
  /** The stage entered (`closed` for a closure). */
  stage: Stage;
  date: string;
}

const rows = new WeakMap<DateChanges, ChangeRow[]>();

/** The changes as objects, in their order (by day, then dataset order); built once per result. */
export function changeRows(changes: DateChanges): ChangeRow[] {
  let list = rows.get(changes);
  if (!list) {
    const { outlets, cities } = changes.network;
    const cityOf = networkIndex(changes.network).city;
    list = Array.from(changes.outlet, (i, e) => {
      const outlet = outlets[i] as Outlet;
      const previous = changes.previous[e] ?? -1;
      return {
        type: CHANGE_TYPES[changes.type[e] ?? 0] ?? 'new',
        outlet,
        city: cities[cityOf[i] ?? 0] as City,
        kind: outlet.kind,
        previous: previous < 0 ? null : (STAGES[previous] ?? null),
        stage: STAGES[changes.stage[e] ?? 0] ?? 'planned',
        date: dateOfDay(changes.day[e] ?? 0),
      };
    });
    rows.set(changes, list);
  }
  return list;
}
