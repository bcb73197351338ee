/// <reference lib="webworker" />
import { NetworkLoadError, parseNetworkText } from './load-network';
import type { LoadProgress } from './load-progress';
import { splitLoadedNetwork, type TransferMessage } from './network-transfer';
import { buildProvinceIndex } from './province-check';
import { MAX_DATA_BYTES, sizeProblem } from './size-limit';

/** A request to the parse worker: fetch a dataset URL, parse and validate it. */
export interface ParseRequest {
  url: string;
  provincesUrl: string;
}

export type ParseMessage =
  | { type: 'progress'; progress: LoadProgress }
  | TransferMessage
  | { type: 'error'; origin: string; message: string; retryable: boolean };

const post = (message: ParseMessage) => self.postMessage(message);

async function readBody(response: Response): Promise<string> {
  const total = Number(response.headers.get('Content-Length')) || null;
  if (total !== null && sizeProblem(total, MAX_DATA_BYTES))
    throw new Error(sizeProblem(total) ?? '');
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    if (loaded > MAX_DATA_BYTES) throw new Error(sizeProblem(loaded) ?? 'too large');
    post({ type: 'progress', progress: { phase: 'download', loaded, total } });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

self.onmessage = async ({ data }: MessageEvent<ParseRequest>) => {
  const { url, provincesUrl } = data;
  try {
    const provinces = fetch(provincesUrl)
      .then((response) => (response.ok ? response.json() : null))
      .then((collection) =>
        Array.isArray(collection?.features) ? buildProvinceIndex(collection) : undefined,
      )
      .catch(() => undefined);
    let response: Response;
    try {
      response = await fetch(url, { headers: { Accept: 'application/json' } });
    } catch (error) {
      throw new NetworkLoadError(url, `could not be reached (${String(error)})`, true);
    }
    if (!response.ok) {
      throw new NetworkLoadError(
        url,
        `the server answered HTTP ${response.status} ${response.statusText}`.trim(),
        response.status >= 500 || response.status === 429,
      );
    }
    const text = await readBody(response).catch((error: unknown) => {
      throw error instanceof NetworkLoadError
        ? error
        : new NetworkLoadError(url, String(error instanceof Error ? error.message : error));
    });
    post({ type: 'progress', progress: { phase: 'validate', loaded: text.length, total: null } });
    const loaded = parseNetworkText(text, url, await provinces);
    // In parts: one message of it all is one long task on the main thread to deserialize.
    for (const message of splitLoadedNetwork(loaded)) post(message);
  } catch (error) {
    post({
      type: 'error',
      origin: error instanceof NetworkLoadError ? error.origin : url,
      message:
        error instanceof NetworkLoadError
          ? error.message.slice(error.origin.length + 2)
          : String(error),
      retryable: error instanceof NetworkLoadError ? error.retryable : true,
    });
  }
};
