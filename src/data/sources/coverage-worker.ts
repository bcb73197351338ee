/// <reference lib="webworker" />
import type KDBush from 'kdbush';
import { reachScope } from '../derive/coverage/coverage-figures';
import {
  addPrefectureNames,
  readDistrictPoints,
  type DistrictTable,
} from '../derive/coverage/district-table';
import {
  aroundPoint,
  buildOutletTree,
  computeReach,
  outletStates,
  type ReachOutlets,
} from '../derive/coverage/reach';
import { readOutletTable } from '../derive/outlet-table';
import { convertPoint } from '../domain/crs';
import type { CoverageReply, CoverageRequest } from './coverage-messages';

/**
 * The coverage of a dataset, off the page. Once per dataset (`init`) it reads the outlets'
 * table, takes the points back to WGS-84 (the boundaries' system), loads the districts' points
 * and population proxy and builds a k-d tree of every outlet; then for each filter state
 * (`reach`) it works out every district's distance to the nearest sales and service point, and
 * for a clicked point (`around`) the nearest outlet of each kind.
 */
let outlets: ReachOutlets | null = null;
let tree: KDBush | null = null;
let districts: DistrictTable | null = null;
/** The dataset's setup: requests that arrive while it loads the districts wait for it. */
let ready: Promise<void> | null = null;

const post = (reply: CoverageReply, transfer: Transferable[] = []) =>
  self.postMessage(reply, transfer);

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new Error(`${url}: not JSON`);
  }
}

async function init(request: Extract<CoverageRequest, { type: 'init' }>) {
  const table = readOutletTable(request.table);
  const lon = new Float64Array(table.size);
  const lat = new Float64Array(table.size);
  for (let i = 0; i < table.size; i += 1) {
    const point = { lon: table.lon[i] ?? NaN, lat: table.lat[i] ?? NaN };
    const wgs =
      request.crs === 'WGS84' || !Number.isFinite(point.lon)
        ? point
        : convertPoint(point, request.crs, 'WGS84');
    lon[i] = wgs.lon;
    lat[i] = wgs.lat;
  }
  outlets = { lon, lat, services: table.services, kind: table.kind };
  tree = buildOutletTree(outlets);
  const [points, prefectures] = await Promise.all([
    fetchJson(request.districtsUrl),
    fetchJson(request.prefecturesUrl).catch(() => null),
  ]);
  districts = readDistrictPoints(points, new URL(request.districtsUrl).pathname);
  addPrefectureNames(districts, prefectures);
  post({ type: 'ready', districts });
}

self.onmessage = async ({ data }: MessageEvent<CoverageRequest>) => {
  const id = data.type === 'init' ? null : data.id;
  try {
    if (data.type === 'init') {
      ready = init(data);
      return await ready;
    }
    await ready;
    if (!outlets || !tree || !districts) throw new Error('the coverage worker has no dataset');
    if (data.type === 'reach') {
      const start = performance.now();
      const scope = reachScope(districts, data.cityCodes);
      const reach = computeReach(outlets, districts, data.view, scope, data.kind);
      const ms = performance.now() - start;
      post({ type: 'reach', id: data.id, reach, scope, ms }, [
        reach.km.buffer,
        reach.nearest.buffer,
      ]);
    } else {
      const states = outletStates(outlets.lon.length, data.view);
      post({
        type: 'around',
        id: data.id,
        around: aroundPoint(tree, outlets, states, data.lon, data.lat),
      });
    }
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
};
