import { NetworkLoadError } from '../../../../src/data/sources/load-errors';
import {
  excessNestingOffset,
  MAX_JSON_DEPTH,
  parseJsonDocument,
} from '../../../../src/data/sources/parse-json';
import { parseNetworkText } from '../../../../src/data/sources/parse-text';
import { makeNetwork } from '../../fixtures/network';

const nested = (depth: number, closed: boolean) =>
  `${'{"a":'.repeat(depth)}1${closed ? '}'.repeat(depth) : ''}`;

describe('parseJsonDocument', () => {
  it('parses a document, past a byte-order mark and leading space', () => {
    expect(parseJsonDocument('\uFEFF  {"a": [1]}', 'x')).toEqual({ a: [1] });
  });

  it('refuses nesting deeper than a dataset could need, closed or not, with where', () => {
    for (const closed of [true, false]) {
      const error = (() => {
        try {
          parseJsonDocument(nested(10_000, closed), 'deep.json');
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(NetworkLoadError);
      expect((error as Error).message).toBe(
        `deep.json: nested more than ${MAX_JSON_DEPTH} levels deep at line 1, column ${MAX_JSON_DEPTH * 5 + 1}; a dataset needs 4`,
      );
    }
  });

  it('allows the nesting a dataset has, and more', () => {
    expect(parseJsonDocument(nested(MAX_JSON_DEPTH, true), 'x')).toBeTypeOf('object');
  });

  it('says where malformed JSON breaks, however it is nested', () => {
    expect(() => parseJsonDocument(`{"a": [${'['.repeat(40)}`, 'x')).toThrow(/not valid JSON/);
    expect(() => parseJsonDocument('{\n  "meta": {,\n}', 'x')).toThrow(
      /not valid JSON at line 2, column 12/,
    );
  });
});

describe('excessNestingOffset', () => {
  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ a: `${'['.repeat(200)}\\"{{{` });
    expect(excessNestingOffset(text, 2)).toBe(-1);
    expect(excessNestingOffset('[[[', 2)).toBe(2);
  });
});

describe('parseNetworkText: the gate before validation', () => {
  it.each([
    ['null', /: JSON null, not a dataset$/],
    ['[]', /: a JSON array of 0 items, not a dataset$/],
    ['7', /: a JSON number \(7\), not a dataset$/],
    ['"hi"', /: a JSON string \("hi"\), not a dataset$/],
    ['{"status":"ok","data":{"items":[]}}', /: a JSON object with "status", "data", not a dataset/],
  ])('refuses %s whole', (text, message) => {
    expect(() => parseNetworkText(text, 'api')).toThrow(NetworkLoadError);
    expect(() => parseNetworkText(text, 'api')).toThrow(message);
  });

  it('refuses a dataset whose outlets are null', () => {
    const document = { ...makeNetwork(), outlets: null };
    expect(() => parseNetworkText(JSON.stringify(document), 'f.json')).toThrow(
      'f.json: not a dataset: "outlets" is JSON null where a list belongs',
    );
  });

  it('lets a dataset of invalid records through, for validation to report', () => {
    const document = { ...makeNetwork(), outlets: [{ id: 1 }, null] };
    const loaded = parseNetworkText(JSON.stringify(document), 'f.json');
    expect(loaded.network.outlets).toEqual([]);
    expect(loaded.issues.length).toBeGreaterThan(1);
  });
});
