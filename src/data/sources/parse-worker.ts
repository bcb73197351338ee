/// <reference lib="webworker" />
import '../../lib/zod-without-eval';
import { buildProvinceIndex } from '../domain/province-check';
import { decodeDataBytes } from './decode-text';
import { fetchDataset } from './fetch-dataset';
import { NetworkLoadError, type LoadedNetwork } from './load-errors';
import { outletStream } from './network-transfer';
import type { ParseMessage, ParseRequest, ParseSource } from './parse-messages';
import { parseNetworkFile } from './parse-file';
import { parseNetworkText } from './parse-text';
import { readBodyBytes } from './read-body';

const post = (message: ParseMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

async function loadProvinces(provincesUrl: string) {
  return fetch(provincesUrl)
    .then((response) => (response.ok ? response.json() : null))
    .then((collection) =>
      Array.isArray(collection?.features) ? buildProvinceIndex(collection) : undefined,
    )
    .catch(() => undefined);
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetchDataset(url);
  return readBodyBytes(response, url, {
    onProgress: (progress) => post({ type: 'progress', progress }),
  }).catch((error: unknown) => {
    throw error instanceof NetworkLoadError
      ? error
      : new NetworkLoadError(url, String(error instanceof Error ? error.message : error), true);
  });
}

async function readBytes(request: ParseRequest): Promise<Uint8Array> {
  if (request.kind === 'url') return fetchBytes(request.url);
  if (request.kind === 'file') return new Uint8Array(await request.file.arrayBuffer());
  return new Uint8Array(request.bytes);
}

/**
 * Reads, decodes, parses and validates the dataset. A JSON dataset goes to the page while it
 * is validated (`outletStream`): the page takes in each part while the worker checks the next.
 */
async function load(
  request: ParseRequest,
  stream: ReturnType<typeof outletStream>,
): Promise<LoadedNetwork> {
  const provinces = loadProvinces(request.provincesUrl);
  const origin = originOf(request);
  const text = decodeDataBytes(await readBytes(request), origin);
  post({ type: 'progress', progress: { phase: 'validate', loaded: text.length, total: null } });
  if (request.kind === 'file') {
    const { file, cities, crs, fileCrs } = request;
    return parseNetworkFile(file, text, cities, await provinces, crs, fileCrs);
  }
  return parseNetworkText(text, origin, await provinces, stream.hooks);
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
