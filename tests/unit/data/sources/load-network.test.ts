import { fetchNetwork } from '../../../../src/data/sources/load-network';
import { NetworkLoadError } from '../../../../src/data/sources/load-errors';
import { parseNetworkText } from '../../../../src/data/sources/parse-text';
import { makeNetwork } from '../../fixtures/network';

describe('parseNetworkText', () => {
  it('returns the valid records and the problems of a partly bad file', () => {
    const doc = makeNetwork() as unknown as { outlets: Record<string, unknown>[] };
    doc.outlets[0]!.point = null;
    const loaded = parseNetworkText(JSON.stringify(doc), 'network.json');
    expect(loaded.network.outlets).toHaveLength(4);
    expect(loaded.issues.map((issue) => issue.path)).toEqual(['outlets[0].point']);
    expect(loaded.origin).toBe('network.json');
  });

  it('says where malformed JSON breaks', () => {
    expect(() => parseNetworkText('{\n  "meta": {,\n}', 'bad.json')).toThrow(
      /bad\.json: not valid JSON at line 2, column/,
    );
  });

  it('recognises an HTML page served in place of the data', () => {
    expect(() => parseNetworkText('<!doctype html><html></html>', '/data.json')).toThrow(
      /HTML page where a JSON dataset was expected/,
    );
  });

  it('rejects an empty body', () => {
    expect(() => parseNetworkText('  \n', 'empty.json')).toThrow(NetworkLoadError);
  });
});

describe('fetchNetwork', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names the URL and the HTTP status when the server refuses', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 503, statusText: 'Service Unavailable' })),
    );
    await expect(fetchNetwork('/api/v1/network')).rejects.toThrow(
      '/api/v1/network: the server answered HTTP 503 Service Unavailable',
    );
  });

  it('loads and validates a dataset', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(makeNetwork()))),
    );
    const loaded = await fetchNetwork('/sample.json');
    expect(loaded.network.outlets).toHaveLength(5);
    expect(loaded.issues).toEqual([]);
  });
});
