import { fetchApiNetwork } from '../../../../src/data/sources/api-source';
import { readNetworkFile } from '../../../../src/data/sources/file-source';
import { fetchNetwork } from '../../../../src/data/sources/load-network';
import { NetworkLoadError } from '../../../../src/data/sources/load-errors';
import { parseNetworkText } from '../../../../src/data/sources/parse-text';
import { loadProgress } from '../../../../src/data/sources/load-progress';
import { networkIndex } from '../../../../src/data/derive/network-index';
import type * as NetworkIndexModule from '../../../../src/data/derive/network-index';
import { splitLoadedNetwork } from '../../../../src/data/sources/network-transfer';
import type { ParseMessage } from '../../../../src/data/sources/parse-messages';
import { encodeOutletFeatures } from '../../../../src/data/derive/outlet-feature-codec';
import {
  buildOutletFeatures,
  encodedOutletFeatures,
} from '../../../../src/data/derive/outlet-features';
import { makeNetwork } from '../../fixtures/network';

vi.mock('../../../../src/data/sources/province-index', () => ({
  loadProvinceIndex: async () => undefined,
}));
vi.mock('../../../../src/data/derive/network-index', async (importOriginal) => {
  const actual = await importOriginal<typeof NetworkIndexModule>();
  return { ...actual, networkIndex: vi.fn(actual.networkIndex) };
});

class FakeWorker {
  static last: FakeWorker;
  onmessage: ((event: MessageEvent<ParseMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  request: unknown = null;
  isTerminated = false;

  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: unknown) {
    this.request = request;
  }
  terminate() {
    this.isTerminated = true;
  }
  emit(...messages: ParseMessage[]) {
    for (const data of messages) this.onmessage?.({ data } as MessageEvent<ParseMessage>);
  }
}

const loaded = () => parseNetworkText(JSON.stringify(makeNetwork()), 'http://localhost/n.json');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  loadProgress.set(null);
});

describe('fetchNetwork in a worker', () => {
  beforeEach(() => vi.stubGlobal('Worker', FakeWorker));

  it('puts the parts back together, in order, and marks the data ready', async () => {
    const mark = vi.spyOn(performance, 'mark');
    const promise = fetchNetwork('/n.json');
    const worker = FakeWorker.last;
    worker.emit({ type: 'progress', progress: { phase: 'validate', loaded: 10, total: null } });
    expect(loadProgress.get()?.phase).toBe('validate');
    const messages = [...splitLoadedNetwork(loaded(), 2)];
    worker.emit(...messages.slice(0, -1));
    expect(mark).not.toHaveBeenCalledWith('atlas:data-ready');
    worker.emit(messages.at(-1)!);
    const result = await promise;
    expect(result).toEqual(loaded());
    expect(result.network.outlets.map((outlet) => outlet.id)).toEqual(
      makeNetwork().outlets.map((outlet) => outlet.id),
    );
    expect(mark).toHaveBeenCalledWith('atlas:data-ready');
    expect(loadProgress.get()).toBeNull();
    // The worker goes on to make the map's outlet features, then stops.
    expect(worker.isTerminated).toBe(false);
    const features = encodeOutletFeatures(buildOutletFeatures(result.network));
    worker.emit({ type: 'outlet-features', features });
    expect(await encodedOutletFeatures(result.network)).toBe(features);
    expect(worker.isTerminated).toBe(true);
  });

  it('builds the index of the dataset in a task of its own, then hands the dataset on', async () => {
    // At 100k outlets the index and the panels' first render were one task of about 200 ms.
    const promise = fetchNetwork('/n.json');
    let handedOn = false;
    void promise.then(() => (handedOn = true));
    const messages = [...splitLoadedNetwork(loaded(), 2)];
    vi.mocked(networkIndex).mockClear();
    FakeWorker.last.emit(...messages);
    await Promise.resolve();
    await Promise.resolve();
    expect(handedOn).toBe(false);
    expect(networkIndex).not.toHaveBeenCalled();
    const { network } = await promise;
    expect(networkIndex).toHaveBeenCalledWith(network);
  });

  it('does not hand on a dataset whose load was aborted while its index was built', async () => {
    const controller = new AbortController();
    const promise = fetchNetwork('/n.json', controller.signal);
    FakeWorker.last.emit(...splitLoadedNetwork(loaded(), 2));
    controller.abort(new Error('another dataset was chosen'));
    await expect(promise).rejects.toThrow('another dataset was chosen');
  });

  it('keeps no outlet features when the worker could not make them, or failed', async () => {
    const first = fetchNetwork('/n.json');
    FakeWorker.last.emit(...splitLoadedNetwork(loaded(), 2));
    const { network } = await first;
    FakeWorker.last.emit({ type: 'outlet-features', error: 'RangeError: out of memory' });
    expect(await encodedOutletFeatures(network)).toBeNull();
    expect(FakeWorker.last.isTerminated).toBe(true);

    const second = fetchNetwork('/n.json');
    const worker = FakeWorker.last;
    worker.emit(...splitLoadedNetwork(loaded(), 2));
    const result = await second;
    worker.onerror?.({ message: 'boom' } as ErrorEvent);
    expect(await encodedOutletFeatures(result.network)).toBeNull();
    expect(worker.isTerminated).toBe(true);
  });

  it('stops the worker when aborted after the result, keeping no outlet features', async () => {
    const controller = new AbortController();
    const promise = fetchNetwork('/n.json', controller.signal);
    const worker = FakeWorker.last;
    worker.emit(...splitLoadedNetwork(loaded(), 2));
    const { network } = await promise;
    controller.abort(new DOMException('stop', 'AbortError'));
    expect(worker.isTerminated).toBe(true);
    expect(await encodedOutletFeatures(network)).toBeNull();
  });

  it('says so when a part of the result is missing', async () => {
    const promise = fetchNetwork('/n.json');
    const messages = [...splitLoadedNetwork(loaded(), 2)];
    messages.splice(2, 1);
    FakeWorker.last.emit(...messages);
    await expect(promise).rejects.toThrow(
      "/n.json: the loader's result is incomplete: result-part 2 arrived where part 1 was expected",
    );
    expect(FakeWorker.last.isTerminated).toBe(true);
  });

  it('passes on the error the worker reports', async () => {
    const promise = fetchNetwork('/n.json');
    FakeWorker.last.emit({
      type: 'error',
      origin: 'http://localhost/n.json',
      message: 'the server answered HTTP 503',
      retryable: true,
    });
    const error = await promise.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkLoadError);
    expect(error).toMatchObject({
      message: 'http://localhost/n.json: the server answered HTTP 503',
      retryable: true,
    });
  });

  it('stops the worker and rejects when aborted mid-transfer', async () => {
    const controller = new AbortController();
    const promise = fetchNetwork('/n.json', controller.signal);
    const worker = FakeWorker.last;
    const messages = [...splitLoadedNetwork(loaded(), 2)];
    worker.emit(...messages.slice(0, 2));
    controller.abort(new DOMException('stop', 'AbortError'));
    await expect(promise).rejects.toThrow('stop');
    expect(worker.isTerminated).toBe(true);
    worker.emit(...messages.slice(2));
    expect(loadProgress.get()).toBeNull();
  });
});

