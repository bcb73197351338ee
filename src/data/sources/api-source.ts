import { queryOptions } from '@tanstack/react-query';
import { canParseInWorker, parseInWorker } from './load-network';
import { recordApiAttempt } from './api-health';
import { decodeDataBytes } from './decode-text';
import { fetchDataset } from './fetch-dataset';
import { NetworkLoadError, type LoadedNetwork } from './load-errors';
import { parseNetworkText } from './parse-text';
import { loadProvinceIndex } from './province-index';
import { readBodyBytes } from './read-body';
import { convertNetwork } from '../domain/crs';
import { losesAllOutlets } from '../domain/dataset-gate';
import type { LoadOptions } from './load-options';

/** How long one API request may take, connection and whole body, unless configured. */
export const DEFAULT_API_TIMEOUT_SECONDS = 15;

export interface ApiLoadOptions extends LoadOptions {
  /** The deadline of one request, from connecting to the last byte of the body. */
  timeoutMs?: number;
}

interface Revision {
  etag: string | null;
  loaded: LoadedNetwork;
}

/** The last good answer per endpoint, for `If-None-Match`, a 304, and what must not be lost. */
const revisions = new Map<string, Revision>();

/** The network endpoint of an API base URL (`…/api/v1/network`). */
export function networkEndpoint(apiUrl: string): string {
  return apiUrl.endsWith('/network') ? apiUrl : `${apiUrl.replace(/\/+$/, '')}/api/v1/network`;
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}

/** The answer's bytes, or `null` for a 304; a missed deadline becomes a retryable failure. */
async function fetchAnswer(
  url: string,
  previous: Revision | undefined,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<{ bytes: Uint8Array; etag: string | null } | null> {
  const deadline = AbortSignal.timeout(timeoutMs);
  const both = signal ? AbortSignal.any([signal, deadline]) : deadline;
  try {
    const response = await fetchDataset(url, {
      signal: both,
      headers: previous?.etag ? { 'If-None-Match': previous.etag } : {},
      cache: 'no-cache',
    });
    if (response.status === 304) {
      if (previous) return null;
      throw new NetworkLoadError(url, 'the server answered 304 Not Modified to a first request');
    }
    const bytes = await readBodyBytes(response, url);
    return { bytes, etag: response.headers.get('ETag') };
  } catch (error) {
    if (deadline.aborted && !signal?.aborted) {
      throw new NetworkLoadError(url, `no complete answer within ${duration(timeoutMs)}`, true);
    }
    if (error instanceof NetworkLoadError || signal?.aborted) throw error;
    throw new NetworkLoadError(url, `the answer broke off (${String(error)})`, true);
  }
}

function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
}

async function parseAnswer(
  bytes: Uint8Array,
  url: string,
  options: ApiLoadOptions,
): Promise<LoadedNetwork> {
  // Decoded, parsed and validated off the main thread where it can be: a large network
  // arrives without freezing the page, polled update after update.
  if (canParseInWorker())
    return parseInWorker({ kind: 'bytes', bytes: ownBuffer(bytes), origin: url }, url, options);
  const loaded = parseNetworkText(decodeDataBytes(bytes, url), url, await loadProvinceIndex());
  return { ...loaded, network: convertNetwork(loaded.network, options.crs ?? 'WGS84') };
}

async function load(url: string, options: ApiLoadOptions): Promise<LoadedNetwork> {
  const { signal, timeoutMs = DEFAULT_API_TIMEOUT_SECONDS * 1000 } = options;
  const previous = revisions.get(url);
  const answer = await fetchAnswer(url, previous, signal, timeoutMs);
  if (!answer) return (previous as Revision).loaded;
  const loaded = await parseAnswer(answer.bytes, url, options);
  const before = previous?.loaded.network.outlets.length ?? 0;
  if (losesAllOutlets(loaded.network.outlets.length, before)) {
    const problems = loaded.issues.length;
    throw new NetworkLoadError(
      url,
      `the answer has no valid outlet (${problems.toLocaleString('en')} problem${problems === 1 ? '' : 's'}) where the last one had ${before.toLocaleString('en')}; it was not shown`,
    );
  }
  revisions.set(url, { etag: answer.etag, loaded });
  return loaded;
}

/**
 * Fetches the network from the API, revalidating with the ETag: a 304 returns the very same
 * object, so nothing downstream recomputes. Each request has a deadline (`timeoutMs`, from
 * connecting to the last byte) and the dataset size limit, enforced while the body streams. An
 * answer that is not a dataset, or that has no valid outlet where the last good one had some,
 * is refused: the last good data stays. Every attempt is recorded in `api-health.ts`.
 */
export async function fetchApiNetwork(
  apiUrl: string,
  options: ApiLoadOptions = {},
): Promise<LoadedNetwork> {
  const url = networkEndpoint(apiUrl);
  try {
    const loaded = await load(url, options);
    recordApiAttempt(url, { ok: true });
    return loaded;
  } catch (error) {
    if (!options.signal?.aborted)
      recordApiAttempt(url, {
        ok: false,
        reason: error instanceof Error ? error.message : String(error),
      });
    throw error;
  }
}

/** Failures worth trying again soon: the network or the server, not the content. */
export function isRetryable(failures: number, error: Error): boolean {
  return failures < 3 && !(error instanceof NetworkLoadError && !error.retryable);
}

/**
 * The live API as a query: polled every `pollSeconds` (also after a failure: an error never
 * ends the polling) and on window focus; a failed request is retried three times with backoff
 * (2, 4, 8 s) when the server or the network may recover. A poll never stacks on one in flight.
 */
export const apiNetworkQueryOptions = (
  apiUrl: string,
  pollSeconds: number,
  options: Omit<ApiLoadOptions, 'signal'> = {},
) =>
  queryOptions({
    queryKey: ['network', 'api', apiUrl],
    queryFn: ({ signal }) => fetchApiNetwork(apiUrl, { ...options, signal }),
    staleTime: 0,
    refetchInterval: pollSeconds * 1000,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    retry: isRetryable,
    retryDelay: (attempt) => Math.min(30_000, 1000 * 2 ** attempt),
  });
