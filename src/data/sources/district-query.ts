import { queryOptions, useQuery } from '@tanstack/react-query';
import { baseUrl } from '../../config/base-url';
import type { DistrictAssignment } from '../derive/district-assignment';
import { buildOutletTable } from '../derive/outlet-table';
import type { Network } from '../domain/schema';
import type { DistrictReply, DistrictRequest } from './district-messages';

const keys = new WeakMap<Network, number>();
let datasets = 0;

/** A key for a dataset in a query key: the same object always has the same one. */
function datasetKey(network: Network): number {
  let key = keys.get(network);
  if (key === undefined) {
    datasets += 1;
    key = datasets;
    keys.set(network, key);
  }
  return key;
}

/** Gives every outlet of `network` its district in a worker (`district-worker.ts`). */
function assignInWorker(network: Network, signal: AbortSignal): Promise<DistrictAssignment> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./district-worker.ts', import.meta.url), {
      type: 'module',
    });
    const stop = () => worker.terminate();
    signal.addEventListener('abort', () => {
      stop();
      reject(signal.reason);
    });
    worker.onmessage = ({ data }: MessageEvent<DistrictReply>) => {
      stop();
      if (data.type === 'error') reject(new Error(data.message));
      else resolve({ list: data.list, district: data.district });
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(event.message));
    };
    const table = buildOutletTable(network);
    const request: DistrictRequest = {
      table,
      crs: network.meta.crs,
      districtsUrl: new URL('basemap/districts.json', new URL(baseUrl(), window.location.href))
        .href,
    };
    worker.postMessage(request, [table]);
  });
}

/**
 * Each outlet's district (county-level unit), found by point in polygon in a worker once per
 * dataset, after the dataset is on screen: the panels show the districts when they come.
 */
export const districtsQueryOptions = (network: Network | null) =>
  queryOptions({
    queryKey: ['districts', network ? datasetKey(network) : 0],
    queryFn: ({ signal }) => assignInWorker(network as Network, signal),
    enabled: network !== null && typeof Worker !== 'undefined',
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });

/** The districts of `network`'s outlets, or undefined while they are worked out (or cannot be). */
export function useDistricts(network: Network | null): DistrictAssignment | undefined {
  return useQuery(districtsQueryOptions(network)).data;
}
