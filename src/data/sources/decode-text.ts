import { NetworkLoadError } from './load-errors';

/**
 * The one decoding of a data file's bytes, for the page (files, dataset URLs, the API) and the
 * command line alike: UTF-8 with or without a byte-order mark, UTF-16 little- or big-endian with
 * one (Excel's "Unicode text"), else a refusal that says what was found.
 */

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** The offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : 4;
    if (lead > 0xf4 || (length === 4 && lead < 0xf0)) return i;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, surrogates and code points past U+10FFFF.
    if (lead === 0xe0 && second < 0xa0) return i;
    if (lead === 0xed && second > 0x9f) return i;
    if (lead === 0xf0 && second < 0x90) return i;
    if (lead === 0xf4 && second > 0x8f) return i;
    i += length;
  }
  return -1;
}

function decode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', origin: string) {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const name = encoding === 'utf-8' ? 'UTF-8' : `UTF-16 (${encoding.slice(-2).toUpperCase()})`;
    throw new NetworkLoadError(origin, `the file says it is ${name} but is not valid ${name} text`);
  }
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * Decodes the bytes of a dataset JSON or an outlets CSV. Throws `NetworkLoadError` for anything
 * else: UTF-32, UTF-16 without a byte-order mark, binary data, or a legacy encoding such as GBK.
 */
export function decodeDataBytes(bytes: Uint8Array, origin: string): string {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff]))
    throw new NetworkLoadError(origin, 'the file is UTF-32 text; save it as UTF-8');
  if (startsWith(bytes, UTF8_BOM)) return decode(bytes.subarray(3), 'utf-8', origin);
  if (startsWith(bytes, [0xff, 0xfe])) return decode(bytes.subarray(2), 'utf-16le', origin);
  if (startsWith(bytes, [0xfe, 0xff])) return decode(bytes.subarray(2), 'utf-16be', origin);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = Math.max(0, invalidUtf8Offset(bytes));
    throw new NetworkLoadError(
      origin,
      `not UTF-8 text: byte ${hex(bytes[bad] ?? 0)} at offset ${bad.toLocaleString('en')} is not UTF-8 (a legacy encoding such as GBK, or not text at all); save it as UTF-8, or UTF-16 with a byte-order mark`,
    );
  }
  const zero = text.indexOf('\u0000');
  if (zero >= 0) {
    throw new NetworkLoadError(
      origin,
      `not a text file: it holds zero bytes (from offset ${zero.toLocaleString('en')}): binary data, or UTF-16 without a byte-order mark`,
    );
  }
  return text;
}
