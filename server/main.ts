import { serve } from '@hono/node-server';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Server } from 'node:http';
import { createApp } from './app';
import { applyServerLimits, DEFAULT_LIMITS, nodeServerOptions } from './limits';

const DEFAULT_ORIGINS = ['http://127.0.0.1:5173', 'http://127.0.0.1:4173', 'http://localhost:5173'];

const USAGE = `Usage: npm run api -- [--data FILE] [--port 8787] [--host 127.0.0.1] [--origin URL]...
                     [--request-timeout 15] [--max-concurrent 64]

Serves a dataset file read-only at /api/v1/network and /api/v1/health, and reloads it when it
changes (a bad edit keeps the last good version). A request must arrive within the request
timeout (seconds); over the concurrency cap a request gets 503; request bodies over 16 KB get
413. Environment: API_DATA_FILE, API_PORT, API_HOST, API_ORIGINS (comma-separated),
API_REQUEST_TIMEOUT, API_MAX_CONCURRENT.`;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      origin: { type: 'string', multiple: true },
      'request-timeout': { type: 'string' },
      'max-concurrent': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const env = process.env;
  const origins = values.origin ?? env.API_ORIGINS?.split(',').map((origin) => origin.trim());
  const port = Number(values.port ?? env.API_PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad port ${port}`);
  const positive = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) throw new Error(`bad ${name} ${value}`);
    return number;
  };
  const timeoutSeconds = positive(
    'request timeout',
    values['request-timeout'] ?? env.API_REQUEST_TIMEOUT,
  );
  const maxConcurrent = positive(
    'concurrency cap',
    values['max-concurrent'] ?? env.API_MAX_CONCURRENT,
  );
  return {
    limits: {
      ...(timeoutSeconds !== undefined && { requestTimeoutMs: timeoutSeconds * 1000 }),
      ...(maxConcurrent !== undefined && { maxConcurrent }),
    },
    help: values.help === true,
    dataFile: resolve(values.data ?? env.API_DATA_FILE ?? 'data/sample-network.json'),
    port,
    host: values.host ?? env.API_HOST ?? '127.0.0.1',
    origins: origins?.filter(Boolean) ?? DEFAULT_ORIGINS,
  };
}

function main(): void {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const api = createApp({
    dataFile: options.dataFile,
    allowedOrigins: options.origins,
    limits: options.limits,
  });
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const server = serve(
    {
      fetch: api.app.fetch,
      port: options.port,
      hostname: options.host,
      serverOptions: nodeServerOptions(limits),
    },
    (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      console.log(`[api] listening on http://${host}:${info.port}/api/v1/network`);
      console.log(`[api] allowed origins: ${options.origins.join(', ')}`);
    },
  );
  applyServerLimits(server as Server, limits);
  const stop = () => {
    api.close();
    server.close(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
