import { baseUrl } from '../config/base-url';
import { describeJsonError } from './json-error';
import { loadProgress } from './load-progress';
import type { ParseMessage, ParseRequest } from './parse-worker';
import type { ProvinceIndex } from './province-check';
import { loadProvinceIndex } from './province-index';
import { validateNetwork, type DataIssue } from './validate-network';
import type { Network } from './schema';

/** A dataset as loaded: its valid records and every problem found on the way. */
export interface LoadedNetwork {
  network: Network;
  issues: DataIssue[];
  /** Where it came from, for messages: a URL or a file name. */
  origin: string;
}

/** A load that produced no dataset at all; the message says where and why. */
export class NetworkLoadError extends Error {
  constructor(
    readonly origin: string,
    message: string,
    /** Whether trying again may help (the server or the network), or not (the content). */
    readonly retryable = false,
  ) {
    super(`${origin}: ${message}`);
    this.name = 'NetworkLoadError';
  }
}

/** Parses and validates a dataset document; throws only when there is no document at all. */
export function parseNetworkText(
  text: string,
  origin: string,
  provinces?: ProvinceIndex,
): LoadedNetwork {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.length === 0) throw new NetworkLoadError(origin, 'the response is empty');
  if (trimmed.startsWith('<')) {
    throw new NetworkLoadError(origin, 'got an HTML page where a JSON dataset was expected');
  }
  let document: unknown;
  try {
    document = JSON.parse(trimmed);
  } catch (error) {
    throw new NetworkLoadError(origin, describeJsonError(trimmed, error));
  }
  const { network, issues } = validateNetwork(document, { provinces });
  return { network, issues, origin };
}

function parseInWorker(url: string, signal?: AbortSignal): Promise<LoadedNetwork> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      loadProgress.set(null);
    };
    signal?.addEventListener('abort', () => {
      finish();
      reject(signal.reason);
    });
    worker.onmessage = ({ data }: MessageEvent<ParseMessage>) => {
      if (data.type === 'progress') return loadProgress.set(data.progress);
      finish();
      if (data.type === 'result') resolve(data.loaded);
      else reject(new NetworkLoadError(data.origin, data.message, data.retryable));
    };
    worker.onerror = (event) => {
      finish();
      reject(new NetworkLoadError(url, `the loader failed (${event.message})`, true));
    };
    const base = new URL(baseUrl(), window.location.href);
    worker.postMessage({
      url: new URL(url, window.location.href).href,
      provincesUrl: new URL('basemap/provinces.json', base).href,
    } satisfies ParseRequest);
  });
}

/**
 * Fetches a dataset over HTTP and validates it — in a Web Worker where there is one, so a
 * large file never freezes the page; the progress shows in `loadProgress`.
 */
export async function fetchNetwork(url: string, signal?: AbortSignal): Promise<LoadedNetwork> {
  if (typeof Worker !== 'undefined' && typeof window !== 'undefined')
    return parseInWorker(url, signal);
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkLoadError(url, `could not be reached (${String(error)})`, true);
  }
  if (!response.ok) {
    throw new NetworkLoadError(
      url,
      `the server answered HTTP ${response.status} ${response.statusText}`.trim(),
      response.status >= 500 || response.status === 429,
    );
  }
  const [text, provinces] = await Promise.all([response.text(), loadProvinceIndex()]);
  return parseNetworkText(text, url, provinces);
}
