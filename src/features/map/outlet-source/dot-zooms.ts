/**
 * Dots that would draw on one another. Below the shape zoom each outlet is a dot of its kind's
 * look, and at the national view many of a city's outlets fall within a pixel of each other: of
 * 100k synthetic outlets, 45% lie under another of their look at zoom 3. A dot drawn under
 * another of the same look adds nothing to the picture but costs a frame its share (on a
 * software renderer a national frame of 100k dots took about 200 ms, 70% of it the dots).
 *
 * So each outlet gets the lowest tile zoom from which its dot is drawn. From that zoom down, a
 * dot of the same kind, city and stage on the dataset's date lies within half a pixel of it, and
 * is drawn over it. Closed outlets are faded, and two faded dots are darker than one: they are
 * always drawn. Filters of the city-level groups and of the stage keep or drop such dots
 * together, so the picture stays the same under any of those filters. On another date the stages
 * differ, and the map draws every dot (`buildDotFilter`).
 */

import { MAX_MERCATOR_LATITUDE, mercatorY } from '../../../lib/web-mercator';
import { STAGES } from '../../../data/domain/vocabulary';

/** Dots are drawn below this zoom, shapes from it on: every outlet is drawn from here. */
export const DOT_ZOOMS_BELOW = 6;

/**
 * The cell, in pixels of the tile zoom, within which dots of one look draw as one: at most
 * 0.35 × √2 ≈ 0.5 px apart, and less than 1 px on screen until the next zoom level, where the
 * tiles of the next zoom take over. A dot is about 7 px across at the national view.
 */
const CELL_PX = 0.35;
const TILE_PX = 512;
/** A look per stage and one for no stage yet. */
const LOOKS = STAGES.length + 1;

/** One outlet as this reads it: position, city (index) and stage code (`STAGES` or -1). */
export interface DotInput {
  lon: number;
  lat: number;
  city: number;
  /** Index in `STAGES` on the dataset's date, -1 for none. */
  stage: number;
}

const CLOSED = STAGES.indexOf('closed');

/** Web Mercator position in [0, 1) of the world's width and height. */
function mercator(lon: number, lat: number): [number, number] {
  const clamped = Math.max(-MAX_MERCATOR_LATITUDE, Math.min(MAX_MERCATOR_LATITUDE, lat));
  return [(lon + 180) / 360, (1 - mercatorY(clamped) / Math.PI) / 2];
}

/**
 * For dots in drawing order (one kind's features), the tile zoom from which each is drawn: 0 for
 * most, `z + 1` for a dot that lies in one cell with a later dot of its look at tile zoom `z`.
 * The later dot stays, since it is the one on top. A dot drawn from a zoom is drawn at every
 * zoom above it, so zooming in only ever adds dots.
 */
export function dotZooms(count: number, read: (index: number) => DotInput): Uint8Array {
  const zooms = new Uint8Array(count);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const look = new Float64Array(count);
  let alive: number[] = [];
  let groups = 1;
  for (let i = 0; i < count; i += 1) {
    const { lon, lat, city, stage } = read(i);
    if (stage === CLOSED || !Number.isFinite(lon) || !Number.isFinite(lat) || city < 0) continue;
    const [mx, my] = mercator(lon, lat);
    x[i] = mx;
    y[i] = my;
    const group = city * LOOKS + stage + 1;
    look[i] = group;
    groups = Math.max(groups, group + 1);
    alive.push(i);
  }
  for (let z = DOT_ZOOMS_BELOW - 1; z >= 0 && alive.length > 1; z -= 1) {
    const cells = Math.ceil((TILE_PX * 2 ** z) / CELL_PX);
    // Keys stay exact integers: at zoom 5 this allows over 2 million cities.
    if (cells * cells * groups > Number.MAX_SAFE_INTEGER) break;
    const top = new Map<number, number>();
    for (const i of alive) {
      const cell = Math.floor((x[i] ?? 0) * cells) * cells + Math.floor((y[i] ?? 0) * cells);
      const key = cell * groups + (look[i] ?? 0);
      const under = top.get(key);
      if (under !== undefined) zooms[under] = z + 1;
      top.set(key, i);
    }
    alive = alive.filter((i) => zooms[i] === 0);
  }
  return zooms;
}
