/** The largest dataset file the app, the CLI and the API server accept: 50 MB. */
export const MAX_DATA_BYTES = 50 * 1024 * 1024;

/** A size as people read it: `812 bytes`, `4.2 KB`, `50.0 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** Why a file of `bytes` is too big, or `null` when it fits. */
export function sizeProblem(bytes: number, limit = MAX_DATA_BYTES): string | null {
  if (bytes <= limit) return null;
  return `the file is ${formatBytes(bytes)}, over the ${formatBytes(limit)} limit for a dataset`;
}

/**
 * Checks a file's size before it is read. Returns `null` when it fits, else a message that
 * names the file, its size and the limit.
 */
export function checkSize(bytes: number, origin: string, limit = MAX_DATA_BYTES): string | null {
  const problem = sizeProblem(bytes, limit);
  return problem && `${origin}: ${problem}`;
}
