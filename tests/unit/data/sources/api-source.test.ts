import { fetchApiNetwork, networkEndpoint } from '../../../../src/data/sources/api-source';
import { NetworkLoadError } from '../../../../src/data/sources/load-errors';
import { makeNetwork } from '../../fixtures/network';

vi.mock('../../../../src/data/sources/province-index', () => ({
  loadProvinceIndex: async () => undefined,
}));

afterEach(() => vi.unstubAllGlobals());

describe('networkEndpoint', () => {
  it('appends the network path to an API base URL', () => {
    expect(networkEndpoint('http://127.0.0.1:8787/')).toBe('http://127.0.0.1:8787/api/v1/network');
    expect(networkEndpoint('/api/v1/network')).toBe('/api/v1/network');
  });
});

describe('fetchApiNetwork', () => {
  it('revalidates with the ETag and returns the very same data on 304', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(
        new Response(JSON.stringify(makeNetwork()), { headers: { ETag: '"v1"' } }),
      )
      .mockResolvedValueOnce(new Response(null, { status: 304 }));
    vi.stubGlobal('fetch', fetchMock);
    const first = await fetchApiNetwork('http://api.test/etag');
    const second = await fetchApiNetwork('http://api.test/etag');
    expect(second).toBe(first);
    expect(fetchMock.mock.calls[1]![1].headers['If-None-Match']).toBe('"v1"');
  });

  it('takes new data when the ETag changed', async () => {
    const changed = makeNetwork();
    changed.outlets.pop();
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValueOnce(
          new Response(JSON.stringify(makeNetwork()), { headers: { ETag: '"a"' } }),
        )
        .mockResolvedValueOnce(new Response(JSON.stringify(changed), { headers: { ETag: '"b"' } })),
    );
    expect((await fetchApiNetwork('http://api.test/change')).network.outlets).toHaveLength(5);
    expect((await fetchApiNetwork('http://api.test/change')).network.outlets).toHaveLength(4);
  });

  it('marks a server failure as worth retrying and a bad body as not', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('', { status: 502 })));
    const failure = await fetchApiNetwork('http://api.test/down').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NetworkLoadError);
    expect((failure as NetworkLoadError).retryable).toBe(true);
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('<html></html>')));
    const bad = await fetchApiNetwork('http://api.test/html').catch((error: unknown) => error);
    expect((bad as NetworkLoadError).retryable).toBe(false);
  });
});
