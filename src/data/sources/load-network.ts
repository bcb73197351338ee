import { baseUrl } from '../../config/base-url';
import { networkIndex } from '../derive/network-index';
import type { EncodedOutletFeatures } from '../derive/outlet-feature-codec';
import { keepEncodedOutletFeatures } from '../derive/outlet-features';
import { fetchDataset } from './fetch-dataset';
import { NetworkLoadError, type LoadedNetwork } from './load-errors';
import { loadProgress } from './load-progress';
import { NetworkAssembler } from './network-transfer';
import type { ParseMessage, ParseRequest, ParseSource } from './parse-messages';
import { parseNetworkText } from './parse-text';
import { loadProvinceIndex } from './province-index';

/**
 * Parses and validates a dataset in the parse worker: a URL it fetches, or a file it reads.
 * `origin` names it in messages. The result comes as soon as it is whole; the worker then makes
 * the map's outlet features, which stay with the dataset (`encodedOutletFeatures`), and stops.
 */
export function parseInWorker(
  source: ParseSource,
  origin: string,
  signal?: AbortSignal,
): Promise<LoadedNetwork> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
    const assembler = new NetworkAssembler();
    let settled = false;
    let onFeatures: (features: EncodedOutletFeatures | null) => void = () => undefined;
    const stop = () => {
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      onFeatures(null);
    };
    const onAbort = () => (settled ? stop() : fail(signal?.reason));
    const fail = (reason: unknown) => {
      settled = true;
      stop();
      loadProgress.set(null);
      reject(reason);
    };
    signal?.addEventListener('abort', onAbort);
    // Each part of the result is its own message, so its own short task on this thread; the
    // progress stays at 'validate' for the few hundred ms the parts take.
    worker.onmessage = ({ data }: MessageEvent<ParseMessage>) => {
      // The features follow the whole result; one that came before it is out of order: ignored.
      if (data.type === 'outlet-features') {
        if (!settled) return;
        onFeatures('features' in data ? data.features : null);
        return stop();
      }
      if (settled) return;
      if (data.type === 'progress') return loadProgress.set(data.progress);
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
      if (loaded) {
        settled = true;
        loadProgress.set(null);
        const features = new Promise<EncodedOutletFeatures | null>((done) => {
          onFeatures = (value) => {
            onFeatures = () => undefined;
            done(value);
          };
        });
        keepEncodedOutletFeatures(loaded.network, features);
        // The index every panel derives from (`networkIndex`), built in a task of its own: at
        // 100k outlets it and the panels' first render were one task of about 200 ms.
        const { network } = loaded;
        setTimeout(() => {
          if (signal?.aborted) return reject(signal.reason);
          networkIndex(network);
          resolve(loaded);
        }, 0);
      }
    };
    worker.onerror = (event) => {
      if (settled) return stop();
      fail(new NetworkLoadError(origin, `the loader failed (${event.message})`, true));
    };
    const base = new URL(baseUrl(), window.location.href);
    worker.postMessage({
      ...source,
      provincesUrl: new URL('basemap/provinces.json', base).href,
    } satisfies ParseRequest);
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
 * large file never freezes the page; the progress shows in `loadProgress`.
 */
export async function fetchNetwork(url: string, signal?: AbortSignal): Promise<LoadedNetwork> {
  if (canParseInWorker())
    return markDataReady(
      await parseInWorker(
        { kind: 'url', url: new URL(url, window.location.href).href },
        url,
        signal,
      ),
    );
  const response = await fetchDataset(url, { signal });
  const [text, provinces] = await Promise.all([response.text(), loadProvinceIndex()]);
  return markDataReady(parseNetworkText(text, url, provinces));
}
