import type { MiddlewareHandler } from 'hono';

/** The only methods the read-only API answers. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const;

/** Headers every response carries: the API serves JSON only and is never framed or sniffed. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
};

/** Refuses every method but GET, HEAD and OPTIONS with 405 and an `Allow` header. */
export const readOnly: MiddlewareHandler = async (c, next) => {
  if ((ALLOWED_METHODS as readonly string[]).includes(c.req.method)) return next();
  return c.json({ error: `method ${c.req.method} not allowed; this API is read-only` }, 405, {
    Allow: ALLOWED_METHODS.join(', '),
  });
};

/** Whether an `Accept-Encoding` header accepts gzip (`gzip` or `*`, with a non-zero q). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** The gzip representation's ETag: the same digest, marked, as a strong ETag must differ. */
export function gzipEtag(etag: string): string {
  return `${etag.slice(0, -1)}-gzip"`;
}

/**
 * Whether `If-None-Match` names the current version, in either encoding (weak comparison, as
 * RFC 9110 asks for `If-None-Match`).
 */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === gzipEtag(etag));
}
