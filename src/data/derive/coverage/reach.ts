import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';
import { OUTLET_KINDS } from '../../domain/schema';
import { SERVICE_BIT } from '../../domain/services';
import { STAGE_CODE } from '../network-index';

/** What reach is measured to: sales points or service (after-sales) points. */
export type ReachKind = 'sales' | 'service';

/**
 * Per district, in this order: the distance to the nearest open point of the kind, and the same
 * counting the outlets still to come (planned, signed, renovating) as if they were open.
 */
export const REACH_FIELDS = ['open', 'coming'] as const;
export type ReachField = (typeof REACH_FIELDS)[number];
export const REACH_WIDTH = REACH_FIELDS.length;
export const REACH_FIELD = { open: 0, coming: 1 } as const satisfies Record<ReachField, number>;

/** The dataset's outlets as the reach needs them: WGS-84 points, services and kinds by position. */
export interface ReachOutlets {
  lon: Float64Array;
  lat: Float64Array;
  /** Bits of `SERVICE_BIT`. */
  services: Uint8Array;
  /** Position in `OUTLET_KINDS`. */
  kind: Uint8Array;
}

/** The points distances are measured from (`DistrictTable`'s `lon`, `lat`). */
export interface ReachPlaces {
  size: number;
  lon: Float64Array;
  lat: Float64Array;
}

/** The outlets of a filter state: positions in view and their stage codes as of its date. */
export interface ReachView {
  visible: Uint32Array;
  stage: Uint8Array;
}

/** Per district and field, the straight-line distance and the outlet it is to. */
export interface Reach {
  kind: ReachKind;
  /** `km[d * REACH_WIDTH + field]`: kilometres; Infinity with no such outlet; NaN out of scope. */
  km: Float32Array;
  /** `nearest[d * REACH_WIDTH + field]`: the outlet's position in the dataset, or -1. */
  nearest: Int32Array;
  /** How many outlets in view each field counts: open points, and open and coming ones. */
  points: Record<ReachField, number>;
}

/** An outlet's state as the reach counts it. */
export const OUT_OF_VIEW = 0;
export const COMING = 1;
export const OPEN = 2;

const OPEN_CODE = STAGE_CODE.open;
const CLOSED_CODE = STAGE_CODE.closed;
const SALES = SERVICE_BIT.sales;
const SERVICE = SERVICE_BIT['after-sales'];

/** Each outlet's state (`OPEN`, `COMING` or `OUT_OF_VIEW`) by position, for a view. */
export function outletStates(size: number, view: ReachView): Uint8Array {
  const states = new Uint8Array(size);
  for (let j = 0; j < view.visible.length; j += 1) {
    const stage = view.stage[j] ?? CLOSED_CODE;
    const state = stage === OPEN_CODE ? OPEN : stage < OPEN_CODE ? COMING : OUT_OF_VIEW;
    states[view.visible[j] ?? 0] = state;
  }
  return states;
}

/** A k-d tree of some outlets and the positions its ids stand for. */
interface Subset {
  tree: KDBush | null;
  positions: Int32Array;
}

function subset(outlets: ReachOutlets, positions: readonly number[]): Subset {
  const ids = Int32Array.from(positions);
  if (ids.length === 0) return { tree: null, positions: ids };
  const tree = new KDBush(ids.length, 64, Float64Array);
  for (const p of ids) tree.add(outlets.lon[p] ?? 0, outlets.lat[p] ?? 0);
  tree.finish();
  return { tree, positions: ids };
}

/**
 * The straight-line (great-circle) distance from every district in scope to the nearest open
 * point of `kind` among the outlets in view, and to the nearest counting those to come. Each
 * field gets a k-d tree of its own outlets (kdbush), searched nearest first (geokdbush): one
 * tree per filter state costs less than one tree of every outlet whose search steps over those
 * the filter leaves out. `scope[d]` 0 leaves a district out (NaN); without `scope` every
 * district counts.
 */
