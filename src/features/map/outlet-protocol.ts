import { decodeOutletFeatures } from '../../data/derive/outlet-feature-codec';
import type { OutletKind } from '../../data/domain/schema';

/**
 * The outlet sources' data URLs, `atlas-outlets://<dataset>/<kind>`: MapLibre's worker answers
 * them itself (`installOutletProtocol`), from bytes it asks the page for under
 * `atlas-outlet-bytes://` (`outlet-source.ts`). The features are built in the parse worker and,
 * with this protocol installed, never exist as objects on the page.
 */
export const OUTLETS_SCHEME = 'atlas-outlets';
export const OUTLET_BYTES_SCHEME = 'atlas-outlet-bytes';

export const outletsUrl = (dataset: string, kind: OutletKind) =>
  `${OUTLETS_SCHEME}://${dataset}/${kind}`;

/** The dataset and kind a URL of either scheme names, or null. */
export function parseOutletsUrl(url: string): { dataset: string; kind: string } | null {
  const match = /^atlas-outlet(?:s|-bytes):\/\/([^/]+)\/([^/?#]+)$/.exec(url);
  return match?.[1] && match[2] ? { dataset: match[1], kind: match[2] } : null;
}

interface ProtocolRequest {
  url: string;
}
type ProtocolLoad = (
  request: ProtocolRequest,
  abort: AbortController,
) => Promise<{ data: unknown }>;

type MessageHandler = (mapId: unknown, params: unknown, abort: AbortController) => unknown;

/**
 * What MapLibre 6's worker module puts on its global scope that this uses: `addProtocol` and
 * `makeRequest` (for scripts imported into the worker), and `worker.actor.messageHandlers`
 * (maplibre-gl 6.17, `src/util/actor.ts`: not public API, checked before use).
 */
export interface MaplibreWorkerScope {
  addProtocol?: (scheme: string, load: ProtocolLoad) => void;
  makeRequest?: (
    request: ProtocolRequest & { type: 'arrayBuffer' },
    abort: AbortController,
  ) => Promise<{ data: unknown }>;
  worker?: { actor?: { messageHandlers?: Record<string, MessageHandler | undefined> } };
}

const LOAD_DATA = 'LD';

const isOutletsRequest = (params: unknown) =>
  (params as { request?: { url?: unknown } } | null)?.request?.url
    ?.toString()
    .startsWith(`${OUTLETS_SCHEME}://`) === true;

/**
 * A GeoJSON source loaded from a URL sends its whole data back to the page when its worker has
 * indexed it (`GeoJSONWorkerSource.loadData`), for the page's `getData`: 100,000 features for
 * the page to take in, in one task. The app never reads the outlets back, so their sources
 * answer without the data. Returns false when the handler is not where MapLibre 6.17 has it.
 */
function keepOutletDataInWorker(scope: MaplibreWorkerScope): boolean {
  const handlers = scope.worker?.actor?.messageHandlers;
  const loadData = handlers?.[LOAD_DATA];
  if (!handlers || typeof loadData !== 'function') return false;
  handlers[LOAD_DATA] = async (mapId, params, abort) => {
    const result: unknown = await loadData(mapId, params, abort);
    if (isOutletsRequest(params) && result && typeof result === 'object' && 'data' in result)
      delete result.data;
    return result;
  };
  return true;
}

/**
 * Teaches MapLibre's worker the outlet URLs: it asks the page for the bytes (one transferred
 * buffer, no copy of a feature on the page) and decodes them here. Without the worker module's
 * `addProtocol` and `makeRequest` nothing is installed, and the page answers the URLs with
 * whole features instead.
 */
export function installOutletProtocol(scope: MaplibreWorkerScope): boolean {
  const { addProtocol } = scope;
  if (typeof addProtocol !== 'function' || typeof scope.makeRequest !== 'function') return false;
  addProtocol(OUTLETS_SCHEME, async (request, abort) => {
    const url = request.url.replace(OUTLETS_SCHEME, OUTLET_BYTES_SCHEME);
    const response = await scope.makeRequest?.({ url, type: 'arrayBuffer' }, abort);
    if (!(response?.data instanceof ArrayBuffer))
      throw new Error(`${request.url}: the page sent no outlet data`);
    return { data: decodeOutletFeatures(response.data) };
  });
  keepOutletDataInWorker(scope);
  return true;
}
