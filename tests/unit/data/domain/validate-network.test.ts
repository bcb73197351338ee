import { validateNetwork } from '../../../../src/data/domain/validate-network';
import { makeNetwork, makeOutlet } from '../../fixtures/network';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('validateNetwork', () => {
  it('accepts a valid dataset with no issues', () => {
    const { network, issues } = validateNetwork(makeNetwork());
    expect(issues).toEqual([]);
    expect(network.outlets).toHaveLength(5);
    expect(network.cities).toHaveLength(3);
  });

  it('reports a missing point with its path and keeps the other outlets', () => {
    const doc = clone(makeNetwork()) as unknown as { outlets: Record<string, unknown>[] };
    delete doc.outlets[2]!.point;
    const { network, issues } = validateNetwork(doc);
    expect(issues).toEqual([{ path: 'outlets[2].point', message: 'missing', severity: 'error' }]);
    expect(network.outlets.map((o) => o.id)).not.toContain('dc-beijing-1');
    expect(network.outlets).toHaveLength(4);
  });

  it('names the field and reason for wrong types and unknown values', () => {
    const doc = clone(makeNetwork()) as unknown as { outlets: Record<string, unknown>[] };
    doc.outlets[0]!.kind = 'megastore';
    (doc.outlets[1]!.point as Record<string, unknown>).lat = 'north';
    const { issues } = validateNetwork(doc);
    expect(issues.map((issue) => issue.path)).toEqual(['outlets[0].kind', 'outlets[1].point.lat']);
    expect(issues[0]!.message).toMatch(/delivery-center/);
    expect(issues[1]!.message).toMatch(/number/);
  });

  it('rejects an unknown tier on a city and the outlets of that city', () => {
    const doc = clone(makeNetwork()) as unknown as { cities: Record<string, unknown>[] };
    doc.cities[0]!.tier = '7';
    const { network, issues } = validateNetwork(doc);
    expect(issues[0]!.path).toBe('cities[0].tier');
    expect(
      issues.filter((issue) => issue.message.includes('unknown city id "suzhou"')),
    ).toHaveLength(2);
    expect(network.outlets.every((outlet) => outlet.cityId !== 'suzhou')).toBe(true);
  });

  it('rejects duplicate ids, naming the first use', () => {
    const network = makeNetwork();
    network.outlets.push(makeOutlet({ id: 'ps-suzhou-1' }));
    const { network: valid, issues } = validateNetwork(network);
    expect(issues).toEqual([
      {
        path: 'outlets[5].id',
        message: 'duplicate id "ps-suzhou-1" (first used by outlets[0])',
        severity: 'error',
      },
    ]);
    expect(valid.outlets).toHaveLength(5);
  });

  it('rejects a point outside China', () => {
    const network = makeNetwork();
    network.outlets[0]!.point = { lon: 60, lat: 60 };
    const { issues } = validateNetwork(network);
    expect(issues[0]!.path).toBe('outlets[0].point');
    expect(issues[0]!.message).toMatch(/outside China \(60, 60\)/);
  });

  it('suggests the axis order when longitude and latitude look swapped', () => {
    const network = makeNetwork();
    network.outlets[0]!.point = { lon: 31.3, lat: 120.6 };
    const { issues } = validateNetwork(network);
    expect(issues[0]!.path).toBe('outlets[0].point.lat');
    expect(issues[0]!.message).toMatch(/swapped/);
  });

  it('rejects stage dates out of order', () => {
    const network = makeNetwork();
    network.outlets[1]!.stages.renovating = '2023-12-01';
    const { issues } = validateNetwork(network);
    expect(issues).toEqual([
      {
        path: 'outlets[1].stages.renovating',
        message: 'renovating date 2023-12-01 is before signed date 2023-12-29',
        severity: 'error',
      },
    ]);
  });

  it("lists an outlet's problems in order: its city, its point, then its stages", () => {
    const network = makeNetwork();
    Object.assign(network.outlets[1]!, { cityId: 'atlantis', point: { lon: 60, lat: 60 } });
    network.outlets[1]!.status = 'open';
    network.outlets[1]!.stages.planned = '2024-02-01';
    const { network: valid, issues } = validateNetwork(network);
    expect(issues.map((issue) => issue.path)).toEqual([
      'outlets[1].cityId',
      'outlets[1].point',
      'outlets[1].stages.open',
      'outlets[1].stages.signed',
    ]);
    expect(issues[3]!.message).toBe('signed date 2023-12-29 is before planned date 2024-02-01');
    expect(valid.outlets.map((outlet) => outlet.id)).not.toContain('ps-suzhou-2');
  });

  it('requires a date for the stage the outlet is at', () => {
    const network = makeNetwork();
    network.outlets[0]!.status = 'open';
    const { issues } = validateNetwork(network);
    expect(issues[0]!.path).toBe('outlets[0].stages.open');
  });

  it('rejects impossible calendar dates', () => {
    const network = makeNetwork();
    network.outlets[0]!.stages.signed = '2023-02-30';
    const { issues } = validateNetwork(network);
    expect(issues[0]).toMatchObject({
      path: 'outlets[0].stages.signed',
      message: 'not a real calendar date',
    });
  });

  it('falls back field by field when meta is partly wrong', () => {
    const doc = clone(makeNetwork()) as unknown as { meta: Record<string, unknown> };
    doc.meta.crs = 'EPSG:3857';
    const { network, issues } = validateNetwork(doc);
    expect(network.meta.crs).toBe('WGS84');
    expect(network.meta.title.en).toBe('Test network');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'meta.crs', severity: 'warning' });
    expect(issues[0]!.message).toMatch(/using the default/);
  });

  it.each([
    ['missing', undefined, 'missing'],
    ['not a date', '15/01/2024', 'expected a date as YYYY-MM-DD'],
    ['not a real day', '2024-02-30', 'not a real calendar date'],
  ])('dates a meta whose asOf is %s by the latest stage date, with a warning', (_, asOf, why) => {
    const doc = clone(makeNetwork()) as unknown as { meta: Record<string, unknown> };
    doc.meta.asOf = asOf;
    const { network, issues } = validateNetwork(doc);
    // The fixture's latest stage date: Beijing's fusion store planned on 12 Jan 2024.
    expect(network.meta.asOf).toBe('2024-01-12');
    expect(network.meta.title.en).toBe('Test network');
    expect(issues).toEqual([
      {
        path: 'meta.asOf',
        message: `${why}; using the latest stage date in the data, 2024-01-12`,
        severity: 'warning',
      },
    ]);
    expect(network.outlets).toHaveLength(5);
  });

  it('dates a meta with no usable date and no stage date today, and never 1970', () => {
    const doc = clone(makeNetwork()) as unknown as Record<string, unknown>;
    delete doc.meta;
    doc.outlets = [];
    const { network, issues } = validateNetwork(doc);
    const today = new Date().toISOString().slice(0, 10);
    expect(network.meta.asOf).toBe(today);
    expect(issues).toEqual([
      { path: 'meta', message: 'missing; using the defaults', severity: 'warning' },
      {
        path: 'meta.asOf',
        message: `missing; using today's date, ${today} (no outlet has a stage date)`,
        severity: 'warning',
      },
    ]);
    expect(validateNetwork('text').network.meta.asOf).toBe(today);
  });

  it.each([
    [null, 'null'],
    [[], 'a list'],
    ['text', 'string'],
    [42, 'number'],
  ])('never throws on a document that is %j', (input, described) => {
    const { network, issues } = validateNetwork(input);
    expect(network.outlets).toEqual([]);
    expect(issues[0]!.message).toContain(described);
  });

  it('reports a missing outlets list and keeps the cities', () => {
    const doc = clone(makeNetwork()) as unknown as Record<string, unknown>;
    delete doc.outlets;
    const { network, issues } = validateNetwork(doc);
    expect(network.cities).toHaveLength(3);
    expect(issues).toEqual([
      { path: 'outlets', message: 'missing (expected a list)', severity: 'error' },
    ]);
  });

  it('keeps data text as given, markup included', () => {
    const network = makeNetwork();
    network.outlets[0]!.name.en = '<img src=x onerror=alert(1)>';
    const { network: valid, issues } = validateNetwork(network);
    expect(issues).toEqual([]);
    expect(valid.outlets[0]!.name.en).toBe('<img src=x onerror=alert(1)>');
  });
});
