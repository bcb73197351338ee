import type { FeatureCollection, Point } from 'geojson';
import { CHANGE_TYPES, type DateChanges } from '../../data/derive/changes-between';

export type ChangedOutlets = FeatureCollection<Point, { type: string }>;

/**
 * One point per outlet that changed between the compared dates, at the outlet, with the kind of
 * its last change in the range: the map rings them. The outlets' own sources stay as they are.
 */
export function buildChangedOutlets(changes: DateChanges): ChangedOutlets {
  const last = new Map<number, number>();
  for (let i = 0; i < changes.count; i += 1) last.set(changes.outlet[i] ?? 0, changes.type[i] ?? 0);
  const features: ChangedOutlets['features'] = [];
  for (const [position, type] of last) {
    const outlet = changes.network.outlets[position];
    if (!outlet) continue;
    features.push({
      type: 'Feature',
      id: position,
      geometry: { type: 'Point', coordinates: [outlet.point.lon, outlet.point.lat] },
      properties: { type: CHANGE_TYPES[type] ?? 'advance' },
    });
  }
  return { type: 'FeatureCollection', features };
}
