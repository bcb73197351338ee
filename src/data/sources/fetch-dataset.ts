import { NetworkLoadError } from './load-errors';

/**
 * Fetches a dataset: a failure to connect or an HTTP error (a 304 passes) becomes a
 * `NetworkLoadError` that says which, retryable when the server or the network may recover.
 * An abort stays an abort.
 */
export async function fetchDataset(url: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { Accept: 'application/json', ...init.headers },
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new NetworkLoadError(url, `could not be reached (${String(error)})`, true);
  }
  if (!response.ok && response.status !== 304) {
    throw new NetworkLoadError(
      url,
      `the server answered HTTP ${response.status} ${response.statusText}`.trim(),
      response.status >= 500 || response.status === 429,
    );
  }
  return response;
}
