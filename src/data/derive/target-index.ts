import { effectiveAsOf, type Filters } from '../domain/filters';
import { OUTLET_KINDS, type Network } from '../domain/schema';
import {
  dayNumber,
  KIND_CODE,
  monthNumber,
  networkIndex,
  STAGE_CODE,
  type NetworkIndex,
} from './network-index';
import { citiesRecruitingOn } from './dated-facts';
import { cityFailures } from './option-counts';

/** `TargetIndex.kind` of a target that counts outlets of every kind. */
export const ANY_KIND = -1;

/**
 * A dataset's targets in columns, indexed like `network.targets` (empty when it has none),
 * built once per dataset beside its `NetworkIndex`.
 */
export interface TargetIndex {
  size: number;
  /** Position of each target's city in `network.cities`; -1 when the city is unknown. */
  city: Int32Array;
  /** Position of each target's kind in `OUTLET_KINDS`, or `ANY_KIND`. */
  kind: Int8Array;
  /** `STAGE_CODE` of each target's stage. */
  stage: Uint8Array;
  /** Each target's due date as a day number (`dayNumber`), and as a month number (`monthNumber`). */
  due: Int32Array;
  dueMonth: Int32Array;
  count: Uint32Array;
}

const indexes = new WeakMap<Network, TargetIndex>();

/** The target index of a dataset, built on first use and kept as long as the dataset. */
export function targetIndex(network: Network): TargetIndex {
  let index = indexes.get(network);
  if (!index) {
    index = buildTargetIndex(network, networkIndex(network));
    indexes.set(network, index);
  }
  return index;
}

function buildTargetIndex(network: Network, outlets: NetworkIndex): TargetIndex {
  const targets = network.targets ?? [];
  const size = targets.length;
  const index: TargetIndex = {
    size,
    city: new Int32Array(size),
    kind: new Int8Array(size),
    stage: new Uint8Array(size),
    due: new Int32Array(size),
    dueMonth: new Int32Array(size),
    count: new Uint32Array(size),
  };
  targets.forEach((target, t) => {
    index.city[t] = outlets.cityPosition.get(target.cityId) ?? -1;
    index.kind[t] = target.kind ? KIND_CODE[target.kind] : ANY_KIND;
    index.stage[t] = STAGE_CODE[target.stage];
    index.due[t] = dayNumber(target.due);
    index.dueMonth[t] = monthNumber(target.due);
    index.count[t] = target.count;
  });
  return index;
}

/**
 * Which targets the filters keep (1) or leave out (0), indexed like `network.targets`.
 *
 * - A target of a city the city-level filters (tier, region, province, recruitment) leave out
 *   is left out; the recruitment filter keeps the cities recruiting on `day` (by default the
 *   filters' as-of date).
 * - With a kind filter on, a target of one kind stays when its kind is chosen; a target of
 *   every kind stays only when every kind is chosen. Its count was set for all kinds, and
 *   held against only some of them it would call a city behind that is not.
 * - The stage filter does not apply: a target names its own stage, and its actual counts the
 *   outlets at that stage or later whatever stage the view shows.
 */
export function targetsInView(
  network: Network,
  filters: Filters,
  day = dayNumber(effectiveAsOf(network, filters)),
): Uint8Array {
  const targets = targetIndex(network);
  const index = networkIndex(network);
  const cityFails = cityFailures(index, filters, citiesRecruitingOn(index, day));
  const chosen = new Set(filters.kinds.map((kind) => KIND_CODE[kind]));
  const everyKind = chosen.size === 0 || chosen.size === OUTLET_KINDS.length;
  const keep = new Uint8Array(targets.size);
  for (let t = 0; t < targets.size; t += 1) {
    const c = targets.city[t] ?? -1;
    if (c < 0 || cityFails[c] !== 0) continue;
    const kind = targets.kind[t] ?? ANY_KIND;
    keep[t] = (kind === ANY_KIND ? everyKind : everyKind || chosen.has(kind)) ? 1 : 0;
  }
  return keep;
}
