// @vitest-environment node
import { readFileSync } from 'node:fs';
import { mulberry32 } from '../../../../scripts/synth/random';
import { synthNetwork } from '../../../../scripts/synth/synth-network';
import { fastOutlet, safeParseOutlet } from '../../../../src/data/domain/fast-records';
import { outletSchema, STAGES, stageDatesSchema } from '../../../../src/data/domain/schema';
import { makeNetwork, makeOutlet } from '../../fixtures/network';
import { copy, mutate, ODD_VALUES, OUTLET_PATHS, setPath } from '../../support/outlet-variants';

/** Every object inside a value, the value included. */
function objectsIn(value: unknown, found = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null) {
    found.add(value);
    for (const child of Object.values(value)) objectsIn(child, found);
  }
  return found;
}

/**
 * Holds the fast check and `safeParseOutlet` next to `outletSchema.safeParse` for one value:
 * the same decision, the same value (key order, -0 and absent keys included), the same issues.
 * Returns whether the fast check answered by itself.
 */
function expectSameAsZod(value: unknown): boolean {
  const zod = outletSchema.safeParse(value);
  const fast = fastOutlet(value);
  if (!zod.success) expect(fast).toBeUndefined();
  else if (fast) {
    expect(fast).toStrictEqual(zod.data);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
    const inputs = objectsIn(value);
    for (const object of objectsIn(fast)) expect(inputs.has(object)).toBe(false);
  }
  const parsed = safeParseOutlet(value);
  expect(parsed.success).toBe(zod.success);
  if (parsed.success && zod.success) expect(parsed.data).toStrictEqual(zod.data);
  else expect(parsed.error?.issues).toStrictEqual(zod.error?.issues);
  return fast !== undefined;
}

const sample = JSON.parse(readFileSync('data/sample-network.json', 'utf8')) as {
  outlets: unknown[];
};
const synthOutlets = [...synthNetwork({ outlets: 2_000, seed: 7 }).outlets()];
const base = makeOutlet({
  status: 'closed',
  stages: {
    planned: '2023-01-01',
    signed: '2023-02-01',
    renovating: '2023-03-01',
    open: '2023-04-01',
    closed: '2024-02-29',
  },
});

describe('fastOutlet', () => {
  it('covers every field of the outlet schema, in its order', () => {
    expect(Object.keys(outletSchema.shape)).toEqual(Object.keys(makeOutlet()));
    expect(Object.keys(stageDatesSchema.shape)).toEqual([...STAGES]);
  });

  it('answers for every outlet of the sample, the fixtures and a synthetic network as zod does', () => {
    const outlets = [...sample.outlets, ...makeNetwork().outlets, base, ...synthOutlets];
    for (const outlet of outlets)
      expect(expectSameAsZod(JSON.parse(JSON.stringify(outlet)))).toBe(true);
  });

  it('agrees with zod when any one field is missing or set to any odd value', () => {
    let cases = 0;
    for (const path of OUTLET_PATHS) {
      for (const value of ODD_VALUES) {
        const variant = copy(base);
        setPath(variant, path, value);
        const isFast = expectSameAsZod(variant);
        // What zod accepts, the fast check answers too, but for a key present as `undefined`
        // and a text longer than the limit in UTF-16 units (zod counts code points).
        const isHandedOver =
          value === undefined || (typeof value === 'string' && value.length > 300);
        if (outletSchema.safeParse(variant).success && !isHandedOver) expect(isFast).toBe(true);
        cases += 1;
      }
    }
    expect(cases).toBeGreaterThan(1_500);
  });

  it('agrees with zod on thousands of random records with up to three fields changed', () => {
    const random = mulberry32(2024);
    let answered = 0;
    for (let i = 0; i < 4_000; i += 1) {
      const from = synthOutlets[i % synthOutlets.length] ?? base;
      if (expectSameAsZod(mutate(from, random))) answered += 1;
    }
    // Some changes keep the record valid (an extra key, a trimmed name): those stay fast.
    expect(answered).toBeGreaterThan(100);
  });

  it('drops unknown keys at every level and trims texts, as zod does', () => {
    const input = {
      ...copy(base),
      note: 'dropped',
      name: { en: '  Suzhou store ', zh: '苏州店', fr: 'magasin' },
      point: { lon: 120.62, lat: 31.31, alt: 5 },
      stages: { planned: '2024-01-01', openedOn: '2024-02-01' },
      status: 'planned',
    };
    expect(expectSameAsZod(input)).toBe(true);
    expect(fastOutlet(input)).toMatchObject({ name: { en: 'Suzhou store', zh: '苏州店' } });
    expect(Object.keys(fastOutlet(input)?.stages ?? {})).toEqual(['planned']);
  });

  it('leaves absent stage dates absent and hands a present but undefined one to zod', () => {
    expect(Object.keys(fastOutlet(makeOutlet())?.stages ?? {})).toEqual(['planned', 'signed']);
    const withUndefined = { ...makeOutlet(), stages: { planned: '2023-11-01', open: undefined } };
    expect(fastOutlet(withUndefined)).toBeUndefined();
    expect(expectSameAsZod(withUndefined)).toBe(false);
    expect(safeParseOutlet(withUndefined).data?.stages).toHaveProperty('open', undefined);
  });

  it('hands records it cannot vouch for to zod, with zod messages and paths', () => {
    const sparse: unknown[] = [];
    sparse[1] = 'sales';
    const odd = [
      null,
      [],
      'outlet',
      Object.assign(Object.create(null) as object, copy(base)),
      { ...copy(base), services: sparse },
      { ...copy(base), name: { en: '\u{1F600}'.repeat(200), zh: '店' } },
    ];
    for (const value of odd) expectSameAsZod(value);
    const result = safeParseOutlet({ ...copy(base), stages: { planned: '2024-02-30' } });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['stages', 'planned'], 'not a real calendar date'],
    ]);
  });

  it('refuses dates outside the range a dataset may hold, as zod does', () => {
    for (const date of ['9999-12-31', '2101-01-01', '1989-12-31']) {
      const outlet = { ...copy(base), status: 'planned', stages: { planned: date } };
      expect(expectSameAsZod(outlet)).toBe(false);
      expect(safeParseOutlet(outlet).error?.issues.map((issue) => issue.message)).toEqual([
        'outside 1990-01-01 to 2100-12-31',
      ]);
    }
    const edge = { ...copy(base), status: 'planned', stages: { planned: '2100-12-31' } };
    expect(expectSameAsZod(edge)).toBe(true);
  });
});
