import gcoord from 'gcoord';
import type { Crs, Network, Point } from './schema';

const GCOORD_CRS = { WGS84: gcoord.WGS84, GCJ02: gcoord.GCJ02, BD09: gcoord.BD09 } as const;

/** Converts one point between WGS-84, GCJ-02 (Chinese map services) and BD-09 (Baidu). */
export function convertPoint(point: Point, from: Crs, to: Crs): Point {
  if (from === to) return point;
  const [lon, lat] = gcoord.transform([point.lon, point.lat], GCOORD_CRS[from], GCOORD_CRS[to]);
  return { lon: Math.round(lon * 1e6) / 1e6, lat: Math.round(lat * 1e6) / 1e6 };
}

/** A record (city or outlet) with its point converted. */
export function convertRecord<T extends { point: Point }>(record: T, from: Crs, to: Crs): T {
  return from === to ? record : { ...record, point: convertPoint(record.point, from, to) };
}

/**
 * Returns the network with every point in the basemap's coordinate system. This is the one
 * place where points change system; it runs once per data load.
 */
export function convertNetwork(network: Network, to: Crs): Network {
  const from = network.meta.crs;
  if (from === to) return network;
  return {
    ...network,
    meta: { ...network.meta, crs: to },
    cities: network.cities.map((city) => convertRecord(city, from, to)),
    outlets: network.outlets.map((outlet) => convertRecord(outlet, from, to)),
  };
}
