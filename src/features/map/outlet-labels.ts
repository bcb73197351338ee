import type { FeatureCollection, Point } from 'geojson';
import type { NetworkView } from '../../data/derive/network-view';
import { OUTLET_KINDS, type OutletKind } from '../../data/domain/schema';
import type { Language } from '../../lib/i18n/messages';

/** West, south, east, north. */
export type Area = [number, number, number, number];

/** More than this many names in view would be unreadable anyway; the rest wait for a zoom. */
export const MAX_OUTLET_LABELS = 2_000;

export type OutletLabels = FeatureCollection<Point, { name: string }>;

/**
 * The names of the outlets the map shows in `area`: those in view under the filters, of the
 * kinds switched on, each with its feature id (the outlet's position) and its name.
 */
export function buildOutletLabels(
  view: NetworkView,
  shownKinds: Readonly<Record<OutletKind, boolean>>,
  area: Area,
  language: Language,
): OutletLabels {
  const [west, south, east, north] = area;
  const features: OutletLabels['features'] = [];
  for (const position of view.visible) {
    const kind = OUTLET_KINDS[view.index.kind[position] ?? 0];
    const outlet = view.network.outlets[position];
    if (!outlet || !kind || !shownKinds[kind]) continue;
    const { lon, lat } = outlet.point;
    if (lon < west || lon > east || lat < south || lat > north) continue;
    features.push({
      type: 'Feature',
      id: position,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { name: outlet.name[language] },
    });
    if (features.length >= MAX_OUTLET_LABELS) break;
  }
  return { type: 'FeatureCollection', features };
}

/** The area whose names the map holds: its view padded by half its size on each side. */
export function labelArea([west, south, east, north]: Area): Area {
  const width = east - west;
  const height = north - south;
  return [west - width / 2, south - height / 2, east + width / 2, north + height / 2];
}
