// @vitest-environment node
import { distance } from 'geokdbush';
import { mulberry32 } from '../../../../../scripts/synth/random';
import {
  aroundPoint,
  buildOutletTree,
  COMING,
  computeReach,
  OPEN,
  outletStates,
  REACH_FIELD,
  REACH_WIDTH,
  type ReachOutlets,
} from '../../../../../src/data/derive/coverage/reach';
import { STAGE_CODE } from '../../../../../src/data/derive/network-index';
import { SERVICE_BIT } from '../../../../../src/data/domain/services';

const SALES = SERVICE_BIT.sales;
const SERVICE = SERVICE_BIT['after-sales'];

/** Reference points of `data/sources/cities-reference.csv` (GeoNames, WGS-84). */
const CITY = {
  beijing: [116.3972, 39.9075],
  shanghai: [121.4581, 31.2222],
  guangzhou: [113.25, 23.1167],
  suzhou: [120.5954, 31.3041],
  haikou: [110.3465, 20.0342],
  chongqing: [106.5577, 29.5603],
} as const;

/**
 * Geodesic distances on the WGS-84 ellipsoid between those points (Vincenty's inverse formula),
 * in km: what a surveyor would measure, against which the sphere may be off by up to 0.5 %.
 */
const KNOWN: [keyof typeof CITY, keyof typeof CITY, number][] = [
  ['beijing', 'shanghai', 1066.79],
  ['suzhou', 'shanghai', 82.66],
  ['guangzhou', 'haikou', 454.84],
  ['beijing', 'chongqing', 1457.26],
];

describe('straight-line distance', () => {
  it.each(KNOWN)('gives %s to %s within 0.5 %% of the geodesic', (a, b, km) => {
    const [lonA, latA] = CITY[a];
    const [lonB, latB] = CITY[b];
    expect(Math.abs(distance(lonA, latA, lonB, latB) - km) / km).toBeLessThan(0.005);
    expect(distance(lonB, latB, lonA, latA)).toBeCloseTo(distance(lonA, latA, lonB, latB), 9);
  });
});

/** A random network in and around China: points, services, kinds and stages. */
function randomCase(seed: number, size: number, places: number) {
  const random = mulberry32(seed);
  const outlets: ReachOutlets = {
    lon: new Float64Array(size),
    lat: new Float64Array(size),
    services: new Uint8Array(size),
    kind: new Uint8Array(size),
  };
  const visible: number[] = [];
  const stage: number[] = [];
  for (let p = 0; p < size; p += 1) {
    outlets.lon[p] = 100 + random() * 25;
    outlets.lat[p] = 20 + random() * 22;
    outlets.kind[p] = Math.floor(random() * 3);
    outlets.services[p] = [SALES, SALES | SERVICE, SALES | SERVICE | SERVICE_BIT.delivery, SERVICE][
      Math.floor(random() * 4)
    ]!;
    if (random() < 0.8) {
      visible.push(p);
      stage.push(Math.floor(random() * 5));
    }
  }
  const spots = {
    size: places,
    lon: Float64Array.from({ length: places }, () => 98 + random() * 30),
    lat: Float64Array.from({ length: places }, () => 18 + random() * 26),
  };
  return {
    outlets,
    places: spots,
    view: { visible: Uint32Array.from(visible), stage: Uint8Array.from(stage) },
    random,
  };
}

/** The nearest outlet by checking every one. */
function bruteForce(
  outlets: ReachOutlets,
  lon: number,
  lat: number,
  accept: (p: number) => boolean,
): number {
  let best = Infinity;
  for (let p = 0; p < outlets.lon.length; p += 1)
    if (accept(p)) best = Math.min(best, distance(lon, lat, outlets.lon[p]!, outlets.lat[p]!));
  return best;
}

