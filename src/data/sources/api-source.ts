import { queryOptions } from '@tanstack/react-query';
import { canParseInWorker, parseInWorker } from './load-network';
import { decodeDataBytes } from './decode-text';
import { fetchDataset } from './fetch-dataset';
import { NetworkLoadError, type LoadedNetwork } from './load-errors';
import { parseNetworkText } from './parse-text';
import { loadProvinceIndex } from './province-index';
import { readBodyBytes } from './read-body';
import { convertNetwork } from '../domain/crs';
import type { LoadOptions } from './load-options';

interface Revision {
  etag: string;
  loaded: LoadedNetwork;
}

/** The last good answer per endpoint, for `If-None-Match` and for a 304. */
const revisions = new Map<string, Revision>();

/** The network endpoint of an API base URL (`…/api/v1/network`). */
export function networkEndpoint(apiUrl: string): string {
  return apiUrl.endsWith('/network') ? apiUrl : `${apiUrl.replace(/\/+$/, '')}/api/v1/network`;
}

function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
}

/**
 * Fetches the network from the API, revalidating with the ETag: a 304 returns the very same
 * object, so nothing downstream recomputes.
 */
export async function fetchApiNetwork(
  apiUrl: string,
  options: LoadOptions = {},
): Promise<LoadedNetwork> {
  const { signal } = options;
  const url = networkEndpoint(apiUrl);
  const previous = revisions.get(url);
  const response = await fetchDataset(url, {
    signal,
    headers: previous ? { 'If-None-Match': previous.etag } : {},
    cache: 'no-cache',
  });
  if (response.status === 304) {
    if (previous) return previous.loaded;
    throw new NetworkLoadError(url, 'the server answered 304 Not Modified to a first request');
  }
  const bytes = await readBodyBytes(response, url);
  // Decoded, parsed and validated off the main thread where it can be: a large network
  // arrives without freezing the page, polled update after update.
  const loaded = canParseInWorker()
    ? await parseInWorker({ kind: 'bytes', bytes: ownBuffer(bytes), origin: url }, url, options)
    : inCrs(parseNetworkText(decodeDataBytes(bytes, url), url, await loadProvinceIndex()), options);
  const etag = response.headers.get('ETag');
  if (etag) revisions.set(url, { etag, loaded });
  return loaded;
}

const inCrs = (loaded: LoadedNetwork, { crs = 'WGS84' }: LoadOptions): LoadedNetwork => ({
  ...loaded,
  network: convertNetwork(loaded.network, crs),
});

export const apiNetworkQueryOptions = (
  apiUrl: string,
  pollSeconds: number,
  options: Omit<LoadOptions, 'signal'> = {},
) =>
  queryOptions({
    queryKey: ['network', 'api', apiUrl],
    queryFn: ({ signal }) => fetchApiNetwork(apiUrl, { ...options, signal }),
    staleTime: 0,
    refetchInterval: pollSeconds * 1000,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    retry: 3,
    retryDelay: (attempt) => Math.min(30_000, 1000 * 2 ** attempt),
  });
