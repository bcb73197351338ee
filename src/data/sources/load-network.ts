import { baseUrl } from '../../config/base-url';
import { convertNetwork } from '../domain/crs';
import { networkIndex } from '../derive/network-index';
import { decodeDataBytes } from './decode-text';
import { fetchDataset } from './fetch-dataset';
import { NetworkLoadError, type LoadedNetwork } from './load-errors';
import type { LoadOptions } from './load-options';
import { NetworkAssembler } from './network-transfer';
import type { ParseMessage, ParseRequest, ParseSource } from './parse-messages';
import { parseNetworkText } from './parse-text';
import { loadProvinceIndex } from './province-index';
import { readBodyBytes } from './read-body';

/**
 * Parses and validates a dataset in the parse worker: a URL it fetches, or a file it reads,
 * with its points converted to `options.crs` there. `origin` names it in messages. The worker
 * stops once the result is whole.
 */
export function parseInWorker(
  source: ParseSource,
  origin: string,
  { signal, crs = 'WGS84', onProgress }: LoadOptions = {},
): Promise<LoadedNetwork> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
    const assembler = new NetworkAssembler();
    let settled = false;
    const stop = () => {
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    const onAbort = () => (settled ? stop() : fail(signal?.reason));
    const fail = (reason: unknown) => {
      settled = true;
      stop();
      onProgress?.(null);
      reject(reason);
    };
    signal?.addEventListener('abort', onAbort);
    // Each part of the result is its own message, so its own short task on this thread; the
    // progress stays at 'validate' for the few hundred ms the parts take.
    worker.onmessage = ({ data }: MessageEvent<ParseMessage>) => {
      if (settled) return;
      if (data.type === 'progress') return onProgress?.(data.progress);
      if (data.type === 'error') {
        return fail(new NetworkLoadError(data.origin, data.message, data.retryable));
      }
      let loaded: LoadedNetwork | null;
      try {
        loaded = assembler.add(data);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return fail(
          new NetworkLoadError(origin, `the loader's result is incomplete: ${reason}`, true),
        );
      }
      if (!loaded) return;
      settled = true;
      stop();
      onProgress?.(null);
      // The index every panel derives from (`networkIndex`), built in a task of its own: at
      // 100k outlets it and the panels' first render were one task of about 200 ms.
      const whole = loaded;
      setTimeout(() => {
        if (signal?.aborted) return reject(signal.reason);
        networkIndex(whole.network);
        resolve(whole);
      }, 0);
    };
    worker.onerror = (event) => {
      if (settled) return stop();
      fail(new NetworkLoadError(origin, `the loader failed (${event.message})`, true));
    };
    const base = new URL(baseUrl(), window.location.href);
    // An answer's bytes move to the worker rather than being copied.
    const transfer = source.kind === 'bytes' ? [source.bytes] : [];
    worker.postMessage(
      {
        ...source,
        crs,
        provincesUrl: new URL('basemap/provinces.json', base).href,
      } satisfies ParseRequest,
      transfer,
    );
  });
}

/** Whether datasets can be parsed in a Web Worker here (not in Node or jsdom). */
export function canParseInWorker(): boolean {
  return typeof Worker !== 'undefined' && typeof window !== 'undefined';
}

/** Marks when a dataset is on the main thread, for the benchmark (`bench/README.md`). */
function markDataReady(loaded: LoadedNetwork): LoadedNetwork {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark('atlas:data-ready');
  return loaded;
}

/**
 * Fetches a dataset over HTTP and validates it — in a Web Worker where there is one, so a
 * large file never freezes the page.
 */
export async function fetchNetwork(url: string, options: LoadOptions = {}): Promise<LoadedNetwork> {
  if (canParseInWorker())
    return markDataReady(
      await parseInWorker(
        { kind: 'url', url: new URL(url, window.location.href).href },
        url,
        options,
      ),
    );
  const response = await fetchDataset(url, { signal: options.signal });
  const [bytes, provinces] = await Promise.all([readBodyBytes(response, url), loadProvinceIndex()]);
  const loaded = parseNetworkText(decodeDataBytes(bytes, url), url, provinces);
  return markDataReady({
    ...loaded,
    network: convertNetwork(loaded.network, options.crs ?? 'WGS84'),
  });
}
