import { NetworkLoadError } from './load-errors';
import type { LoadProgress } from './load-options';
import { formatBytes, MAX_DATA_BYTES, sizeProblem } from './size-limit';

export interface ReadBodyOptions {
  /** The most bytes accepted; default the dataset limit (50 MB). */
  limit?: number;
  onProgress?: (progress: LoadProgress) => void;
}

/**
 * Reads a response's body as bytes, refusing it as soon as it is larger than `limit`: by its
 * `Content-Length` before reading, else while it streams (the download stops there). An abort
 * of the request's signal rejects with the signal's reason.
 */
export async function readBodyBytes(
  response: Response,
  origin: string,
  { limit = MAX_DATA_BYTES, onProgress }: ReadBodyOptions = {},
): Promise<Uint8Array> {
  const total = Number(response.headers.get('Content-Length')) || null;
  const declared = total === null ? null : sizeProblem(total, limit);
  if (declared) {
    await response.body?.cancel().catch(() => undefined);
    throw new NetworkLoadError(origin, declared);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > limit) {
      await reader.cancel().catch(() => undefined);
      throw new NetworkLoadError(
        origin,
        `the answer is larger than ${formatBytes(limit)}, the limit for a dataset (the download was stopped there)`,
      );
    }
    chunks.push(value);
    onProgress?.({ phase: 'download', loaded, total });
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
