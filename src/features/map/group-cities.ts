import { MAX_MERCATOR_LATITUDE, mercatorY } from '../../lib/web-mercator';

/** A city the map shows, as the grouping reads it. */
export interface GroupInput {
  /** The city's position in `network.cities`. */
  c: number;
  lon: number;
  lat: number;
  /** Outlets in view: the city with the most leads its group. */
  count: number;
}

/** A city on its own, or the cities gathered under the one with the most outlets in view. */
export interface CityGroup {
  leader: number;
  /** Every city of the group, the leader first; just the leader for a city on its own. */
  members: number[];
}

/** World pixels at zoom 0: MapLibre's tiles are 512 pixels wide. */
const WORLD_PX = 512;

function worldPoint(lon: number, lat: number, scale: number): [number, number] {
  const clamped = Math.max(-MAX_MERCATOR_LATITUDE, Math.min(MAX_MERCATOR_LATITUDE, lat));
  return [((lon + 180) / 360) * scale, ((1 - mercatorY(clamped) / Math.PI) / 2) * scale];
}

/**
 * Gathers the cities that would crowd each other at `zoom`: the city with the most outlets in
 * view leads, and takes every city not yet taken within `radiusPx` screen pixels of it; then the
 * next. A group sits where its leader is, so a group is drawn on a real city ("Shanghai +6"),
 * and every city of it is there once the map zooms in. Deterministic: ties go to the lower
 * position.
 */
export function groupCities(
  cities: readonly GroupInput[],
  zoom: number,
  radiusPx: number,
): CityGroup[] {
  const scale = WORLD_PX * 2 ** zoom;
  const points = cities.map((city) => worldPoint(city.lon, city.lat, scale));
  const order = cities
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (cities[b]?.count ?? 0) - (cities[a]?.count ?? 0) ||
        (cities[a]?.c ?? 0) - (cities[b]?.c ?? 0),
    );
  const taken = new Uint8Array(cities.length);
  const groups: CityGroup[] = [];
  const limit = radiusPx * radiusPx;
  for (const i of order) {
    if (taken[i]) continue;
    taken[i] = 1;
    const [x, y] = points[i] ?? [0, 0];
    const members = [cities[i]?.c ?? 0];
    for (const j of order) {
      if (taken[j]) continue;
      const [u, v] = points[j] ?? [0, 0];
      if ((u - x) ** 2 + (v - y) ** 2 > limit) continue;
      taken[j] = 1;
      members.push(cities[j]?.c ?? 0);
    }
    groups.push({ leader: members[0] ?? 0, members });
  }
  return groups;
}
