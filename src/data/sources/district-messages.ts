import type { District } from '../derive/district-assignment';
import type { Crs } from '../domain/schema';

/** What the district worker is asked: the outlets' table (`buildOutletTable`) and where the boundaries are. */
export interface DistrictRequest {
  table: ArrayBuffer;
  /** The system the table's points are in (the basemap's). */
  crs: Crs;
  districtsUrl: string;
}

export type DistrictReply =
  | { type: 'districts'; list: District[]; district: Int32Array }
  | { type: 'error'; message: string };
