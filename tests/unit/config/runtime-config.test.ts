import {
  BUNDLED_SAMPLE_URL,
  fetchRuntimeConfig,
  parseRuntimeConfig,
} from '../../../src/config/runtime-config';

describe('parseRuntimeConfig', () => {
  it('defaults to the bundled sample and the embedded basemap', () => {
    const { config, warning } = parseRuntimeConfig({});
    expect(config.dataUrl).toBe(BUNDLED_SAMPLE_URL);
    expect(config.basemap).toEqual({ type: 'embedded' });
    expect(warning).toBeNull();
  });

  it('takes another data URL without a rebuild', () => {
    expect(parseRuntimeConfig({ dataUrl: '/data/network.json' }).config.dataUrl).toBe(
      '/data/network.json',
    );
  });

  it('requires an online basemap to declare its coordinate system', () => {
    const { config, warning } = parseRuntimeConfig({
      basemap: { type: 'raster', tiles: ['https://t/{z}/{x}/{y}.png'] },
    });
    expect(config.basemap.type).toBe('embedded');
    expect(warning).toMatch(/basemap\.crs/);
  });

  it('gives the live API a 15 s deadline per request unless configured', () => {
    expect(parseRuntimeConfig({ api: { url: '/' } }).config.api).toEqual({
      url: '/',
      pollSeconds: 60,
      timeoutSeconds: 15,
    });
    expect(
      parseRuntimeConfig({ api: { url: '/', timeoutSeconds: 30 } }).config.api?.timeoutSeconds,
    ).toBe(30);
    expect(parseRuntimeConfig({ api: { url: '/', timeoutSeconds: 0 } }).warning).toMatch(
      /api\.timeoutSeconds/,
    );
  });

  it('accepts a GCJ-02 raster basemap', () => {
    const { config } = parseRuntimeConfig({
      basemap: { type: 'raster', tiles: ['https://t/{z}/{x}/{y}.png'], crs: 'GCJ02' },
    });
    expect(config.basemap).toMatchObject({ type: 'raster', crs: 'GCJ02', tileSize: 256 });
  });
});

describe('fetchRuntimeConfig', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uses the defaults when there is no config file', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('not found', { status: 404 })),
    );
    const { config, warning } = await fetchRuntimeConfig();
    expect(config.dataUrl).toBe(BUNDLED_SAMPLE_URL);
    expect(warning).toBeNull();
  });

  it('says why a malformed file was ignored', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{ "dataUrl": ', { status: 200 })),
    );
    const { config, warning } = await fetchRuntimeConfig();
    expect(config.dataUrl).toBe(BUNDLED_SAMPLE_URL);
    expect(warning).toMatch(/not valid JSON/);
  });
});
