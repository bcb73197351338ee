import {
  OUTLET_KINDS,
  TARGET_STAGES,
  type City,
  type Outlet,
  type OutletKind,
  type Target,
  type TargetStage,
} from '../../src/data/domain/schema';
import { ROLLOUT } from './outlets';
import { mulberry32, type Random } from './random';

/** Targets per city with outlets when no total is asked for. */
export const DEFAULT_TARGETS_PER_CITY = 4;

/** Due dates: the quarter ends from the rollout's first to half a year past its as-of date. */
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];
const DUES: readonly string[] = [2024, 2025, 2026].flatMap((year) =>
  QUARTER_ENDS.map((end) => `${year}-${end}`),
);
/** Kind slots: 0 every kind, then each kind. */
const SLOTS: readonly (OutletKind | undefined)[] = [undefined, ...OUTLET_KINDS];
const SLOT_NAMES = ['all', 'dc', 'ps', 'fs'];
const STAGE_ORDER = ['planned', ...TARGET_STAGES] as const;

/** The quarter whose end is the first on or after `date`; DUES.length when after the last. */
function quarterOf(date: string): number {
  let q = 0;
  while (q < DUES.length && (DUES[q] ?? '') < date) q += 1;
  return q;
}

/**
 * Plans synthetic targets from the outlets as they are made: per city, kind slot, stage and
 * quarter it counts the outlets that reach the stage (or a later one) and those that close;
 * each target then asks for the outlets there were at its due date, times 0.6 to 1.5, so
 * that as of the dataset's date some cities are ahead, some on plan, some at risk and some
 * behind. Uses a PRNG of its own: the outlets are the same bytes with or without targets.
 */
export class TargetPlanner {
  private readonly cityIndex: Map<string, number>;
  /** `[((city * SLOTS + slot) * STAGES + stage) * QUARTERS + quarter]`: reached − closed. */
  private readonly changes: Int32Array;
  private readonly hasOutlets: Uint8Array;

  constructor(
    private readonly cities: readonly City[],
    private readonly seed: number,
    /** Targets in all; default `DEFAULT_TARGETS_PER_CITY` per city with outlets. */
    private readonly total?: number,
  ) {
    this.cityIndex = new Map(cities.map((city, i) => [city.id, i]));
    this.changes = new Int32Array(
      cities.length * SLOTS.length * TARGET_STAGES.length * DUES.length,
    );
    this.hasOutlets = new Uint8Array(cities.length);
  }

  /** Counts one outlet in. */
  add(outlet: Outlet): void {
    const c = this.cityIndex.get(outlet.cityId);
    if (c === undefined) return;
    this.hasOutlets[c] = 1;
    const closed = outlet.stages.closed ? quarterOf(outlet.stages.closed) : DUES.length;
    TARGET_STAGES.forEach((stage, s) => {
      const dates = STAGE_ORDER.slice(STAGE_ORDER.indexOf(stage)).flatMap((later) =>
        later === 'planned' ? [] : (outlet.stages[later] ?? []),
      );
      const reached = dates.sort()[0];
      if (reached === undefined) return;
      for (const slot of [0, OUTLET_KINDS.indexOf(outlet.kind) + 1]) {
        this.bump(c, slot, s, quarterOf(reached), 1);
        this.bump(c, slot, s, closed, -1);
      }
    });
  }

  private bump(c: number, slot: number, s: number, quarter: number, by: number): void {
    if (quarter >= DUES.length) return;
    const at = ((c * SLOTS.length + slot) * TARGET_STAGES.length + s) * DUES.length + quarter;
    this.changes[at] = (this.changes[at] ?? 0) + by;
  }

  /** Outlets of a city, slot and stage at the end of each quarter. */
  private levels(c: number, slot: number, s: number): number[] {
    const at = ((c * SLOTS.length + slot) * TARGET_STAGES.length + s) * DUES.length;
    let level = 0;
    return DUES.map((_, q) => (level += this.changes[at + q] ?? 0));
  }

  /** The targets, city by city in the table's order. */
  targets(): Target[] {
    const random = mulberry32(this.seed ^ 0x7a39e7);
    const planned = this.cities.flatMap((_, c) => (this.hasOutlets[c] ? [c] : []));
    const total = this.total ?? planned.length * DEFAULT_TARGETS_PER_CITY;
    const targets: Target[] = [];
    planned.forEach((c, n) => {
      const share = Math.floor(total / planned.length) + (n < total % planned.length ? 1 : 0);
      targets.push(...this.cityTargets(c, share, random));
    });
    return targets;
  }

  private cityTargets(c: number, wanted: number, random: Random): Target[] {
    const city = this.cities[c] as City;
    const candidates: [number, number, number, number][] = [];
    for (let slot = 0; slot < SLOTS.length; slot += 1)
      for (let s = 0; s < TARGET_STAGES.length; s += 1) {
        const levels = this.levels(c, slot, s);
        levels.forEach((level, q) => candidates.push([slot, s, q, level]));
      }
    // Targets where there is something to count first, in a random order.
    const keyed = candidates.map((candidate) => ({ candidate, key: random() }));
    keyed.sort((a, b) => Number(b.candidate[3] > 0) - Number(a.candidate[3] > 0) || a.key - b.key);
    return keyed.slice(0, wanted).map(({ candidate: [slot, s, q, level] }) => {
      const stage: TargetStage = TARGET_STAGES[s] ?? 'open';
      const due = DUES[q] ?? ROLLOUT.end;
      const kind = SLOTS[slot];
      return {
        id: `${city.id}-${SLOT_NAMES[slot]}-${stage}-${due.slice(0, 4)}q${(q % 4) + 1}`,
        cityId: city.id,
        ...(kind ? { kind } : {}),
        stage,
        count: Math.max(1, Math.round(level * (0.6 + 0.9 * random()))),
        due,
      };
    });
  }
}
