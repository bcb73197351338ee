import { DEFAULT_FILTERS, TIER_GROUPS, type Filters } from '../../../../src/data/domain/filters';
import { deriveNetworkView } from '../../../../src/data/derive/network-view';
import {
  OUTLET_KINDS,
  REGIONS,
  STAGES,
  TIERS,
  type City,
  type Network,
  type Outlet,
} from '../../../../src/data/domain/schema';
import sample from '../../../../data/sample-network.json';
import { makeCity, makeNetwork, makeOutlet } from '../../fixtures/network';
import { referenceFilter } from '../../support/reference-filter';

const countOptions = (network: Network, filters: Filters) =>
  deriveNetworkView(network, filters).counts;

const filters = (overrides: Partial<Filters> = {}): Filters => ({
  ...DEFAULT_FILTERS,
  ...overrides,
});

/** The definition, the slow way: one full filter run per option. */
function expectMatchesBruteForce(network: Network, current: Filters) {
  const counts = countOptions(network, current);
  const size = (changed: Partial<Filters>) =>
    referenceFilter(network, { ...current, ...changed }).length;
  for (const tier of TIER_GROUPS) expect(counts.tiers[tier], tier).toBe(size({ tiers: [tier] }));
  for (const region of REGIONS) expect(counts.regions[region]).toBe(size({ regions: [region] }));
  for (const kind of OUTLET_KINDS) expect(counts.kinds[kind]).toBe(size({ kinds: [kind] }));
  for (const stage of STAGES) expect(counts.stages[stage]).toBe(size({ stages: [stage] }));
  for (const province of counts.provinces)
    expect(province.count, province.key).toBe(size({ provinces: [province.key] }));
  expect(counts.recruitmentOnly).toBe(size({ recruitmentOnly: true }));
  expect(counts.total).toBe(size({}));
}

describe('option counts', () => {
  it('counts each option with no filter, leaving closed outlets to the Closed option', () => {
    const counts = countOptions(makeNetwork(), filters());
    expect(counts.tiers).toEqual({ '1': 2, new1: 2, '2': 0, '3+': 0 });
    expect(counts.regions).toMatchObject({ north: 2, east: 2, south: 0, central: 0 });
    expect(counts.kinds).toEqual({ 'delivery-center': 1, 'partner-store': 2, 'fusion-store': 1 });
    expect(counts.stages).toEqual({ planned: 1, signed: 1, renovating: 1, open: 1, closed: 1 });
    expect(counts.recruitmentOnly).toBe(2);
    expect(counts.total).toBe(4);
  });

  it('lists every province of the dataset with its English key and both names', () => {
    const { provinces } = countOptions(makeNetwork(), filters());
    expect(provinces).toEqual([
      { key: 'Jiangsu', label: { en: 'Jiangsu', zh: '江苏' }, count: 2 },
      { key: 'Beijing', label: { en: 'Beijing', zh: '北京' }, count: 2 },
      { key: 'Hainan', label: { en: 'Hainan', zh: '海南' }, count: 0 },
    ]);
  });

  it('keeps counts within a group when a sibling is ticked (OR) and narrows other groups (AND)', () => {
    const counts = countOptions(makeNetwork(), filters({ tiers: ['1'] }));
    expect(counts.tiers).toEqual({ '1': 2, new1: 2, '2': 0, '3+': 0 });
    expect(counts.regions).toMatchObject({ north: 2, east: 0 });
    expect(counts.kinds).toEqual({ 'delivery-center': 1, 'partner-store': 0, 'fusion-store': 1 });
    expect(counts.stages).toEqual({ planned: 1, signed: 0, renovating: 0, open: 1, closed: 1 });
    expect(counts.recruitmentOnly).toBe(0);
    expect(counts.total).toBe(2);
  });

  it('counts closed outlets in other groups only once Closed is ticked', () => {
    const counts = countOptions(makeNetwork(), filters({ stages: ['closed'] }));
    expect(counts.kinds).toEqual({ 'delivery-center': 0, 'partner-store': 0, 'fusion-store': 1 });
    expect(counts.tiers['1']).toBe(1);
    expect(counts.stages).toEqual({ planned: 1, signed: 1, renovating: 1, open: 1, closed: 1 });
  });

  it('counts stages as they were on the as-of date, skipping outlets not yet planned', () => {
    const counts = countOptions(makeNetwork(), filters({ asOf: '2024-01-06' }));
    expect(counts.stages).toEqual({ planned: 0, signed: 2, renovating: 0, open: 1, closed: 1 });
    expect(counts.kinds['fusion-store']).toBe(0);
    expect(counts.tiers['1']).toBe(1);
  });

  it('keeps a ticked province missing from the data as an option with no outlets', () => {
    const counts = countOptions(makeNetwork(), filters({ provinces: ['Atlantis'] }));
    expect(counts.provinces.at(-1)).toEqual({
      key: 'Atlantis',
      label: { en: 'Atlantis', zh: 'Atlantis' },
      count: 0,
    });
    expect(counts.total).toBe(0);
  });

  it.each<[string, Partial<Filters>]>([
    ['no filter', {}],
    ['tiers and kinds', { tiers: ['1', 'new1'], kinds: ['partner-store'] }],
    [
      'regions, stages and recruitment',
      { regions: ['east'], stages: ['open'], recruitmentOnly: true },
    ],
    ['provinces and an early date', { provinces: ['Guangdong', 'Jiangsu'], asOf: '2024-01-03' }],
  ])('agrees with one filter run per option on the sample data (%s)', (_, changed) => {
    expectMatchesBruteForce(sample as unknown as Network, filters(changed));
  });

  it('handles 100k outlets in one pass and still agrees with the definition', () => {
    const cities: City[] = Array.from({ length: 300 }, (_, i) =>
      makeCity({
        id: `city-${i}`,
        province: { en: `Province ${i % 31}`, zh: `省${i % 31}` },
        region: REGIONS[i % REGIONS.length],
        tier: TIERS[i % TIERS.length],
        recruitment: { status: i % 4 === 0 ? 'recruiting' : 'none' },
      }),
    );
    const days = [
      '2023-03-01',
      '2023-06-01',
      '2023-09-01',
      '2023-12-01',
      '2024-01-05',
      '2024-02-01',
    ];
    const outlets: Outlet[] = Array.from({ length: 100_000 }, (_, i) => {
      const shift = i % 2;
      const reached = STAGES.slice(0, (i % 5) + 1);
      return makeOutlet({
        id: `o-${i}`,
        cityId: `city-${(Math.imul(i, 2654435761) >>> 0) % 300}`,
        kind: OUTLET_KINDS[i % 3],
        stages: Object.fromEntries(reached.map((stage, k) => [stage, days[k + shift]])),
      });
    });
    const network: Network = { ...makeNetwork(), cities, outlets };
    const current = filters({ tiers: ['1', '3+'], kinds: ['fusion-store'], asOf: '2024-01-15' });

    const counts = countOptions(network, current);

    expect(counts.provinces).toHaveLength(31);
    expect(counts.total).toBe(referenceFilter(network, current).length);
    expect(counts.total).toBeGreaterThan(1000);
    expect(counts.kinds['partner-store']).toBe(
      referenceFilter(network, { ...current, kinds: ['partner-store'] }).length,
    );
    expect(counts.stages.closed).toBeGreaterThan(0);
    expect(counts.stages.closed).toBe(
      referenceFilter(network, { ...current, stages: ['closed'] }).length,
    );
  });
});
