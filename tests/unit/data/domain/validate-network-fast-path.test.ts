// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { mulberry32 } from '../../../../scripts/synth/random';
import { synthNetwork } from '../../../../scripts/synth/synth-network';
import { buildProvinceIndex } from '../../../../src/data/domain/province-check';
import {
  validateNetwork,
  type ValidateOptions,
} from '../../../../src/data/domain/validate-network';
import { makeNetwork } from '../../fixtures/network';
import { mutate } from '../../support/outlet-variants';

/**
 * `validateNetwork` answers most outlets with a hand-written check instead of zod: the result
 * must be the one zod alone gives, issues and their order included.
 */

const provinces = buildProvinceIndex(
  JSON.parse(readFileSync('public/basemap/provinces.json', 'utf8')) as FeatureCollection,
);

let zodParses = 0;

/** `validateNetwork` as it was before the fast check: every outlet through `outletSchema`. */
async function loadZodOnlyValidateNetwork(): Promise<typeof validateNetwork> {
  vi.resetModules();
  vi.doMock('../../../../src/data/domain/fast-records', async () => {
    const { outletSchema } = await import('../../../../src/data/domain/schema');
    return {
      safeParseOutlet: (value: unknown) => {
        zodParses += 1;
        return outletSchema.safeParse(value);
      },
    };
  });
  const module = await import('../../../../src/data/domain/validate-network');
  vi.doUnmock('../../../../src/data/domain/fast-records');
  vi.resetModules();
  return module.validateNetwork;
}

let zodOnly: typeof validateNetwork;
beforeAll(async () => {
  zodOnly = await loadZodOnlyValidateNetwork();
});

function expectSameResult(document: unknown, options: ValidateOptions = {}) {
  const text = JSON.stringify(document);
  const fast = validateNetwork(JSON.parse(text), options);
  const reference = zodOnly(JSON.parse(text), options);
  expect(fast).toStrictEqual(reference);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(reference));
  return fast;
}

function synthDocument(outlets: number, seed: number) {
  const network = synthNetwork({ outlets, seed });
  return { meta: network.meta, cities: network.cities, outlets: [...network.outlets()] };
}

describe('validateNetwork with the fast outlet check', () => {
  it('compares with a reference that sends every outlet through zod', () => {
    const before = zodParses;
    zodOnly(makeNetwork());
    expect(zodParses - before).toBe(makeNetwork().outlets.length);
  });

  it('gives the bundled sample exactly the result zod alone gives', () => {
    const sample: unknown = JSON.parse(readFileSync('data/sample-network.json', 'utf8'));
    const { network, issues } = expectSameResult(sample, { provinces });
    expect(issues).toEqual([]);
    expect(network.outlets.length).toBeGreaterThan(0);
    expectSameResult(sample);
  });

  it('gives a synthetic network of 3,000 outlets exactly the result zod alone gives', () => {
    const { network, issues } = expectSameResult(synthDocument(3_000, 3), { provinces });
    expect(issues).toEqual([]);
    expect(network.outlets).toHaveLength(3_000);
  });

  it('reports the same issues in the same order when one outlet in ten is broken', () => {
    const document = synthDocument(3_000, 5);
    const random = mulberry32(99);
    document.outlets = document.outlets.map((outlet) =>
      random() < 0.1 ? (mutate(outlet, random) as unknown as typeof outlet) : outlet,
    );
    const { issues } = expectSameResult(document, { provinces });
    expect(issues.length).toBeGreaterThan(100);
  });

  it('gives the unit fixtures, edited, the same result', () => {
    const network = makeNetwork();
    network.outlets[0]!.cityId = 'atlantis';
    network.outlets[1]!.point = { lon: 60, lat: 60 };
    network.outlets[2]!.stages.renovating = '2020-01-01';
    network.outlets.push({ ...network.outlets[3]!, name: { en: ' Trimmed ', zh: '店' } });
    expectSameResult(network, { provinces });
  });
});
