// @vitest-environment node
import { Hono } from 'hono';
import {
  applyServerLimits,
  concurrencyCap,
  nodeServerOptions,
  requestBodyLimit,
} from '../../../server/limits';

describe('the reference server’s bounds', () => {
  it('answers 503 with Retry-After while the cap of requests is being answered', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const app = new Hono();
    app.use('*', concurrencyCap(2));
    app.get('/slow', async (c) => {
      await held;
      return c.text('done');
    });
    const first = app.request('/slow');
    const second = app.request('/slow');
    const third = await app.request('/slow');
    expect(third.status).toBe(503);
    expect(third.headers.get('Retry-After')).toBe('1');
    release();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect((await app.request('/slow')).status).toBe(200);
  });

  it('frees its place when a request fails', async () => {
    const app = new Hono();
    app.use('*', concurrencyCap(1));
    app.get('/boom', () => {
      throw new Error('boom');
    });
    app.get('/ok', (c) => c.text('ok'));
    expect((await app.request('/boom')).status).toBe(500);
    expect((await app.request('/ok')).status).toBe(200);
  });

  it('refuses a request body over the limit with 413', async () => {
    const app = new Hono();
    app.use('*', requestBodyLimit(16));
    app.post('/', async (c) => c.text(await c.req.text()));
    const big = await app.request('/', { method: 'POST', body: 'x'.repeat(100) });
    expect(big.status).toBe(413);
    const small = await app.request('/', { method: 'POST', body: 'x' });
    expect(small.status).toBe(200);
  });
});

describe('the Node server’s request timeout', () => {
  it('drops a client that never finishes sending its request', async () => {
    const { createServer } = await import('node:http');
    const { connect } = await import('node:net');
    const limits = { requestTimeoutMs: 200, maxBodyBytes: 16, maxConcurrent: 4 };
    const server = createServer(nodeServerOptions(limits), (_request, response) => response.end());
    applyServerLimits(server, limits);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.write('GET /api/v1/network HTTP/1.1\r\nHost: x\r\n');
    await new Promise((resolve) => socket.on('close', resolve));
    // Dropped with a 408 or, idle, without a word: never answered as if the request had come.
    expect(received).toMatch(/^(HTTP\/1\.1 408.*)?$/s);
    await new Promise((resolve) => server.close(resolve));
  });
});