export function computeReach(
  outlets: ReachOutlets,
  places: ReachPlaces,
  view: ReachView,
  scope: Uint8Array | null,
  kind: ReachKind,
): Reach {
  const bit = kind === 'sales' ? SALES : SERVICE;
  const open: number[] = [];
  const all: number[] = [];
  for (let j = 0; j < view.visible.length; j += 1) {
    const p = view.visible[j] ?? 0;
    const stage = view.stage[j] ?? CLOSED_CODE;
    if (stage === CLOSED_CODE || ((outlets.services[p] ?? 0) & bit) === 0) continue;
    if (stage === OPEN_CODE) open.push(p);
    all.push(p);
  }
  const openTree = subset(outlets, open);
  // Without outlets to come, counting them changes nothing: the open tree serves both.
  const subsets = [openTree, all.length === open.length ? openTree : subset(outlets, all)];

  const km = new Float32Array(places.size * REACH_WIDTH).fill(NaN);
  const nearest = new Int32Array(places.size * REACH_WIDTH).fill(-1);
  for (let d = 0; d < places.size; d += 1) {
    if (scope && !scope[d]) continue;
    const lon = places.lon[d] ?? 0;
    const lat = places.lat[d] ?? 0;
    subsets.forEach(({ tree, positions }, field) => {
      const slot = d * REACH_WIDTH + field;
      const [id] = tree ? around(tree, lon, lat, 1) : [];
      const p = id === undefined ? -1 : (positions[id] ?? -1);
      nearest[slot] = p;
      km[slot] = p < 0 ? Infinity : distance(lon, lat, outlets.lon[p] ?? 0, outlets.lat[p] ?? 0);
    });
  }
  return { kind, km, nearest, points: { open: open.length, coming: all.length } };
}

/** A k-d tree of every outlet of a dataset, built once per dataset for queries around a point. */
export function buildOutletTree(outlets: ReachOutlets): KDBush {
  const size = outlets.lon.length;
  const tree = new KDBush(Math.max(1, size), 64, Float64Array);
  for (let p = 0; p < size; p += 1) tree.add(outlets.lon[p] ?? 0, outlets.lat[p] ?? 0);
  // KDBush needs at least one point: an empty dataset gets one its queries never accept.
  if (size === 0) tree.add(0, 0);
  tree.finish();
  return tree;
}

/** An outlet near a point: its position in the dataset and how far it is. */
export interface NearbyOutlet {
  position: number;
  km: number;
}

/** Around a point: the nearest outlet of each kind, open and to come, and of each service. */
export interface AroundPoint {
  /** By kind (`OUTLET_KINDS` order): the nearest open one, or null. */
  open: (NearbyOutlet | null)[];
  /** By kind: the nearest one still to come (planned, signed, renovating), or null. */
  coming: (NearbyOutlet | null)[];
  /** The nearest open sales point and open service point, whatever their kind. */
  sales: NearbyOutlet | null;
  service: NearbyOutlet | null;
}

/**
 * The outlets in view nearest to a point (`states` from `outletStates`), searched in the
 * dataset's tree (`buildOutletTree`) with the state as a predicate.
 */
export function aroundPoint(
  tree: KDBush,
  outlets: ReachOutlets,
  states: Uint8Array,
  lon: number,
  lat: number,
): AroundPoint {
  const size = outlets.lon.length;
  const find = (accept: (p: number) => boolean): NearbyOutlet | null => {
    const [p] = around(tree, lon, lat, 1, Infinity, (id) => id < size && accept(id));
    if (p === undefined) return null;
    return { position: p, km: distance(lon, lat, outlets.lon[p] ?? 0, outlets.lat[p] ?? 0) };
  };
  const byKind = (state: number) =>
    OUTLET_KINDS.map((_, k) => find((p) => states[p] === state && outlets.kind[p] === k));
  return {
    open: byKind(OPEN),
    coming: byKind(COMING),
    sales: find((p) => states[p] === OPEN && ((outlets.services[p] ?? 0) & SALES) !== 0),
    service: find((p) => states[p] === OPEN && ((outlets.services[p] ?? 0) & SERVICE) !== 0),
  };
}
