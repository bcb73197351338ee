import { datasetShapeProblem, losesAllOutlets } from '../../../../src/data/domain/dataset-gate';
import { makeNetwork } from '../../fixtures/network';

describe('datasetShapeProblem', () => {
  it('lets a dataset through, milestones or not', () => {
    expect(datasetShapeProblem(makeNetwork())).toBeNull();
    const { meta, cities, outlets } = makeNetwork();
    expect(datasetShapeProblem({ meta, cities, outlets })).toBeNull();
    expect(datasetShapeProblem({ meta: {}, cities: [], outlets: [] })).toBeNull();
  });

  it.each([
    [null, 'JSON null, not a dataset'],
    [[1, 2, 3], 'a JSON array of 3 items, not a dataset'],
    [[], 'a JSON array of 0 items, not a dataset'],
    [42, 'a JSON number (42), not a dataset'],
    ['ok', 'a JSON string ("ok"), not a dataset'],
    [true, 'JSON true, not a dataset'],
    [{}, 'an empty JSON object, not a dataset (a dataset has "meta", "cities" and "outlets")'],
  ])('refuses %j and says what it is', (document, message) => {
    expect(datasetShapeProblem(document)).toBe(message);
  });

  it('names the keys of an object that is something else', () => {
    expect(datasetShapeProblem({ status: 'ok', data: { items: [] } })).toBe(
      'a JSON object with "status", "data", not a dataset (a dataset has "meta", "cities" and "outlets")',
    );
    const nested = JSON.parse('{"a":{"a":{"a":{}}}}') as unknown;
    expect(datasetShapeProblem(nested)).toMatch(/^a JSON object with "a", not a dataset/);
  });

  it('says which part is missing or of the wrong shape', () => {
    const { meta, cities } = makeNetwork();
    expect(datasetShapeProblem({ meta, cities, outlets: null })).toBe(
      'not a dataset: "outlets" is JSON null where a list belongs',
    );
    expect(datasetShapeProblem({ meta, cities })).toBe('not a dataset: "outlets" is missing');
    expect(datasetShapeProblem({ meta: [], cities: {}, outlets: [] })).toBe(
      'not a dataset: "meta" is a JSON array of 0 items where an object belongs; "cities" is a JSON object where a list belongs',
    );
  });

  it('reads prototype-named keys as data', () => {
    const document = JSON.parse(
      '{"__proto__": [], "constructor": 1, "toString": 2, "hasOwnProperty": 3}',
    ) as unknown;
    expect(datasetShapeProblem(document)).toMatch(
      /^a JSON object with "__proto__", "constructor", "toString", "hasOwnProperty", not a dataset/,
    );
  });

  it('shortens a long string and drops control characters', () => {
    const message = datasetShapeProblem(`line\n${'x'.repeat(100)}`) ?? '';
    expect(message).toMatch(/^a JSON string \("line x+…"\), not a dataset$/);
    expect(message.length).toBeLessThan(80);
  });
});

describe('losesAllOutlets', () => {
  it('is true only when no outlet would replace some', () => {
    expect(losesAllOutlets(0, 78)).toBe(true);
    expect(losesAllOutlets(0, 0)).toBe(false);
    expect(losesAllOutlets(1, 78)).toBe(false);
  });
});
