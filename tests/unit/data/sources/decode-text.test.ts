import { decodeDataBytes, invalidUtf8Offset } from '../../../../src/data/sources/decode-text';
import { NetworkLoadError } from '../../../../src/data/sources/load-errors';

const TEXT = '{"name": "苏州 2S 店 🚗"}';

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const [high, low] = [unit >> 8, unit & 0xff];
    bytes.set(order === 'le' ? [low, high] : [high, low], 2 + i * 2);
  }
  return bytes;
}

const refusal = (bytes: Uint8Array) => {
  try {
    decodeDataBytes(bytes, 'data.json');
  } catch (error) {
    expect(error).toBeInstanceOf(NetworkLoadError);
    return (error as Error).message;
  }
  throw new Error('not refused');
};

describe('decodeDataBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeDataBytes(bytes, 'a')).toBe(TEXT);
    expect(decodeDataBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), 'a')).toBe(TEXT);
  });

  it('reads UTF-16 little- and big-endian with a byte-order mark', () => {
    expect(decodeDataBytes(utf16(TEXT, 'le'), 'a')).toBe(TEXT);
    expect(decodeDataBytes(utf16(TEXT, 'be'), 'a')).toBe(TEXT);
  });

  it('refuses a legacy encoding with where it breaks', () => {
    // "苏州" in GBK.
    const gbk = new Uint8Array([0x7b, 0x22, 0xcb, 0xd5, 0xd6, 0xdd, 0x22, 0x7d]);
    expect(refusal(gbk)).toBe(
      'data.json: not UTF-8 text: byte 0xCB at offset 2 is not UTF-8 (a legacy encoding such as GBK, or not text at all); save it as UTF-8, or UTF-16 with a byte-order mark',
    );
  });

  it('refuses UTF-16 without a byte-order mark and binary data', () => {
    const noBom = utf16('{"a":1}', 'le').subarray(2);
    expect(refusal(noBom)).toMatch(
      /not a text file: it holds zero bytes .*UTF-16 without a byte-order mark/,
    );
    expect(refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toMatch(/not UTF-8 text/);
  });

  it('refuses UTF-32 and broken UTF-16', () => {
    expect(refusal(new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toMatch(/UTF-32/);
    // A lone high surrogate.
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x3d, 0xd8]))).toMatch(
      /says it is UTF-16 \(LE\) but is not valid/,
    );
  });
});

describe('invalidUtf8Offset', () => {
  it('finds overlong forms, surrogates, truncated and stray bytes', () => {
    expect(invalidUtf8Offset(new TextEncoder().encode(TEXT))).toBe(-1);
    expect(invalidUtf8Offset(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(invalidUtf8Offset(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(invalidUtf8Offset(new Uint8Array([0x41, 0x42, 0xe4, 0xb8]))).toBe(2);
    expect(invalidUtf8Offset(new Uint8Array([0x80]))).toBe(0);
    expect(invalidUtf8Offset(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });
});
