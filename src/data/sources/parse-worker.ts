/// <reference lib="webworker" />
import '../../lib/zod-without-eval';
import { buildProvinceIndex } from '../domain/province-check';
import { fetchDataset } from './fetch-dataset';
import { NetworkLoadError, type LoadedNetwork } from './load-errors';
import { outletStream } from './network-transfer';
import type { ParseMessage, ParseRequest, ParseSource } from './parse-messages';
import { parseNetworkFile } from './parse-file';
import { parseNetworkText } from './parse-text';
import { MAX_DATA_BYTES, sizeProblem } from './size-limit';

const post = (message: ParseMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

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

async function loadProvinces(provincesUrl: string) {
  return fetch(provincesUrl)
    .then((response) => (response.ok ? response.json() : null))
    .then((collection) =>
      Array.isArray(collection?.features) ? buildProvinceIndex(collection) : undefined,
    )
    .catch(() => undefined);
}

async function fetchText(url: string): Promise<string> {
  const response = await fetchDataset(url);
  return readBody(response).catch((error: unknown) => {
    throw error instanceof NetworkLoadError
      ? error
      : new NetworkLoadError(url, String(error instanceof Error ? error.message : error));
  });
}

/**
 * Reads, parses and validates the dataset. A JSON dataset goes to the page while it is
 * validated (`outletStream`): the page takes in each part while the worker checks the next.
 */
async function load(
  request: ParseRequest,
  stream: ReturnType<typeof outletStream>,
): Promise<LoadedNetwork> {
  const provinces = loadProvinces(request.provincesUrl);
  const text =
    request.kind === 'url'
      ? await fetchText(request.url)
      : request.kind === 'file'
        ? await request.file.text()
        : request.text;
  post({ type: 'progress', progress: { phase: 'validate', loaded: text.length, total: null } });
  if (request.kind === 'file')
    return parseNetworkFile(request.file, text, request.cities, await provinces, request.crs);
  return parseNetworkText(text, originOf(request), await provinces, stream.hooks);
}

function originOf(request: ParseSource): string {
  if (request.kind === 'url') return request.url;
  return request.kind === 'file' ? request.file.name : request.origin;
}

self.onmessage = async ({ data }: MessageEvent<ParseRequest>) => {
  const origin = originOf(data);
  try {
    // In parts: one message of it all is one long task on the main thread to deserialize.
    const stream = outletStream(origin, post, { crs: data.crs });
    stream.end(await load(data, stream));
  } catch (error) {
    post({
      type: 'error',
      origin: error instanceof NetworkLoadError ? error.origin : origin,
      message:
        error instanceof NetworkLoadError
          ? error.message.slice(error.origin.length + 2)
          : String(error),
      retryable: error instanceof NetworkLoadError ? error.retryable : data.kind !== 'file',
    });
  }
};
