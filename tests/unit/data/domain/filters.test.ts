import {
  DEFAULT_FILTERS,
  stageAsOf,
  tierGroupOf,
  type Filters,
} from '../../../../src/data/domain/filters';
import { deriveNetworkView } from '../../../../src/data/derive/network-view';
import { filterOutlets } from '../../../../src/data/derive/view-outlets';
import { makeNetwork, makeOutlet } from '../../fixtures/network';

const ids = (filters: Partial<Filters>) =>
  filterOutlets(makeNetwork(), { ...DEFAULT_FILTERS, ...filters })
    .map((view) => view.outlet.id)
    .sort();

describe('filterOutlets', () => {
  it('shows every outlet reached by the as-of date except closed ones by default', () => {
    expect(ids({})).toEqual(['dc-beijing-1', 'fs-beijing-1', 'ps-suzhou-1', 'ps-suzhou-2']);
  });

  it('ORs values within a group', () => {
    expect(ids({ tiers: ['1', 'new1'] })).toEqual([
      'dc-beijing-1',
      'fs-beijing-1',
      'ps-suzhou-1',
      'ps-suzhou-2',
    ]);
    expect(ids({ kinds: ['delivery-center', 'fusion-store'] })).toEqual([
      'dc-beijing-1',
      'fs-beijing-1',
    ]);
  });

  it('ANDs across groups', () => {
    expect(ids({ tiers: ['1'], kinds: ['partner-store'] })).toEqual([]);
    expect(ids({ tiers: ['new1'], stages: ['renovating'] })).toEqual(['ps-suzhou-2']);
  });

  it('filters by region, province and recruitment', () => {
    expect(ids({ regions: ['north'] })).toEqual(['dc-beijing-1', 'fs-beijing-1']);
    expect(ids({ provinces: ['Jiangsu'] })).toEqual(['ps-suzhou-1', 'ps-suzhou-2']);
    expect(ids({ recruitmentOnly: true })).toEqual(['ps-suzhou-1', 'ps-suzhou-2']);
  });

  it('shows closed outlets only when the closed stage is chosen', () => {
    expect(ids({ stages: ['closed'] })).toEqual(['fs-beijing-2']);
  });

  it('hides what was not reached by the as-of date and uses the stage of that date', () => {
    const views = filterOutlets(makeNetwork(), { ...DEFAULT_FILTERS, asOf: '2024-01-06' });
    expect(views.map((view) => [view.outlet.id, view.stage]).sort()).toEqual([
      ['dc-beijing-1', 'open'],
      ['ps-suzhou-1', 'signed'],
      ['ps-suzhou-2', 'signed'],
    ]);
  });

  it('brings back an outlet that was open before it closed', () => {
    expect(ids({ asOf: '2023-09-01' })).toContain('fs-beijing-2');
  });
});

describe('stageAsOf', () => {
  const outlet = makeOutlet({
    status: 'renovating',
    stages: { planned: '2023-11-01', signed: '2023-12-29', renovating: '2024-01-10' },
  });

  it.each([
    ['2023-10-31', null],
    ['2023-11-01', 'planned'],
    ['2024-01-09', 'signed'],
    ['2024-01-10', 'renovating'],
    ['2030-01-01', 'renovating'],
  ])('on %s is %s', (date, stage) => {
    expect(stageAsOf(outlet, date)).toBe(stage);
  });
});

describe('tierGroupOf', () => {
  it('groups tiers 3 to 5 together', () => {
    expect(['1', 'new1', '2', '3', '4', '5'].map((tier) => tierGroupOf(tier as never))).toEqual([
      '1',
      'new1',
      '2',
      '3+',
      '3+',
      '3+',
    ]);
  });
});

describe('cities with a partner store', () => {
  it('counts partner stores reached by the date, whatever the other filters', () => {
    const withPartner = (filters: Partial<Filters>) => {
      const network = makeNetwork();
      const view = deriveNetworkView(network, { ...DEFAULT_FILTERS, ...filters });
      return network.cities.filter((_, c) => view.cityHasPartner[c] === 1).map((c) => c.id);
    };
    expect(withPartner({})).toEqual(['suzhou']);
    expect(withPartner({ kinds: ['fusion-store'], tiers: ['1'] })).toEqual(['suzhou']);
    expect(withPartner({ asOf: '2023-10-01' })).toEqual([]);
  });
});
