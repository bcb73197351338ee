import type { DistrictTable } from '../../data/derive/coverage/district-table';
import { convertPoint } from '../../data/domain/crs';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';

/** A zoom that shows a district of this area whole on a laptop's map. */
export function zoomForArea(areaKm2: number): number {
  const zoom = 14.3 - Math.log2(Math.sqrt(Math.max(areaKm2, 1)));
  return Math.round(Math.min(12, Math.max(6, zoom)) * 4) / 4;
}

/**
 * Flies the map to district `d` and shows the reach around its point (the outlets nearest it).
 * The table's points are WGS-84; the camera takes the dataset's system, which is the map's.
 */
export function showDistrict(network: Network, table: DistrictTable, d: number): void {
  const point = { lon: table.lon[d] ?? 0, lat: table.lat[d] ?? 0 };
  const { showReach, requestCamera, selectOutlet } = useAppStore.getState();
  selectOutlet(null);
  showReach({ ...point, districtId: table.id[d] ?? null });
  const at = convertPoint(point, 'WGS84', network.meta.crs);
  requestCamera({ view: { ...at, zoom: zoomForArea(table.areaKm2[d] ?? 100) }, animate: true });
}

/** Lower case, without spaces, apostrophes or dashes, for matching names as typed. */
export const normalizeName = (text: string) => text.toLowerCase().replace(/[\s'’-]/g, '');
