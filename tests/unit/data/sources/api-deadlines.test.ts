import { QueryClient, QueryObserver } from '@tanstack/react-query';
import {
  apiHealth,
  expectRecovery,
  HEALTHY,
  nextHealth,
  recordApiAttempt,
  STEADY_ANSWERS,
} from '../../../../src/data/sources/api-health';
import {
  apiNetworkQueryOptions,
  fetchApiNetwork,
  isRetryable,
} from '../../../../src/data/sources/api-source';
import { NetworkLoadError } from '../../../../src/data/sources/load-errors';
import { readBodyBytes } from '../../../../src/data/sources/read-body';
import { makeNetwork } from '../../fixtures/network';

vi.mock('../../../../src/data/sources/province-index', () => ({
  loadProvinceIndex: async () => undefined,
}));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** A fetch that connects and then never answers, until its signal aborts. */
function hangingFetch() {
  return vi.fn(
    (_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      }),
  );
}

/** A body that sends its first bytes and then nothing, until the request is aborted. */
function tricklingFetch() {
  return vi.fn(async (_url: string, init: RequestInit) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"meta":'));
        init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
      },
    });
    return new Response(body);
  });
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as NetworkLoadError,
  );

describe('an API request with a deadline', () => {
  it('fails, worth retrying, when the server never answers', async () => {
    vi.stubGlobal('fetch', hangingFetch());
    const error = await failure(fetchApiNetwork('http://api.test/hang', { timeoutMs: 30 }));
    expect(error).toBeInstanceOf(NetworkLoadError);
    expect(error.message).toBe(
      'http://api.test/hang/api/v1/network: no complete answer within 30 ms',
    );
    expect(error.retryable).toBe(true);
  });

  it('fails when the body trickles past the deadline', async () => {
    vi.stubGlobal('fetch', tricklingFetch());
    const error = await failure(fetchApiNetwork('http://api.test/trickle', { timeoutMs: 30 }));
    expect(error.message).toMatch(/no complete answer within/);
    expect(apiHealth('http://api.test/trickle/api/v1/network')).toMatchObject({
      failing: true,
      reason: error.message,
    });
  });

  it('stays an abort when the query itself is cancelled, and is not counted', async () => {
    vi.stubGlobal('fetch', hangingFetch());
    const controller = new AbortController();
    const pending = fetchApiNetwork('http://api.test/cancel', {
      signal: controller.signal,
      timeoutMs: 60_000,
    });
    controller.abort();
    const error = await failure(pending);
    expect(error).not.toBeInstanceOf(NetworkLoadError);
    expect(apiHealth('http://api.test/cancel/api/v1/network')).toBe(HEALTHY);
  });

  it('refuses an answer larger than the dataset limit while it streams', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const error = await failure(readBodyBytes(new Response(body), 'api', { limit: 10 * 1024 }));
    expect(error.message).toBe(
      'api: the answer is larger than 10.0 KB, the limit for a dataset (the download was stopped there)',
    );
    expect(pulled).toBeLessThan(20);
  });

  it('refuses an answer whose Content-Length is over the limit before reading it', async () => {
    const response = new Response('x'.repeat(100), { headers: { 'Content-Length': '100' } });
    const error = await failure(readBodyBytes(response, 'api', { limit: 50 }));
    expect(error.message).toMatch(/the file is 100 bytes, over the 50 bytes limit/);
  });
});

describe('an API answer that would take every outlet away', () => {
  it('is refused and the last good data stays, until a good answer comes', async () => {
    const empty = { ...makeNetwork(), outlets: [{ id: 'broken' }] };
    const good = makeNetwork();
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValueOnce(new Response(JSON.stringify(good), { headers: { ETag: '"a"' } }))
        .mockResolvedValueOnce(new Response(JSON.stringify(empty), { headers: { ETag: '"b"' } }))
        .mockResolvedValueOnce(new Response(JSON.stringify(good), { headers: { ETag: '"c"' } })),
    );
    const url = 'http://api.test/empty';
    expect((await fetchApiNetwork(url)).network.outlets).toHaveLength(5);
    const error = await failure(fetchApiNetwork(url));
    expect(error.message).toMatch(
      /: the answer has no valid outlet \(\d+ problems\) where the last one had 5; it was not shown$/,
    );
    expect(error.retryable).toBe(false);
    expect((await fetchApiNetwork(url)).network.outlets).toHaveLength(5);
  });

  it('is refused whole when it is not a dataset', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(new Response('{"status":"ok","data":{"items":[1]}}')),
    );
    const error = await failure(fetchApiNetwork('http://api.test/shape'));
    expect(error.message).toMatch(/a JSON object with "status", "data", not a dataset/);
    expect(isRetryable(0, error)).toBe(false);
  });
});

describe('the live API health', () => {
  const ok = { ok: true } as const;
  const bad = { ok: false, reason: 'HTTP 502' } as const;

  it('fails at the first failure and recovers after steady good answers', () => {
    let health = nextHealth(HEALTHY, bad, 1);
    expect(health).toMatchObject({ failing: true, reason: 'HTTP 502', since: 1 });
    for (let i = 1; i < STEADY_ANSWERS; i += 1) {
      health = nextHealth(health, ok, 2);
      expect(health.failing).toBe(true);
    }
    expect(nextHealth(health, ok, 3)).toMatchObject({ failing: false, reason: null });
  });

  it('recovers at the first good answer to a retry the user asked for', () => {
    const endpoint = 'http://api.test/retry/api/v1/network';
    recordApiAttempt(endpoint, bad);
    expectRecovery(endpoint);
    expect(apiHealth(endpoint).failing).toBe(true);
    recordApiAttempt(endpoint, ok);
    expect(apiHealth(endpoint).failing).toBe(false);
    expectRecovery(endpoint);
    expect(apiHealth(endpoint)).toMatchObject({ failing: false, reason: null });
  });

  it('holds one steady state while the API flaps', () => {
    let health = HEALTHY;
    const seen = new Set<boolean>();
    for (let i = 0; i < 20; i += 1) {
      health = nextHealth(health, i % 2 === 0 ? bad : ok, i);
      seen.add(health.failing);
    }
    expect([...seen]).toEqual([true]);
    expect(health.since).toBe(0);
  });
});

describe('polling the live API', () => {
  it('goes on polling after requests fail, and never runs two at once', async () => {
    vi.useFakeTimers();
    let inFlight = 0;
    let most = 0;
    let calls = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        calls += 1;
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        inFlight -= 1;
        return new Response('', { status: 503 });
      }),
    );
    const client = new QueryClient();
    const observer = new QueryObserver(client, {
      ...apiNetworkQueryOptions('http://api.test/poll', 1, { timeoutMs: 60_000 }),
      retry: false,
    });
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(observer.getCurrentResult().isError).toBe(true);
    const afterFirstError = calls;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toBeGreaterThan(afterFirstError + 2);
    expect(most).toBe(1);
    unsubscribe();
    client.clear();
  });
});
