import { describeJsonError } from './json-error';
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
    throw new NetworkLoadError(
      origin,
      'got an HTML page where a JSON dataset was expected (check the data URL)',
    );
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

/** Fetches a dataset over HTTP and validates it. */
export async function fetchNetwork(url: string, signal?: AbortSignal): Promise<LoadedNetwork> {
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
    );
  }
  const [text, provinces] = await Promise.all([response.text(), loadProvinceIndex()]);
  return parseNetworkText(text, url, provinces);
}
