// @vitest-environment node
import { serve } from '@hono/node-server';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type ApiApp } from '../../../server/app';
import type { Health } from '../../../server/openapi';
import { loadProvinces } from '../../../server/read-dataset';
import type { Network } from '../../../src/data/domain/schema';
import { makeNetwork, makeTarget } from '../fixtures/network';

const APP_ORIGIN = 'http://127.0.0.1:5173';
const provinces = loadProvinces();

let dir: string;
let dataFile: string;
let api: ApiApp;
let server: ReturnType<typeof serve>;
let base: string;
let logs: string[];

async function start(content: string, options: { maxBytes?: number } = {}) {
  writeFileSync(dataFile, content);
  api = createApp({
    dataFile,
    allowedOrigins: [APP_ORIGIN],
    provinces,
    pollIntervalMs: 40,
    log: (line) => logs.push(line),
    ...options,
  });
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: api.app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve(info.port),
    );
  });
  base = `http://127.0.0.1:${port}`;
}

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { headers: { 'Accept-Encoding': 'identity', ...headers } });

const health = async () => (await (await get('/api/v1/health')).json()) as Health;

async function waitFor<T>(read: () => Promise<T>, until: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await read();
    if (until(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-api-'));
  dataFile = join(dir, 'network.json');
  logs = [];
});

afterEach(async () => {
  api.close();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('the reference API server', { timeout: 15_000 }, () => {
  it('serves the dataset with a strong ETag, no-cache and the security headers', async () => {
    await start(JSON.stringify(makeNetwork()));
    const response = await get('/api/v1/network');
    expect(response.status).toBe(200);
    expect(response.headers.get('ETag')).toMatch(/^"[\w-]{43}"$/);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    expect(response.headers.get('Content-Security-Policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(((await response.json()) as Network).outlets).toHaveLength(5);
  });

  it('answers 304 with no body when If-None-Match names the current version', async () => {
    await start(JSON.stringify(makeNetwork()));
    const etag = (await get('/api/v1/network')).headers.get('ETag')!;
    const again = await get('/api/v1/network', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(etag);
    expect(await again.text()).toBe('');
    const stale = await get('/api/v1/network', { 'If-None-Match': '"something-else"' });
    expect(stale.status).toBe(200);
  });

  it('sends gzip when the client accepts it, under its own ETag that still revalidates', async () => {
    await start(JSON.stringify(makeNetwork()));
    const plain = await get('/api/v1/network');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    const zipped = await get('/api/v1/network', { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    expect(zipped.headers.get('Vary')).toMatch(/Accept-Encoding/);
    expect(Number(zipped.headers.get('Content-Length'))).toBeLessThan(
      Number(plain.headers.get('Content-Length')),
    );
    expect(await zipped.json()).toEqual(await plain.json());
    const etag = zipped.headers.get('ETag')!;
    expect(etag).toMatch(/-gzip"$/);
    const revalidated = await get('/api/v1/network', {
      'Accept-Encoding': 'gzip',
      'If-None-Match': etag,
    });
    expect(revalidated.status).toBe(304);
  });

  it('allows the configured origin and no other', async () => {
    await start(JSON.stringify(makeNetwork()));
    const allowed = await get('/api/v1/network', { Origin: APP_ORIGIN });
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe(APP_ORIGIN);
    expect(allowed.headers.get('Access-Control-Expose-Headers')).toMatch(/ETag/);
    const other = await get('/api/v1/network', { Origin: 'https://evil.example' });
    expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const preflight = await fetch(`${base}/api/v1/network`, {
      method: 'OPTIONS',
      headers: {
        Origin: APP_ORIGIN,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toMatch(/If-None-Match/i);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('refuses %s with 405 and Allow', async (method) => {
    await start(JSON.stringify(makeNetwork()));
    const response = await fetch(`${base}/api/v1/network`, { method, body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('answers HEAD with the headers only', async () => {
    await start(JSON.stringify(makeNetwork()));
    const response = await fetch(`${base}/api/v1/network`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('ETag')).toMatch(/^"/);
    expect(await response.text()).toBe('');
  });

  it('serves the valid targets with the dataset and counts them in health', async () => {
    const network = {
      ...makeNetwork(),
      targets: [
        makeTarget(),
        { ...makeTarget({ id: 'hk-signed', cityId: 'haikou', stage: undefined }) },
        makeTarget({ id: 'nowhere', cityId: 'atlantis' }),
      ],
    };
    await start(JSON.stringify(network));
    const served = (await (await get('/api/v1/network')).json()) as Network;
    expect(served.targets?.map((target) => [target.id, target.stage])).toEqual([
      ['suzhou-ps-open-q1', 'open'],
      ['hk-signed', 'open'],
    ]);
    const state = await health();
    expect(state).toMatchObject({ targets: 2, issues: 1 });
    expect(state.issueList[0]).toMatchObject({ path: 'targets[2].cityId' });
    expect(logs.some((line) => /3 cities, 2 targets, 1 issue/.test(line))).toBe(true);
  });

  it('serves a dataset without targets without a plan', async () => {
    await start(JSON.stringify(makeNetwork()));
    const served = (await (await get('/api/v1/network')).json()) as Network;
    expect(served).not.toHaveProperty('targets');
    expect((await health()).targets).toBe(0);
  });

  it('serves only the valid records and lists the problems in health', async () => {
    const network = makeNetwork();
    network.outlets[0]!.point = { lon: 121.47, lat: 31.23 };
    await start(JSON.stringify(network));
    const served = (await (await get('/api/v1/network')).json()) as Network;
    expect(served.outlets.map((outlet) => outlet.id)).not.toContain('ps-suzhou-1');
    const state = await health();
    expect(state).toMatchObject({
      status: 'ok',
      outlets: 4,
      cities: 3,
      issues: 1,
      lastError: null,
    });
    expect(state.issueList[0]).toMatchObject({ path: 'outlets[0].point', severity: 'error' });
  });

  it('keeps serving the last good version after a malformed edit, and says why', async () => {
    await start(JSON.stringify(makeNetwork()));
    const before = await get('/api/v1/network');
    const etag = before.headers.get('ETag');
    writeFileSync(dataFile, '{ "meta": { "title": ');
    const state = await waitFor(health, (value) => value.lastError !== null);
    expect(state.lastError).toMatch(/not valid JSON at line 1/);
    expect(state.etag).toBe(etag);
    const after = await get('/api/v1/network');
    expect(after.status).toBe(200);
    expect(after.headers.get('ETag')).toBe(etag);
    expect(logs.some((line) => line.startsWith('kept the last good version'))).toBe(true);
  });

  it.each([
    ['an HTML page', '<!doctype html><html><body>Not found</body></html>', /HTML page/],
    ['an empty file', '', /empty/],
    [
      'JSON that is not a dataset',
      '{"cities": 3}',
      /"cities" is a JSON number \(3\) where a list belongs/,
    ],
    ['JSON null', 'null', /JSON null, not a dataset/],
    [
      'a dataset with no valid record',
      '{"meta": {}, "cities": [{}], "outlets": [{}]}',
      /no valid record/,
    ],
    [
      'a dataset with no valid outlet',
      JSON.stringify({ ...makeNetwork(), outlets: [{ id: 'x' }] }),
      /no valid outlet \(\d+ errors; first: outlets\[0\]\.\S+: .*\) where the served version has 5 outlets/,
    ],
  ])('keeps the last good version when the file becomes %s', async (_name, content, why) => {
    await start(JSON.stringify(makeNetwork()));
    writeFileSync(dataFile, content);
    const state = await waitFor(health, (value) => value.lastError !== null);
    expect(state.lastError).toMatch(why);
    expect(state.outlets).toBe(5);
    expect(state.status).toBe('degraded');
  });

  it('keeps a file over the size limit out', async () => {
    const small = JSON.stringify(makeNetwork());
    await start(small, { maxBytes: small.length + 100 });
    const big = makeNetwork();
    big.meta.source = 'x'.repeat(500);
    writeFileSync(dataFile, JSON.stringify(big));
    const state = await waitFor(health, (value) => value.lastError !== null);
    expect(state.lastError).toMatch(/over the .* limit/);
  });

  it('serves a valid edit once the file changes', async () => {
    await start(JSON.stringify(makeNetwork()));
    const first = (await get('/api/v1/network')).headers.get('ETag');
    const edited = makeNetwork();
    edited.outlets.pop();
    writeFileSync(dataFile, JSON.stringify(edited));
    const response = await waitFor(
      () => get('/api/v1/network'),
      (value) => value.headers.get('ETag') !== first,
    );
    expect(response.headers.get('ETag')).not.toBe(first);
    expect(((await response.json()) as Network).outlets).toHaveLength(4);
  });

  it('answers 503 until a usable file appears, then serves it', async () => {
    await start('not json at all');
    const missing = await get('/api/v1/network');
    expect(missing.status).toBe(503);
    expect(((await missing.json()) as { reason: string }).reason).toMatch(/not valid JSON/);
    expect((await health()).status).toBe('unavailable');
    writeFileSync(dataFile, JSON.stringify(makeNetwork()));
    const response = await waitFor(
      () => get('/api/v1/network'),
      (value) => value.status === 200,
    );
    expect(response.status).toBe(200);
  });

  it('answers unknown paths with a JSON 404 that carries the security headers', async () => {
    await start(JSON.stringify(makeNetwork()));
    const response = await get('/index.html');
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toMatch(/default-src 'none'/);
  });
});
