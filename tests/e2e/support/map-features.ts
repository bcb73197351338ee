import type { Page } from 'playwright-core';
import { jumpTo, onMap } from './browser';

/** The outlet kinds, in the order of their layers. */
export const KINDS = ['delivery-center', 'partner-store', 'fusion-store'] as const;
export type Kind = (typeof KINDS)[number];

/** From this zoom on every outlet is drawn as its own shape (the dots below it thin out). */
export const SHAPE_ZOOM = 6;

/** An outlet the map draws: its feature id (its position in the dataset) and where, in canvas px. */
export interface DrawnOutlet {
  id: number;
  x: number;
  y: number;
}

/** Per kind, the outlets the map draws now (shapes, or dots below the shape zoom), once each. */
export function drawnOutlets(page: Page): Promise<Record<Kind, DrawnOutlet[]>> {
  return onMap(
    page,
    (map, kinds) => {
      const drawn: Record<string, DrawnOutlet[]> = {};
      for (const kind of kinds) {
        const layers = [`outlets-${kind}`, `outlets-${kind}-dot`].filter((id) => map.getLayer(id));
        const byId = new Map<number, DrawnOutlet>();
        for (const feature of map.queryRenderedFeatures({ layers })) {
          if (feature.geometry.type !== 'Point' || typeof feature.id !== 'number') continue;
          const { x, y } = map.project(feature.geometry.coordinates as [number, number]);
          byId.set(feature.id, { id: feature.id, x, y });
        }
        drawn[kind] = [...byId.values()].sort((a, b) => a.id - b.id);
      }
      return drawn as Record<Kind, DrawnOutlet[]>;
    },
    KINDS,
  );
}

/** The ids of `drawnOutlets`, per kind. */
export function idsOf(drawn: Record<Kind, DrawnOutlet[]>): Record<Kind, number[]> {
  return Object.fromEntries(
    KINDS.map((kind) => [kind, drawn[kind].map((outlet) => outlet.id)]),
  ) as Record<Kind, number[]>;
}

/** An outlet of the data: its position in the dataset (its feature id) and its point. */
export interface DataOutlet {
  id: number;
  lon: number;
  lat: number;
}

export interface DrawnAround {
  /** Per kind, the ids of the outlets drawn in any of the views, sorted. */
  ids: Record<Kind, number[]>;
  /** Per outlet of `outlets` that was drawn, how far (CSS px) from its point in the data. */
  offsets: Map<number, number>;
}

/**
 * Looks at the map where `outlets` are, at `zoom` (from the shape zoom on, where no outlet hides
 * another), in as few views as it takes, and returns which outlets were drawn and how far from
 * their points in the data. Leaves the camera at the last view.
 */
export async function outletsDrawnAround(
  page: Page,
  outlets: readonly DataOutlet[],
  zoom = SHAPE_ZOOM + 0.5,
): Promise<DrawnAround> {
  const seen = Object.fromEntries(KINDS.map((kind) => [kind, new Set<number>()])) as Record<
    Kind,
    Set<number>
  >;
  const offsets = new Map<number, number>();
  const byId = new Map(outlets.map((outlet) => [outlet.id, outlet]));
  let left = [...outlets];
  while (left.length > 0) {
    const { lon, lat } = left[0]!;
    await jumpTo(page, { center: [lon, lat], zoom });
    const drawn = await drawnOutlets(page);
    const listed = KINDS.flatMap((kind) =>
      drawn[kind].flatMap((outlet) => {
        seen[kind].add(outlet.id);
        const data = byId.get(outlet.id);
        return data ? [{ ...outlet, lon: data.lon, lat: data.lat }] : [];
      }),
    );
    const apart = await onMap(
      page,
      (map, listed) =>
        listed.map(({ x, y, lon, lat }) => {
          const at = map.project([lon, lat]);
          return Math.hypot(at.x - x, at.y - y);
        }),
      listed,
    );
    listed.forEach(({ id }, i) => offsets.set(id, Math.max(offsets.get(id) ?? 0, apart[i]!)));
    // What lies well inside this view was looked at; the rest waits for a view of its own.
    const [west, south, east, north] = await onMap(page, (map) => {
      const { clientWidth: width, clientHeight: height } = map.getCanvas();
      const inset = 24;
      const corner = map.unproject([inset, height - inset]);
      const opposite = map.unproject([width - inset, inset]);
      return [corner.lng, corner.lat, opposite.lng, opposite.lat];
    });
    left = left.filter(
      (outlet) =>
        outlet.lon < west! || outlet.lon > east! || outlet.lat < south! || outlet.lat > north!,
    );
    if (left[0]?.lon === lon && left[0].lat === lat) left.shift();
  }
  const ids = Object.fromEntries(
    KINDS.map((kind) => [kind, [...seen[kind]].sort((a, b) => a - b)]),
  ) as Record<Kind, number[]>;
  return { ids, offsets };
}
