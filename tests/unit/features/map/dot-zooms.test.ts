import {
  DOT_ZOOMS_BELOW,
  dotZooms,
  type DotInput,
} from '../../../../src/features/map/outlet-source/dot-zooms';
import { STAGES } from '../../../../src/data/domain/vocabulary';

const OPEN = STAGES.indexOf('open');
const SIGNED = STAGES.indexOf('signed');
const CLOSED = STAGES.indexOf('closed');

function zoomsOf(dots: DotInput[]): number[] {
  return [...dotZooms(dots.length, (i) => dots[i] as DotInput)];
}

/** Position in pixels of the tile zoom `z` (512-px tiles), as MapLibre lays out a tile. */
function pixels({ lon, lat }: DotInput, z: number): [number, number] {
  const size = 512 * 2 ** z;
  const phi = (lat * Math.PI) / 180;
  return [
    ((lon + 180) / 360) * size,
    ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * size,
  ];
}

/** A seeded spread of dots around a few centres, some of them on top of one another. */
function crowd(count: number, seed: number): DotInput[] {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return Array.from({ length: count }, () => {
    const centre = Math.floor(random() * 3);
    const spread = random() < 0.5 ? 0.0005 : 0.5;
    return {
      lon: 116 + centre * 2 + (random() - 0.5) * spread,
      lat: 30 + centre + (random() - 0.5) * spread,
      city: centre,
      stage: [OPEN, SIGNED, CLOSED, -1][Math.floor(random() * 4)] ?? OPEN,
    };
  });
}

describe('dotZooms', () => {
  const at = { lon: 120.62, lat: 31.31, city: 0, stage: OPEN };

  it('draws every dot from zoom 0 when none lie on another', () => {
    const apart = [at, { ...at, lon: 121.62 }, { ...at, lat: 32.31 }];
    expect(zoomsOf(apart)).toEqual([0, 0, 0]);
  });

  it('leaves a dot under a later one of its look to the shapes, keeping the top one', () => {
    expect(zoomsOf([at, at, at])).toEqual([DOT_ZOOMS_BELOW, DOT_ZOOMS_BELOW, 0]);
  });

  it('draws dots of another stage, another city or no stage yet, and faded closed ones', () => {
    expect(zoomsOf([at, { ...at, stage: SIGNED }])).toEqual([0, 0]);
    expect(zoomsOf([at, { ...at, city: 1 }])).toEqual([0, 0]);
    expect(zoomsOf([at, { ...at, stage: -1 }])).toEqual([0, 0]);
    expect(
      zoomsOf([
        { ...at, stage: CLOSED },
        { ...at, stage: CLOSED },
      ]),
    ).toEqual([0, 0]);
  });

  it('draws dots apart from the zoom where they stand apart', () => {
    // 0.02° is 0.9 px at zoom 5 (two cells) and 0.03 px at zoom 0 (one cell).
    const zooms = zoomsOf([at, { ...at, lon: at.lon + 0.02 }]);
    expect(zooms[1]).toBe(0);
    expect(zooms[0]).toBeGreaterThanOrEqual(1);
    expect(zooms[0]).toBeLessThanOrEqual(5);
    // 1.5° is over 2 px at zoom 0: never one cell.
    expect(zoomsOf([at, { ...at, lon: at.lon + 1.5 }])).toEqual([0, 0]);
  });

  it('hides a dot at a zoom only under a later drawn dot of its look within half a pixel', () => {
    const dots = crowd(3000, 7);
    const zooms = zoomsOf(dots);
    for (let z = 0; z < DOT_ZOOMS_BELOW; z += 1) {
      dots.forEach((dot, i) => {
        if ((zooms[i] ?? 0) <= z) return;
        const [x, y] = pixels(dot, z);
        const cover = dots.findIndex((other, j) => {
          if (j <= i || (zooms[j] ?? 0) > z) return false;
          if (other.city !== dot.city || other.stage !== dot.stage) return false;
          const [ox, oy] = pixels(other, z);
          return Math.hypot(ox - x, oy - y) <= 0.35 * Math.SQRT2;
        });
        expect(cover, `dot ${i} at zoom ${z}`).toBeGreaterThan(i);
      });
    }
    // The crowd's tight half lies within a pixel at zoom 3: most of it is drawn once.
    const drawnAt3 = zooms.filter((zoom) => zoom <= 3).length;
    expect(drawnAt3).toBeLessThan(dots.length * 0.6);
    expect(zooms.every((zoom, i) => zoom === 0 || dots[i]?.stage !== CLOSED)).toBe(true);
  });

  it('draws dots it cannot place', () => {
    const odd = [
      { ...at, lon: NaN },
      { ...at, lon: NaN },
      { ...at, city: -1 },
      { ...at, city: -1 },
    ];
    expect(zoomsOf(odd)).toEqual([0, 0, 0, 0]);
    expect(zoomsOf([])).toEqual([]);
  });
});
