import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { ProvinceIndex } from '../src/data/domain/province-check';
import { DatasetStore } from './dataset-store';
import {
  acceptsGzip,
  ALLOWED_METHODS,
  gzipEtag,
  matchesEtag,
  readOnly,
  securityHeaders,
} from './http';
import { concurrencyCap, DEFAULT_LIMITS, requestBodyLimit, type ServerLimits } from './limits';
import type { Health } from './openapi';
import { loadProvinces } from './read-dataset';

export interface AppOptions {
  /** The dataset JSON file to serve. */
  dataFile: string;
  /** Origins allowed to read the API from a browser (CORS), e.g. `http://127.0.0.1:5173`. */
  allowedOrigins: readonly string[];
  /** Province boundaries for the province check; default the basemap's; `null` skips it. */
  provinces?: ProvinceIndex | null;
  maxBytes?: number;
  /** How often the data file is checked for changes; default 1000 ms. */
  pollIntervalMs?: number;
  /** Bounds on the server's work (`limits.ts`); each defaults. */
  limits?: Partial<ServerLimits>;
  log?: (line: string) => void;
}

export interface ApiApp {
  app: Hono;
  store: DatasetStore;
  /** Stops watching the data file. */
  close: () => void;
}

const defaultLog = (line: string) => console.log(`[api] ${new Date().toISOString()} ${line}`);

/**
 * The reference API: serves the valid records of a dataset file at `GET /api/v1/network` (with
 * a strong ETag, 304 and gzip), and its state at `GET /api/v1/health`. Read-only, with a cap on
 * concurrent requests and on request bodies (`limits.ts`; `applyServerLimits` bounds the rest).
 */
export function createApp(options: AppOptions): ApiApp {
  const log = options.log ?? defaultLog;
  const provinces =
    options.provinces === undefined ? loadProvinces() : (options.provinces ?? undefined);
  const store = new DatasetStore(options.dataFile, {
    provinces,
    maxBytes: options.maxBytes,
    pollIntervalMs: options.pollIntervalMs,
    log,
  });
  store.reload();
  store.watch();

  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const app = new Hono();
  app.use('*', securityHeaders);
  app.use('*', concurrencyCap(limits.maxConcurrent));
  app.use('*', requestBodyLimit(limits.maxBodyBytes));
  app.use(
    '*',
    cors({
      origin: [...options.allowedOrigins],
      allowMethods: [...ALLOWED_METHODS],
      allowHeaders: ['If-None-Match', 'Accept'],
      exposeHeaders: ['ETag'],
      maxAge: 600,
    }),
  );
  app.use('*', readOnly);

  app.get('/api/v1/network', (c) => {
    const version = store.current;
    if (!version)
      return c.json({ error: 'no valid dataset to serve', reason: store.lastError }, 503, {
        'Retry-After': '5',
        'Cache-Control': 'no-store',
      });
    const gzip = acceptsGzip(c.req.header('Accept-Encoding'));
    const headers: Record<string, string> = {
      ETag: gzip ? gzipEtag(version.etag) : version.etag,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (matchesEtag(c.req.header('If-None-Match'), version.etag)) return c.body(null, 304, headers);
    headers['Content-Type'] = 'application/json; charset=utf-8';
    if (gzip) headers['Content-Encoding'] = 'gzip';
    return c.body(new Uint8Array(gzip ? version.gzip : version.body), 200, headers);
  });

  app.get('/api/v1/health', (c) => {
    const version = store.current;
    const health: Health = {
      // Degraded: the newest file was kept out (`lastError`) and the last good version served.
      status: !version ? 'unavailable' : store.lastError ? 'degraded' : 'ok',
      dataFile: store.file,
      loadedAt: version?.loadedAt ?? null,
      etag: version?.etag ?? null,
      outlets: version?.outlets ?? 0,
      cities: version?.cities ?? 0,
      targets: version?.targets ?? 0,
      issues: version?.issues.length ?? 0,
      issueList: version?.issues.slice(0, 100) ?? [],
      lastError: store.lastError,
    };
    return c.json(health, version ? 200 : 503, { 'Cache-Control': 'no-store' });
  });

  app.notFound((c) => c.json({ error: `not found: ${c.req.path}` }, 404));
  app.onError((error, c) => {
    log(`error on ${c.req.method} ${c.req.path}: ${error.message}`);
    return c.json({ error: 'internal error' }, 500);
  });

  return { app, store, close: () => store.close() };
}
