import { describeJsonError } from './json-error';
import { NetworkLoadError } from './load-errors';

/**
 * How deeply a dataset document may nest objects and lists. A dataset needs 4 levels
 * (document → outlets → outlet → stages); the rest is room for extra fields.
 */
export const MAX_JSON_DEPTH = 64;

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    start = at + 1;
  }
  return `line ${line.toLocaleString('en')}, column ${(offset - start + 1).toLocaleString('en')}`;
}

/**
 * Where the text's objects and lists first nest deeper than `limit` (brackets inside strings
 * do not count), or -1. One pass; strings are skipped with `indexOf`.
 */
export function excessNestingOffset(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x22) {
      // To the closing quote: one not preceded by an odd number of backslashes.
      let end = text.indexOf('"', i + 1);
      while (end !== -1) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes += 1;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) return -1;
      i = end;
    } else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > limit) return i;
    } else if (code === 0x7d || code === 0x5d) depth -= 1;
  }
  return -1;
}

/**
 * Parses the text of a JSON document that should hold a dataset. Throws `NetworkLoadError`
 * with what was wrong when there is no document: empty, an HTML page, nested past
 * `MAX_JSON_DEPTH`, or not valid JSON (with the line and column).
 */
export function parseJsonDocument(text: string, origin: string): unknown {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.length === 0) throw new NetworkLoadError(origin, 'the response is empty');
  if (trimmed.startsWith('<')) {
    throw new NetworkLoadError(origin, 'got an HTML page where a JSON dataset was expected');
  }
  const deep = excessNestingOffset(trimmed);
  if (deep >= 0) {
    throw new NetworkLoadError(
      origin,
      `nested more than ${MAX_JSON_DEPTH} levels deep at ${lineAndColumn(trimmed, deep)}; a dataset needs 4`,
    );
  }
  try {
    return JSON.parse(trimmed);
  } catch (error) {
    throw new NetworkLoadError(origin, describeJsonError(trimmed, error));
  }
}
