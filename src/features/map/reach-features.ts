import type { AroundPoint } from '../../data/derive/coverage/reach';
import { convertPoint } from '../../data/domain/crs';
import type { Network } from '../../data/domain/schema';
import type { ReachPoint } from '../../stores/app-state';
import type { ReachFeatures } from './layers/coverage-layers';

export const NO_REACH: ReachFeatures = { type: 'FeatureCollection', features: [] };

/**
 * The reach around a point as map features: the point, and a straight line to the nearest open
 * outlet of each kind once the worker has found them. The point is WGS-84 (as the districts'
 * points are); it is drawn in the dataset's system, which is the map's.
 */
export function buildReachFeatures(
  network: Network | null,
  point: ReachPoint | null,
  around: AroundPoint | null,
): ReachFeatures {
  if (!network || !point) return NO_REACH;
  const at = convertPoint(point, 'WGS84', network.meta.crs);
  const from: [number, number] = [at.lon, at.lat];
  const lines: ReachFeatures['features'] = (around?.open ?? []).flatMap((nearby) => {
    const outlet = nearby ? network.outlets[nearby.position] : undefined;
    if (!outlet) return [];
    return {
      type: 'Feature' as const,
      properties: { role: 'line' as const },
      geometry: {
        type: 'LineString' as const,
        coordinates: [from, [outlet.point.lon, outlet.point.lat]],
      },
    };
  });
  return {
    type: 'FeatureCollection',
    features: [
      ...lines,
      {
        type: 'Feature',
        properties: { role: 'point' },
        geometry: { type: 'Point', coordinates: from },
      },
    ],
  };
}
