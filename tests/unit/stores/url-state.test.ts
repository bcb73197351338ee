import { DEFAULT_FILTERS, TIER_GROUPS, type Filters } from '../../../src/data/domain/filters';
import { OUTLET_KINDS, REGIONS, STAGES } from '../../../src/data/domain/schema';
import { DEFAULT_LAYERS } from '../../../src/stores/app-store';
import { COVERAGE_RADII, DEFAULT_COVERAGE } from '../../../src/stores/coverage-slice';
import { LAYER_IDS } from '../../../src/data/domain/vocabulary';
import type { CameraView } from '../../../src/stores/camera';
import {
  decodeUrlState,
  encodeUrlState,
  roundView,
  type ShareableState,
} from '../../../src/stores/url-state';

const DEFAULTS: ShareableState = {
  filters: DEFAULT_FILTERS,
  layers: DEFAULT_LAYERS,
  selectedCityId: null,
  selectedOutletId: null,
  language: 'en',
  theme: 'system',
  coverage: DEFAULT_COVERAGE,
};

function withDefaults(state: Partial<ShareableState>): ShareableState {
  return { ...DEFAULTS, ...state };
}

/** mulberry32: a small seeded PRNG, so a failing case can be replayed. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = ['Jiangsu', 'Inner Mongolia', 'Guangdong', "Xi'an-ish", 'Hebei', '江苏'];

function randomState(random: () => number): { state: ShareableState; view: CameraView | null } {
  const some = <T>(values: readonly T[]) => values.filter(() => random() < 0.3);
  const maybe = <T>(value: T) => (random() < 0.5 ? value : null);
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  const filters: Filters = {
    tiers: some(TIER_GROUPS),
    regions: some(REGIONS),
    provinces: some(PROVINCES),
    kinds: some(OUTLET_KINDS),
    stages: some(STAGES),
    recruitmentOnly: random() < 0.5,
    asOf: maybe(`2024-0${1 + Math.floor(random() * 9)}-${day}`),
  };
  const layers = { ...DEFAULT_LAYERS };
  for (const id of some(LAYER_IDS)) layers[id] = false;
  const state: ShareableState = {
    filters,
    layers,
    selectedCityId: maybe(`city-${Math.floor(random() * 100)}`),
    selectedOutletId: maybe(`ps_X-${Math.floor(random() * 100)}`),
    language: random() < 0.5 ? 'en' : 'zh',
    theme: (['system', 'light', 'dark'] as const)[Math.floor(random() * 3)]!,
    coverage: {
      mode: (['off', 'sales', 'service'] as const)[Math.floor(random() * 3)]!,
      radiusKm: COVERAGE_RADII[Math.floor(random() * COVERAGE_RADII.length)]!,
      rings: random() < 0.3,
    },
  };
  const view = maybe({
    lon: (random() - 0.5) * 360,
    lat: (random() - 0.5) * 170,
    zoom: random() * 22,
  });
  return { state, view };
}

describe('encodeUrlState', () => {
  it('gives an empty query for the default state without a view', () => {
    expect(encodeUrlState(DEFAULTS, null)).toBe('');
  });

  it('writes short keys in a stable order, lists in the order of the options', () => {
    const state: ShareableState = {
      filters: {
        tiers: ['3+', '1'],
        regions: ['east'],
        provinces: ['Jiangsu', 'Inner Mongolia'],
        kinds: ['partner-store'],
        stages: ['open', 'signed'],
        recruitmentOnly: true,
        asOf: '2024-01-15',
      },
      layers: { ...DEFAULT_LAYERS, cities: false },
      selectedCityId: 'suzhou',
      selectedOutletId: 'ps-suzhou-1',
      language: 'zh',
      theme: 'dark',
      coverage: { mode: 'service', radiusKm: 10, rings: true },
    };
    expect(encodeUrlState(state, { lon: 120.595_44, lat: 31.304_06, zoom: 9.456 })).toBe(
      'tier=1,3&region=east&prov=Inner%20Mongolia,Jiangsu&kind=partner-store&stage=signed,open' +
        '&recruit=1&asof=2024-01-15&hide=cities&city=suzhou&outlet=ps-suzhou-1' +
        '&cov=service&r=10&rings=1&lang=zh&theme=dark&v=120.5954,31.3041,9.46',
    );
  });

  it('leaves out the language the reader would get anyway', () => {
    const zh = { ...DEFAULTS, language: 'zh' as const };
    expect(encodeUrlState(zh, null, { defaultLanguage: 'zh' })).toBe('');
    expect(encodeUrlState(DEFAULTS, null, { defaultLanguage: 'zh' })).toBe('lang=en');
  });
});

describe('decodeUrlState', () => {
  it('reads back what was written, for many random states and views', () => {
    const random = prng(20240115);
    for (let run = 0; run < 500; run++) {
      const { state, view } = randomState(random);
      const query = encodeUrlState(state, view);
      const decoded = decodeUrlState(`?${query}`);
      expect(decoded.notices, query).toEqual([]);
      const back = withDefaults(decoded.state);
      expect(
        { ...back, filters: { ...back.filters, provinces: [...back.filters.provinces].sort() } },
        query,
      ).toEqual({
        ...state,
        filters: { ...state.filters, provinces: [...state.filters.provinces].sort() },
      });
      expect(decoded.view, query).toEqual(view && roundView(view));
      expect(encodeUrlState(back, decoded.view), 'canonical').toBe(query);
    }
  });

  it('gives nothing to apply for an empty query or empty values', () => {
    expect(decodeUrlState('')).toEqual({ state: {}, view: null, notices: [] });
    expect(decodeUrlState('?')).toEqual({ state: {}, view: null, notices: [] });
    expect(decodeUrlState('?city=&v=&lang=&hide=')).toEqual({
      state: { layers: DEFAULT_LAYERS },
      view: null,
      notices: [],
    });
  });

  it('reads "3+" however the plus sign arrives, and values in any case', () => {
    for (const query of ['tier=3+', 'tier=3%2B', 'tier=3', 'TIER=3', 'tier=NEW1,3'])
      expect(decodeUrlState(query).state.filters?.tiers, query).toContain('3+');
  });

  it('ignores unknown values one notice each and keeps the good ones', () => {
    const { state, notices } = decodeUrlState('tier=1,9&kind=kiosk,fusion-store&hide=roads');
    expect(state.filters?.tiers).toEqual(['1']);
    expect(state.filters?.kinds).toEqual(['fusion-store']);
    expect(state.layers).toEqual(DEFAULT_LAYERS);
    expect(notices).toEqual([
      'Ignored "tier=9": unknown city tier',
      'Ignored "kind=kiosk": unknown outlet type',
      'Ignored "hide=roads": unknown layer',
    ]);
  });

  it.each([
    ['v=abc', 'Ignored "v=abc": expected longitude,latitude,zoom'],
    ['v=120,31', 'Ignored "v=120,31": expected longitude,latitude,zoom'],
    ['v=200,31,5', 'Ignored "v=200,31,5": expected longitude,latitude,zoom'],
    ['v=120,31,Infinity', 'Ignored "v=120,31,Infinity": expected longitude,latitude,zoom'],
    ['asof=2024-13-45', 'Ignored "asof=2024-13-45": not a date as YYYY-MM-DD'],
    ['asof=2023-02-29', 'Ignored "asof=2023-02-29": not a date as YYYY-MM-DD'],
    ['recruit=maybe', 'Ignored "recruit=maybe": expected 1 or 0'],
    ['city=../etc', 'Ignored "city=../etc": not a city id'],
    ['outlet=a b', 'Ignored "outlet=a b": not an outlet id'],
    ['lang=fr', 'Ignored "lang=fr": unknown language'],
    ['theme=neon', 'Ignored "theme=neon": unknown theme'],
    ['region=atlantis', 'Ignored "region=atlantis": unknown region'],
    ['stage=demolished', 'Ignored "stage=demolished": unknown stage'],
    ['zoom=3', 'Ignored "zoom=3": unknown parameter'],
    ['cov=walking', 'Ignored "cov=walking": expected sales or service'],
    ['r=30', 'Ignored "r=30": not one of the offered radii (5, 10, 15, 25, 50, 100 km)'],
    ['r=25.0', 'Ignored "r=25.0": not one of the offered radii (5, 10, 15, 25, 50, 100 km)'],
    ['rings=yes', 'Ignored "rings=yes": expected 1 or 0'],
    [
      'data=https://evil.example/x.json',
      'Ignored "data=https://evil.example/x.json": a link cannot choose the data source',
    ],
    ['api=//evil.example', 'Ignored "api=//evil.example": a link cannot choose the data source'],
  ])('ignores %s with a notice', (query, notice) => {
    const decoded = decodeUrlState(query);
    expect(decoded.notices).toEqual([notice]);
    expect(decoded.view).toBeNull();
    expect(withDefaults(decoded.state)).toEqual(DEFAULTS);
  });

  it('keeps the first of repeated parameters', () => {
    const { state, notices } = decodeUrlState('city=suzhou&city=beijing&tier=1&tier=2');
    expect(state.selectedCityId).toBe('suzhou');
    expect(state.filters?.tiers).toEqual(['1']);
    expect(notices).toEqual([
      'Ignored "city=beijing": repeated parameter (the first one counts)',
      'Ignored "tier=2": repeated parameter (the first one counts)',
    ]);
  });

  it('shows markup as it came, as text, and keeps it out of the state', () => {
    const { state, notices } = decodeUrlState(
      `prov=${encodeURIComponent('<script>alert(1)</script>')}&city=%3Cimg%3E`,
    );
    expect(state).toEqual({ filters: DEFAULT_FILTERS });
    expect(notices).toEqual([
      'Ignored "prov=<script>alert(1)</script>": not a province name',
      'Ignored "city=<img>": not a city id',
    ]);
  });

  it('shortens very long values in notices and caps the number of notices', () => {
    const long = decodeUrlState(`city=${'a'.repeat(200)}&prov=${'x'.repeat(100_000)}`);
    expect(long.state.selectedCityId).toBeUndefined();
    expect(long.notices).toHaveLength(2);
    for (const notice of long.notices) expect(notice.length).toBeLessThan(110);
    const many = decodeUrlState(Array.from({ length: 50 }, (_, i) => `k${i}=1`).join('&'));
    expect(many.notices).toHaveLength(10);
    expect(many.notices.at(-1)).toBe('…and 41 more ignored');
  });

  it('writes notices in Chinese when asked', () => {
    expect(decodeUrlState('tier=9', { language: 'zh' }).notices).toEqual([
      '已忽略“tier=9”：未知的城市级别',
    ]);
  });

  it('never throws on random garbage', () => {
    const random = prng(7);
    const alphabet = 'a=&,%+?#;:/\\<>"\'\u0000\u202e€苏 vtier0123456789.-E';
    for (let run = 0; run < 500; run++) {
      const garbage = Array.from(
        { length: Math.floor(random() * 80) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      const decoded = decodeUrlState(garbage);
      expect(Array.isArray(decoded.notices)).toBe(true);
      for (const key of Object.keys(decoded.state)) expect(Object.keys(DEFAULTS)).toContain(key);
    }
  });
});