describe('computeReach', () => {
  it('finds the same nearest distances as checking every outlet, on random networks', () => {
    for (const [seed, size] of [
      [1, 1],
      [2, 40],
      [3, 700],
      [4, 3000],
    ] as const) {
      const { outlets, places, view } = randomCase(seed, size, 120);
      const states = outletStates(size, view);
      const stageOf = new Map(Array.from(view.visible, (p, j) => [p, view.stage[j]!]));
      const notClosed = (p: number) => stageOf.has(p) && stageOf.get(p) !== STAGE_CODE.closed;
      for (const [kind, bit] of [
        ['sales', SALES],
        ['service', SERVICE],
      ] as const) {
        const reach = computeReach(outlets, places, view, null, kind);
        const offers = (p: number) => (outlets.services[p]! & bit) !== 0;
        const accept = {
          open: (p: number) => states[p] === OPEN && offers(p),
          coming: (p: number) => notClosed(p) && offers(p),
        };
        for (let d = 0; d < places.size; d += 1)
          for (const field of ['open', 'coming'] as const) {
            const slot = d * REACH_WIDTH + REACH_FIELD[field];
            const expected = bruteForce(outlets, places.lon[d]!, places.lat[d]!, accept[field]);
            if (expected === Infinity) expect(reach.km[slot]).toBe(Infinity);
            else expect(reach.km[slot]).toBeCloseTo(expected, 2);
            const nearest = reach.nearest[slot]!;
            expect(nearest < 0 || accept[field](nearest), `${seed} ${kind} ${field}`).toBe(true);
          }
      }
    }
  });

  it('counts only what is open as reach and the pipeline as coming', () => {
    const outlets: ReachOutlets = {
      lon: Float64Array.from([120.6, 120.7, 121.5]),
      lat: Float64Array.from([31.3, 31.3, 31.2]),
      services: Uint8Array.from([SALES | SERVICE, SALES | SERVICE, SALES]),
      kind: Uint8Array.from([1, 1, 2]),
    };
    const places = { size: 1, lon: Float64Array.from([120.6]), lat: Float64Array.from([31.3]) };
    const view = {
      visible: Uint32Array.from([0, 1, 2]),
      stage: Uint8Array.from([STAGE_CODE.renovating, STAGE_CODE.closed, STAGE_CODE.open]),
    };
    const service = computeReach(outlets, places, view, null, 'service');
    // The renovating store at the point itself is coming, not reach; the closed one neither.
    expect(service.km[REACH_FIELD.open]).toBe(Infinity);
    expect(service.nearest[REACH_FIELD.open]).toBe(-1);
    expect(service.km[REACH_FIELD.coming]).toBe(0);
    expect(service.points).toEqual({ open: 0, coming: 1 });
    const sales = computeReach(outlets, places, view, null, 'sales');
    expect(sales.km[REACH_FIELD.open]).toBeCloseTo(distance(120.6, 31.3, 121.5, 31.2), 3);
    expect(sales.points).toEqual({ open: 1, coming: 2 });
  });

  it('measures a district to an outlet that lies outside every district', () => {
    // An outlet at sea, off the coast: no district holds it, yet it is someone's nearest.
    const outlets: ReachOutlets = {
      lon: Float64Array.from([123.5]),
      lat: Float64Array.from([30.5]),
      services: Uint8Array.from([SALES | SERVICE]),
      kind: Uint8Array.from([0]),
    };
    const places = { size: 1, lon: Float64Array.from([122.2]), lat: Float64Array.from([30.0]) };
    const view = { visible: Uint32Array.from([0]), stage: Uint8Array.from([STAGE_CODE.open]) };
    const reach = computeReach(outlets, places, view, null, 'service');
    expect(reach.km[REACH_FIELD.open]).toBeCloseTo(distance(122.2, 30, 123.5, 30.5), 3);
  });

  it('leaves the districts out of scope unmeasured', () => {
    const { outlets, places, view } = randomCase(9, 50, 4);
    const reach = computeReach(outlets, places, view, Uint8Array.from([1, 0, 1, 0]), 'sales');
    const measured = (d: number) =>
      Array.from(reach.km.subarray(d * REACH_WIDTH, (d + 1) * REACH_WIDTH)).map(
        (km) => !Number.isNaN(km),
      );
    expect([0, 1, 2, 3].map(measured)).toEqual([
      [true, true],
      [false, false],
      [true, true],
      [false, false],
    ]);
    expect(Array.from(reach.nearest.subarray(3 * REACH_WIDTH))).toEqual([-1, -1]);
  });

  it('has no reach at all when nothing is in view', () => {
    const { outlets, places } = randomCase(5, 30, 3);
    const view = { visible: new Uint32Array(0), stage: new Uint8Array(0) };
    const reach = computeReach(outlets, places, view, null, 'service');
    expect(Array.from(reach.km)).toEqual(Array(6).fill(Infinity));
  });
});

describe('aroundPoint', () => {
  it('finds the nearest outlet of each kind and state as checking every outlet does', () => {
    const { outlets, view, random } = randomCase(11, 2000, 0);
    const tree = buildOutletTree(outlets);
    const states = outletStates(2000, view);
    for (let run = 0; run < 25; run += 1) {
      const lon = 100 + random() * 25;
      const lat = 20 + random() * 22;
      const around = aroundPoint(tree, outlets, states, lon, lat);
      for (let k = 0; k < 3; k += 1)
        for (const [state, found] of [
          [OPEN, around.open[k]],
          [COMING, around.coming[k]],
        ] as const) {
          const expected = bruteForce(
            outlets,
            lon,
            lat,
            (p) => states[p] === state && outlets.kind[p] === k,
          );
          expect(found?.km ?? Infinity).toBeCloseTo(expected, 3);
        }
      const service = bruteForce(
        outlets,
        lon,
        lat,
        (p) => states[p] === OPEN && (outlets.services[p]! & SERVICE) !== 0,
      );
      expect(around.service?.km ?? Infinity).toBeCloseTo(service, 3);
    }
  });

  it('answers an empty dataset with nothing found', () => {
    const empty: ReachOutlets = {
      lon: new Float64Array(0),
      lat: new Float64Array(0),
      services: new Uint8Array(0),
      kind: new Uint8Array(0),
    };
    const around = aroundPoint(buildOutletTree(empty), empty, new Uint8Array(0), 120, 30);
    expect(around).toEqual({
      open: [null, null, null],
      coming: [null, null, null],
      sales: null,
      service: null,
    });
  });
});
