import type { Server, ServerOptions } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** How much work the reference server takes on; every field has a default. */
export interface ServerLimits {
  /** The longest a request may take to arrive, headers and body (Node's `requestTimeout`). */
  requestTimeoutMs: number;
  /** The largest request body: the API is read-only, so a request has no business with one. */
  maxBodyBytes: number;
  /** Requests answered at once; more get 503 with `Retry-After`. */
  maxConcurrent: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  requestTimeoutMs: 15_000,
  maxBodyBytes: 16 * 1024,
  maxConcurrent: 64,
};

/** Refuses a request whose body is over the limit with 413. */
export function requestBodyLimit(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => c.json({ error: `request body over ${maxBytes} bytes` }, 413),
  });
}

/** Answers 503 (retry in a second) while `max` requests are already being answered. */
export function concurrencyCap(max: number): MiddlewareHandler {
  let active = 0;
  return async (c, next) => {
    if (active >= max) {
      return c.json({ error: `busy: ${max} requests are being answered; try again` }, 503, {
        'Retry-After': '1',
        'Cache-Control': 'no-store',
      });
    }
    active += 1;
    try {
      await next();
    } finally {
      active -= 1;
    }
  };
}

/**
 * The Node server's options that bound what a slow client can hold: the whole request must
 * arrive within `requestTimeoutMs` (headers within the same or 10 s, whichever is less), checked
 * every second rather than Node's default 30 s.
 */
export function nodeServerOptions(limits: ServerLimits): ServerOptions {
  return {
    requestTimeout: limits.requestTimeoutMs,
    headersTimeout: Math.min(limits.requestTimeoutMs, 10_000),
    connectionsCheckingInterval: Math.min(1_000, limits.requestTimeoutMs),
  };
}

/** Closes a socket left idle for the request timeout (a kept-alive or stalled connection). */
export function applyServerLimits(server: Server, limits: ServerLimits): void {
  server.setTimeout(limits.requestTimeoutMs);
}
