/// <reference lib="webworker" />
import type { FeatureCollection } from 'geojson';
import { assignDistricts } from '../derive/district-assignment';
import { readOutletTable } from '../derive/outlet-table';
import { convertPoint } from '../domain/crs';
import type { DistrictRequest, DistrictReply } from './district-messages';

/**
 * Gives each outlet its district, off the page: reads the outlets' table, takes its points back
 * to WGS-84 (the boundaries' system) and looks each up in the county-level boundaries.
 */
self.onmessage = async ({ data }: MessageEvent<DistrictRequest>) => {
  try {
    const response = await fetch(data.districtsUrl);
    if (!response.ok) throw new Error(`${data.districtsUrl}: HTTP ${response.status}`);
    const collection = (await response.json()) as FeatureCollection;
    const table = readOutletTable(data.table);
    const points = new Float64Array(table.size * 2);
    for (let i = 0; i < table.size; i += 1) {
      const point = { lon: table.lon[i] ?? NaN, lat: table.lat[i] ?? NaN };
      const { lon, lat } =
        data.crs === 'WGS84' || !Number.isFinite(point.lon)
          ? point
          : convertPoint(point, data.crs, 'WGS84');
      points[i * 2] = lon;
      points[i * 2 + 1] = lat;
    }
    const { list, district } = assignDistricts(points, collection);
    const reply: DistrictReply = { type: 'districts', list, district };
    self.postMessage(reply, [district.buffer]);
  } catch (error) {
    const reply: DistrictReply = { type: 'error', message: String(error) };
    self.postMessage(reply);
  }
};
