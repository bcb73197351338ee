import { encodeOutletFeatures } from '../../../../src/data/derive/outlet-feature-codec';
import { buildOutletFeatures } from '../../../../src/data/derive/outlet-features';
import {
  installOutletProtocol,
  outletsUrl,
  parseOutletsUrl,
  type MaplibreWorkerScope,
} from '../../../../src/features/map/outlet-protocol';
import { makeNetwork } from '../../fixtures/network';
import { installedMaplibre } from '../../support/maplibre-source';

type Load = (request: { url: string }, abort: AbortController) => Promise<{ data: unknown }>;
type Handler = (mapId: unknown, params: unknown, abort: AbortController) => unknown;

/** A worker scope as MapLibre's worker module leaves it, with the page answering requests. */
function fakeScope(answer: (url: string) => unknown) {
  const protocols = new Map<string, Load>();
  const requests: { url: string; type: string }[] = [];
  const loadData = vi.fn<Handler>(async (_mapId, params) => ({
    data: (params as { data?: unknown }).data,
    resourceTiming: { t: 1 },
  }));
  const handlers: Record<string, Handler | undefined> = { LD: loadData };
  const scope: MaplibreWorkerScope = {
    addProtocol: (scheme, load) => protocols.set(scheme, load),
    makeRequest: async (request) => {
      requests.push(request);
      return { data: answer(request.url) };
    },
    worker: { actor: { messageHandlers: handlers } },
  };
  return { scope, protocols, requests, handlers, loadData };
}

describe('the outlet URLs', () => {
  it('name a dataset and a kind, under either scheme', () => {
    const url = outletsUrl('dataset-3', 'fusion-store');
    expect(url).toBe('atlas-outlets://dataset-3/fusion-store');
    expect(parseOutletsUrl(url)).toEqual({ dataset: 'dataset-3', kind: 'fusion-store' });
    expect(parseOutletsUrl('atlas-outlet-bytes://dataset-3/fusion-store')).toEqual({
      dataset: 'dataset-3',
      kind: 'fusion-store',
    });
    expect(parseOutletsUrl('https://dataset-3/fusion-store')).toBeNull();
    expect(parseOutletsUrl('atlas-outlets://dataset-3')).toBeNull();
  });
});

describe('installOutletProtocol', () => {
  const network = makeNetwork();
  const encoded = encodeOutletFeatures(buildOutletFeatures(network));

  it('answers an outlet URL in the worker with the features, from the bytes the page sends', async () => {
    const { scope, protocols, requests } = fakeScope(() => encoded['partner-store'].slice(0));
    expect(installOutletProtocol(scope)).toBe(true);
    const load = protocols.get('atlas-outlets');
    const response = await load?.(
      { url: 'atlas-outlets://dataset-1/partner-store' },
      new AbortController(),
    );
    expect(requests).toEqual([
      { url: 'atlas-outlet-bytes://dataset-1/partner-store', type: 'arrayBuffer' },
    ]);
    expect(response?.data).toEqual(buildOutletFeatures(network)['partner-store']);
  });

  it('fails the load, naming the URL, when the page sends no bytes', async () => {
    const { scope, protocols } = fakeScope(() => ({}));
    installOutletProtocol(scope);
    await expect(
      protocols.get('atlas-outlets')?.(
        { url: 'atlas-outlets://dataset-1/partner-store' },
        new AbortController(),
      ),
    ).rejects.toThrow('atlas-outlets://dataset-1/partner-store: the page sent no outlet data');
  });

  it('keeps the outlets in the worker: their sources answer the page without the data', async () => {
    const { scope, handlers, loadData } = fakeScope(() => null);
    installOutletProtocol(scope);
    const features = buildOutletFeatures(network)['partner-store'];
    const outlets = { request: { url: 'atlas-outlets://dataset-1/partner-store' }, data: features };
    const abort = new AbortController();
    expect(await handlers.LD?.('map-1', outlets, abort)).toEqual({ resourceTiming: { t: 1 } });
    expect(loadData).toHaveBeenCalledWith('map-1', outlets, abort);
    // Any other GeoJSON from a URL goes back to the page as MapLibre sends it.
    const other = { request: { url: 'https://example.test/a.json' }, data: features };
    expect(await handlers.LD?.('map-1', other, abort)).toEqual({
      data: features,
      resourceTiming: { t: 1 },
    });
    expect(await handlers.LD?.('map-1', { data: features }, abort)).toEqual({
      data: features,
      resourceTiming: { t: 1 },
    });
  });

  it('installs nothing in a scope without MapLibre’s worker module', () => {
    expect(installOutletProtocol({})).toBe(false);
    const addProtocol = vi.fn();
    expect(installOutletProtocol({ addProtocol })).toBe(false);
    expect(addProtocol).not.toHaveBeenCalled();
  });

  it('still answers the URLs when the load handler is not where it was', () => {
    const { scope, protocols } = fakeScope(() => null);
    delete scope.worker;
    expect(installOutletProtocol(scope)).toBe(true);
    expect(protocols.has('atlas-outlets')).toBe(true);
  });

  it('matches the MapLibre it ships with: the protocols, the requests and the load handler', () => {
    const { version, source: read } = installedMaplibre();
    // An upgrade of MapLibre must look at this again: the map e2e test checks the sources.
    expect(version).toBe('6.17.0');
    const worker = read('source/worker.ts');
    expect(worker).toContain('this.self.addProtocol = addProtocol;');
    expect(worker).toContain('this.self.makeRequest = makeRequest;');
    expect(worker).toContain('this.actor.registerMessageHandler(MessageType.loadData,');
    expect(read('util/actor_messages.ts')).toContain("loadData = 'LD',");
    expect(read('util/actor.ts')).toContain(
      '(this.messageHandlers as Record<T, MessageHandler<T>>)[type] = handler;',
    );
    // A scheme the worker does not know goes to the page, whose protocols answer it.
    expect(read('util/ajax.ts')).toContain(
      'return self.worker.actor.sendAsync({type: MessageType.getResource, data: requestParameters, targetMapId: GLOBAL_DISPATCHER_ID}, abortController);',
    );
    // The data a URL gave is what goes back, and what the page's source keeps and serializes.
    expect(read('source/geojson_worker_source.ts')).toContain(
      'if (params.request) result.data = params.data;',
    );
    const source = read('source/geojson_source.ts');
    expect(source).toMatch(
      /if \(result\.data && !replaced\) \{\s+this\._data = \{geojson: result\.data\};/,
    );
    expect(source).toContain('this._data.url || this._data.geojson');
  });
});
