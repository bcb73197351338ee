import { DEFAULT_FILTERS } from '../../../../src/data/domain/filters';
import { exportContent } from '../../../../src/features/presentation/export-png';
import { DEFAULT_LAYERS } from '../../../../src/stores/app-store';
import { makeNetwork } from '../../fixtures/network';

const now = new Date(2024, 2, 5, 9, 7);

describe('exportContent', () => {
  it('titles the image with the dataset, the as-of date, the sample notice and the filters', () => {
    const content = exportContent(
      {
        network: makeNetwork(),
        filters: { ...DEFAULT_FILTERS, tiers: ['1'], asOf: '2024-01-06' },
        layers: DEFAULT_LAYERS,
        language: 'en',
      },
      now,
    );
    expect(content.title).toBe('Test network');
    expect(content.asOf).toBe('As of 6 Jan 2024');
    expect(content.notice).toBe('Sample data — outlets are illustrative');
    // The date is said once, in the as-of line.
    expect(content.filters).toBe('Filters: Tier 1');
    expect(content.legendRows.map((row) => `${row.name} ${row.count}`)).toEqual([
      'Cities 1',
      'Delivery centers 1',
      'Partner stores 0',
      'Fusion stores 0',
    ]);
    expect(content.footer).toMatch(
      /^Boundaries © Tianditu .* · Channel Atlas, exported 5 Mar 2024/,
    );
  });

  it('names the city the map is framed on beside the filters, whose counts the legend gives', () => {
    const network = makeNetwork();
    const city = network.cities[0]!;
    const options = { network, filters: DEFAULT_FILTERS, layers: DEFAULT_LAYERS };
    const en = exportContent({ ...options, language: 'en', selectedCityId: city.id }, now);
    expect(en.filters).toBe(`All outlets, nationwide · Map: ${city.name.en}`);
    const zh = exportContent({ ...options, language: 'zh', selectedCityId: city.id }, now);
    expect(zh.filters).toBe(`全部门店 · 全国 · 地图：${city.name.zh}`);
    // The legend's counts stay those of the filters.
    expect(en.legendRows).toEqual(exportContent({ ...options, language: 'en' }, now).legendRows);
    // An id the data does not hold names nothing.
    const unknown = exportContent({ ...options, language: 'en', selectedCityId: 'atlantis' }, now);
    expect(unknown.filters).toBe('All outlets, nationwide');
  });

  it('speaks Chinese, says when nothing is filtered and leaves out the notice for real data', () => {
    const network = makeNetwork();
    network.meta.illustrative = false;
    const content = exportContent(
      { network, filters: DEFAULT_FILTERS, layers: DEFAULT_LAYERS, language: 'zh' },
      now,
    );
    expect(content.title).toBe('测试网络');
    expect(content.asOf).toBe('数据截至 2024年1月15日');
    expect(content.notice).toBeNull();
    expect(content.filters).toBe('全部门店 · 全国');
    expect(content.legendRows[2]).toMatchObject({ name: '合作伙伴门店', count: '2' });
  });

  it('keys the recruitment cities and the partner gaps with the counts the map’s legend has', () => {
    const content = exportContent(
      { network: makeNetwork(), filters: DEFAULT_FILTERS, layers: DEFAULT_LAYERS, language: 'en' },
      now,
    );
    expect(content.legendKey.map((key) => key.label)).toEqual([
      'Open',
      'In pipeline',
      'Thick edge: recruiting partners 2',
      'Hollow: recruiting, no partner store signed yet 1',
    ]);
  });

  it('keys the gap symbol only while recruitment cities are shown', () => {
    const content = exportContent(
      {
        network: makeNetwork(),
        filters: DEFAULT_FILTERS,
        layers: { ...DEFAULT_LAYERS, cities: false },
        language: 'en',
      },
      now,
    );
    expect(content.legendKey.map((key) => key.label)).toEqual(['Open', 'In pipeline']);
  });
});

describe('exportContent with the coverage view on', () => {
  it('keys the bands, says what they measure and credits the population proxy', () => {
    const content = exportContent(
      {
        network: makeNetwork(),
        filters: DEFAULT_FILTERS,
        layers: { ...DEFAULT_LAYERS, cities: false },
        language: 'en',
        coverage: { mode: 'service', radiusKm: 25, rings: false },
      },
      now,
    );
    expect(content.legendKey.map((key) => key.label)).toEqual([
      'Open',
      'In pipeline',
      '0–10 km',
      '10–25 km',
      '25–50 km',
      '> 50 km',
    ]);
    expect(content.footer).toMatch(
      /^Straight-line km from each district to the nearest open service point · Population proxy: GeoNames \(CC BY 4\.0\) · Boundaries © Tianditu/,
    );
  });

  it('adds nothing while it is off', () => {
    const options = {
      network: makeNetwork(),
      filters: DEFAULT_FILTERS,
      layers: DEFAULT_LAYERS,
      language: 'zh' as const,
    };
    const off = { mode: 'off' as const, radiusKm: 25, rings: false };
    expect(exportContent({ ...options, coverage: off }, now)).toEqual(exportContent(options, now));
  });
});
