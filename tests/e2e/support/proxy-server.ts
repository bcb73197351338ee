import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { startStaticServer, type StaticServer } from './static-server';

/** One request the proxy answered, for assertions on what the page fetched. */
export interface ProxiedRequest {
  method: string;
  /** Path and query, e.g. `/api/v1/network`. */
  path: string;
  /** The request's `If-None-Match` header, if it had one. */
  ifNoneMatch: string | undefined;
  /** The status sent to the browser (502 when the upstream could not be reached). */
  status: number;
  /** The `ETag` and `Content-Encoding` sent to the browser. */
  etag: string | undefined;
  contentEncoding: string | undefined;
  /** When the answer's headers reached the proxy (ms since epoch). */
  at: number;
}

export interface ProxyServerOptions {
  /** Served at `/config.json` instead of the built file; omitted: the built file. */
  config?: unknown;
  /** Origin that `/api/*` is forwarded to, e.g. `http://127.0.0.1:8787`; omitted: no API. */
  apiUpstream?: string;
  /** The built app; default `dist/`. */
  root?: string;
  /**
   * JSON files served from memory by path, e.g. `{ '/network.json': bytes }`; a promise is answered
   * once it resolves, so a test can hold a file back until the page is ready for it.
   */
  files?: Record<string, Buffer | Promise<Buffer>>;
}

export interface ProxyServer {
  /** Origin with a trailing slash, e.g. `http://127.0.0.1:43123/`. */
  url: string;
  /** Every `/api/*` request, in the order they were answered. */
  apiRequests: ProxiedRequest[];
  /** Stops listening, drops open connections and stops the static server behind it. */
  close: () => Promise<void>;
}

/** Hop-by-hop headers (RFC 9110 §7.6.1): a proxy does not forward them. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
]);

function endToEnd(headers: IncomingMessage['headers']): IncomingMessage['headers'] {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())),
  );
}

function sendText(response: ServerResponse, status: number, text: string): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

const header = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join(', ') : value;

/**
 * Forwards a request to `upstream` as it came (method, path, end-to-end headers, body) and
 * pipes the answer back untouched: status, headers (ETag, Content-Encoding…) and bytes. A fresh
 * connection per request, so a restarted upstream is never reached through a dead socket.
 */
function forward(
  upstream: URL,
  request: IncomingMessage,
  response: ServerResponse,
  onAnswer: (status: number, headers: IncomingMessage['headers']) => void,
): void {
  let answered = false;
  const done: typeof onAnswer = (status, headers) => {
    if (answered) return;
    answered = true;
    onAnswer(status, headers);
  };
  const outgoing = httpRequest(
    {
      protocol: upstream.protocol,
      hostname: upstream.hostname,
      port: upstream.port,
      method: request.method,
      path: request.url,
      headers: { ...endToEnd(request.headers), host: upstream.host },
      agent: false,
    },
    (answer) => {
      const status = answer.statusCode ?? 502;
      response.writeHead(status, answer.statusMessage, endToEnd(answer.headers));
      answer.pipe(response);
      answer.on('error', () => response.destroy());
      done(status, answer.headers);
    },
  );
  outgoing.on('error', (error: NodeJS.ErrnoException) => {
    sendText(
      response,
      502,
      `Bad Gateway: the upstream is unreachable (${error.code ?? error.message})`,
    );
    done(502, {});
  });
  // The browser gave up (a cancelled poll, a closed page): so does the proxy.
  response.on('close', () => {
    if (!response.writableFinished) outgoing.destroy();
  });
  request.pipe(outgoing);
}

/**
 * The built app as a deployment serves it: one origin for the app, its `config.json` and its
 * API (a reverse proxy forwards `/api/*`), which the app's CSP (`connect-src 'self'`) requires.
 * Everything else comes from a static server of `dist/` behind it.
 */
export async function startProxyServer(options: ProxyServerOptions = {}): Promise<ProxyServer> {
  const files: StaticServer = await startStaticServer(resolve(options.root ?? 'dist'));
  const filesOrigin = new URL(files.url);
  const api = options.apiUpstream ? new URL(options.apiUpstream) : null;
  const inMemory: Record<string, Buffer | Promise<Buffer>> = { ...options.files };
  if (options.config !== undefined)
    inMemory['/config.json'] = Buffer.from(JSON.stringify(options.config, null, 2));
  const apiRequests: ProxiedRequest[] = [];

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = inMemory[path];
    if (file) {
      void Promise.resolve(file).then((bytes) => {
        response.writeHead(200, {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': bytes.length,
          'Cache-Control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : bytes);
      });
      return;
    }
    if (path === '/api' || path.startsWith('/api/')) {
      const record = (status: number, headers: IncomingMessage['headers']) =>
        apiRequests.push({
          method: request.method ?? 'GET',
          path: request.url ?? path,
          ifNoneMatch: header(request.headers['if-none-match']),
          status,
          etag: header(headers.etag),
          contentEncoding: header(headers['content-encoding']),
          at: Date.now(),
        });
      if (!api) {
        sendText(response, 502, 'Bad Gateway: no API is configured');
        record(502, {});
        return;
      }
      forward(api, request, response, record);
      return;
    }
    forward(filesOrigin, request, response, () => undefined);
  });

  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', fail);
        done();
      });
    });
  } catch (error) {
    await files.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}/`,
    apiRequests,
    close: () => {
      closing ??= new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }).finally(() => files.close());
      return closing;
    },
  };
}