describe('fetchNetwork without a worker', () => {
  it('marks the data ready', async () => {
    const mark = vi.spyOn(performance, 'mark');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(makeNetwork()))),
    );
    const result = await fetchNetwork('/sample.json');
    expect(result.network.outlets).toHaveLength(5);
    expect(mark).toHaveBeenCalledWith('atlas:data-ready');
  });
});

describe('an opened file in a worker', () => {
  beforeEach(() => vi.stubGlobal('Worker', FakeWorker));

  it('hands the file and the cities on screen to the worker, and takes the parts back', async () => {
    const file = new File([JSON.stringify(makeNetwork())], 'network.json', {
      type: 'application/json',
    });
    const cities = makeNetwork().cities;
    const promise = readNetworkFile(file, cities);
    const worker = FakeWorker.last;
    expect(worker.request).toMatchObject({ kind: 'file', file, cities });
    worker.emit(...splitLoadedNetwork(loaded(), 3));
    expect((await promise).network).toEqual(loaded().network);
  });

  it('names the file in what went wrong, and does not offer a retry', async () => {
    const file = new File(['<html></html>'], 'page.html', { type: 'text/html' });
    const promise = readNetworkFile(file, []);
    FakeWorker.last.emit({
      type: 'error',
      origin: 'page.html',
      message: 'got an HTML page where a JSON dataset was expected',
      retryable: false,
    });
    await expect(promise).rejects.toThrow(
      'page.html: got an HTML page where a JSON dataset was expected',
    );
    await expect(promise).rejects.toMatchObject({ retryable: false });
  });
});

describe('an API response in a worker', () => {
  beforeEach(() => vi.stubGlobal('Worker', FakeWorker));

  it('hands the text to the worker and keeps the result for a 304', async () => {
    const body = JSON.stringify(makeNetwork());
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(new Response(body, { headers: { ETag: '"v1"' } }))
      .mockResolvedValueOnce(new Response(null, { status: 304 }));
    vi.stubGlobal('fetch', fetchMock);
    const first = fetchApiNetwork('http://api.test');
    await vi.waitFor(() => expect(FakeWorker.last?.request).toMatchObject({ kind: 'text' }));
    const worker = FakeWorker.last;
    expect(worker.request).toMatchObject({
      kind: 'text',
      text: body,
      origin: 'http://api.test/api/v1/network',
    });
    worker.emit(...splitLoadedNetwork(loaded(), 4));
    const result = await first;
    expect(result.network).toEqual(loaded().network);
    // Not modified: the very same object, with no second parse.
    expect(await fetchApiNetwork('http://api.test')).toBe(result);
    expect(FakeWorker.last).toBe(worker);
  });
});
