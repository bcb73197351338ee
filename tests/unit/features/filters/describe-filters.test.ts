import { DEFAULT_FILTERS, type Filters } from '../../../../src/data/domain/filters';
import { describeFilters, listActiveFilters } from '../../../../src/data/derive/describe-filters';
import { makeNetwork } from '../../fixtures/network';

const filters = (overrides: Partial<Filters> = {}): Filters => ({
  ...DEFAULT_FILTERS,
  ...overrides,
});

describe('describeFilters', () => {
  it('says nothing when no filter is active', () => {
    expect(describeFilters(filters(), makeNetwork(), 'en')).toEqual([]);
  });

  it('names every active filter in a fixed order, whatever order they were ticked in', () => {
    const active = filters({
      asOf: '2024-01-06',
      stages: ['open', 'planned'],
      kinds: ['partner-store'],
      recruitmentOnly: true,
      provinces: ['Jiangsu'],
      regions: ['east'],
      tiers: ['3+', '1'],
    });
    expect(describeFilters(active, makeNetwork(), 'en')).toEqual([
      'Tier 1',
      'Tier 3 and below',
      'East China',
      'Jiangsu',
      'Partner stores',
      'Planned',
      'Open',
      'Recruitment cities only',
      'As of 6 Jan 2024',
    ]);
  });

  it('speaks Chinese, with province names from the data', () => {
    const active = filters({ tiers: ['new1'], regions: ['south'], provinces: ['Jiangsu'] });
    expect(describeFilters({ ...active, asOf: '2024-01-06' }, makeNetwork(), 'zh')).toEqual([
      '新一线',
      '华南',
      '江苏',
      '截至 2024年1月6日',
    ]);
  });

  it('keeps a province unknown to the data under its key', () => {
    expect(describeFilters(filters({ provinces: ['Atlantis'] }), makeNetwork(), 'zh')).toEqual([
      'Atlantis',
    ]);
  });

  it('tells which filter and value each description removes', () => {
    const active = filters({ kinds: ['fusion-store'], recruitmentOnly: true });
    expect(listActiveFilters(active, makeNetwork(), 'en')).toEqual([
      { key: 'kinds', value: 'fusion-store', label: 'Fusion stores' },
      { key: 'recruitmentOnly', label: 'Recruitment cities only' },
    ]);
  });
});
