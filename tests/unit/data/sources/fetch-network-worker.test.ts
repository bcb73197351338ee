import { fetchApiNetwork } from '../../../../src/data/sources/api-source';
import { readNetworkFile } from '../../../../src/data/sources/file-source';
import { fetchNetwork } from '../../../../src/data/sources/load-network';
import { NetworkLoadError } from '../../../../src/data/sources/load-errors';
import { parseNetworkText } from '../../../../src/data/sources/parse-text';
import type { LoadProgress } from '../../../../src/data/sources/load-options';
import { networkIndex } from '../../../../src/data/derive/network-index';
import type * as NetworkIndexModule from '../../../../src/data/derive/network-index';
import { splitLoadedNetwork } from '../../../../src/data/sources/network-transfer';
import type { ParseMessage } from '../../../../src/data/sources/parse-messages';
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

/** The progress a load reported, last first. */
function progressLog() {
  const reports: (LoadProgress | null)[] = [];
  return { reports, onProgress: (progress: LoadProgress | null) => reports.unshift(progress) };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('fetchNetwork in a worker', () => {
  beforeEach(() => vi.stubGlobal('Worker', FakeWorker));

  it('puts the parts back together, in order, and marks the data ready', async () => {
    const mark = vi.spyOn(performance, 'mark');
    const progress = progressLog();
    const promise = fetchNetwork('/n.json', { onProgress: progress.onProgress });
    const worker = FakeWorker.last;
    worker.emit({ type: 'progress', progress: { phase: 'validate', loaded: 10, total: null } });
    expect(progress.reports[0]?.phase).toBe('validate');
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
    expect(progress.reports[0]).toBeNull();
    // Its work done, the worker stops.
    expect(worker.isTerminated).toBe(true);
  });

  it('asks the worker for the points in the basemap’s coordinate system', () => {
    void fetchNetwork('/n.json', { crs: 'GCJ02' }).catch(() => undefined);
    expect(FakeWorker.last.request).toMatchObject({ kind: 'url', crs: 'GCJ02' });
    void fetchNetwork('/n.json').catch(() => undefined);
    expect(FakeWorker.last.request).toMatchObject({ crs: 'WGS84' });
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
    const promise = fetchNetwork('/n.json', { signal: controller.signal });
    FakeWorker.last.emit(...splitLoadedNetwork(loaded(), 2));
    controller.abort(new Error('another dataset was chosen'));
    await expect(promise).rejects.toThrow('another dataset was chosen');
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
    const progress = progressLog();
    const promise = fetchNetwork('/n.json', {
      signal: controller.signal,
      onProgress: progress.onProgress,
    });
    const worker = FakeWorker.last;
    const messages = [...splitLoadedNetwork(loaded(), 2)];
    worker.emit(...messages.slice(0, 2));
    controller.abort(new DOMException('stop', 'AbortError'));
    await expect(promise).rejects.toThrow('stop');
    expect(worker.isTerminated).toBe(true);
    worker.emit(...messages.slice(2));
    expect(progress.reports[0]).toBeNull();
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

  it('hands the answer’s bytes to the worker and keeps the result for a 304', async () => {
    const body = JSON.stringify(makeNetwork());
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(new Response(body, { headers: { ETag: '"v1"' } }))
      .mockResolvedValueOnce(new Response(null, { status: 304 }));
    vi.stubGlobal('fetch', fetchMock);
    const first = fetchApiNetwork('http://api.test');
    await vi.waitFor(() => expect(FakeWorker.last?.request).toMatchObject({ kind: 'bytes' }));
    const worker = FakeWorker.last;
    const request = worker.request as { bytes: ArrayBuffer; origin: string };
    expect(request.origin).toBe('http://api.test/api/v1/network');
    expect(new TextDecoder().decode(request.bytes)).toBe(body);
    worker.emit(...splitLoadedNetwork(loaded(), 4));
    const result = await first;
    expect(result.network).toEqual(loaded().network);
    // Not modified: the very same object, with no second parse.
    expect(await fetchApiNetwork('http://api.test')).toBe(result);
    expect(FakeWorker.last).toBe(worker);
  });
});
