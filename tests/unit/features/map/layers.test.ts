import {
  expression,
  latest,
  validateStyleMin,
  type StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { BASEMAP_PALETTES } from '../../../../src/components/ui/map-colors';
import { DEFAULT_FILTERS } from '../../../../src/data/domain/filters';
import { buildBasemapStyle, buildEmbeddedStyle } from '../../../../src/features/map/basemap-style';
import { buildStageExpression } from '../../../../src/features/map/build-outlet-filter';
import {
  cityBubbleLayer,
  cityLabelLayer,
  PRESENTER_SCALE,
} from '../../../../src/features/map/layers/city-layers';
import { buildDataStyle } from '../../../../src/features/map/map-state';
import { buildCityFeatures } from '../../../../src/features/map/build-city-features';
import { buildCityMarks } from '../../../../src/data/derive/city-marks';
import { deriveNetworkView } from '../../../../src/data/derive/network-view';
import { DEFAULT_LAYERS } from '../../../../src/stores/app-store';
import { makeNetwork } from '../../fixtures/network';
import {
  buildIconImage,
  outletDotLayer,
  outletLayer,
  SYMBOL_MIN_ZOOM,
} from '../../../../src/features/map/layers/outlet-layers';

const STORED = buildStageExpression('2024-01-15', '2024-01-15');

/** The whole style the map draws: the basemap and the data of the fixture, as the adapter builds it. */
function fullStyle(theme: 'light' | 'dark', language: 'en' | 'zh'): StyleSpecification {
  const appearance = { basemap: { type: 'embedded' as const }, theme, language, presenting: false };
  const network = makeNetwork();
  const view = deriveNetworkView(network, { ...DEFAULT_FILTERS, asOf: '2024-01-10' });
  const marks = buildCityMarks(view, DEFAULT_LAYERS);
  const base = buildEmbeddedStyle(theme, language);
  const data = buildDataStyle(appearance, {
    network,
    tableUrl: 'blob:test/1',
    view,
    layers: DEFAULT_LAYERS,
    // Every level of boundaries, as a city view has them, with Suzhou outlined.
    boundaries: { prefectures: true, districts: true },
    selectedAdcode: '320500',
    cities: buildCityFeatures(view, marks, language, { zoom: 4, radiusPx: 44 }),
    labels: { type: 'FeatureCollection', features: [] },
    rings: { type: 'FeatureCollection', features: [] },
    changes: { type: 'FeatureCollection', features: [] },
    hasPlan: true,
    // The coverage view on, with its rings and the reach around a point.
    coverage: {
      settings: { mode: 'service', radiusKm: 25, rings: true },
      on: true,
      reach: {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { role: 'line' },
            geometry: {
              type: 'LineString',
              coordinates: [
                [120.6, 31.3],
                [120.62, 31.31],
              ],
            },
          },
          {
            type: 'Feature',
            properties: { role: 'point' },
            geometry: { type: 'Point', coordinates: [120.6, 31.3] },
          },
        ],
      },
    },
  });
  return {
    ...base,
    sources: { ...base.sources, ...data.sources },
    layers: [...base.layers, ...data.layers],
  };
}

describe('map style', () => {
  it.each([
    ['light', 'en'],
    ['dark', 'zh'],
  ] as const)('is a valid MapLibre style in %s theme, %s labels', (theme, language) => {
    expect(validateStyleMin(fullStyle(theme, language))).toEqual([]);
  });

  it('names a prefecture on the map unless one of the dataset’s cities stands for it', () => {
    const layer = fullStyle('light', 'en').layers.find((spec) => spec.id === 'prefecture-names');
    expect(layer && 'filter' in layer).toBe(true);
    const filter = expression.createExpression(
      (layer as { filter: unknown }).filter,
      'layers[0].filter',
      {
        type: 'boolean',
        default: false,
        'property-type': 'data-driven',
        expression: { interpolated: false, parameters: ['zoom', 'feature'] },
      } as never,
    );
    if (filter.result !== 'success') throw new Error('invalid filter');
    const named = (id: string) =>
      filter.value.evaluate({ zoom: 7 }, { type: 'Point', properties: { id } } as never);
    // Suzhou (320500) and Beijing (110000) are the fixture's cities; Wuxi (320200) is not.
    expect(named('320500')).toBe(false);
    expect(named('110000')).toBe(false);
    expect(named('320200')).toBe(true);
  });

  it('needs no glyph server: text comes from bundled font files', () => {
    const style = buildEmbeddedStyle('light', 'en');
    expect(style.glyphs).toBeUndefined();
    const files = Object.values(style['font-faces'] ?? {}).flat();
    expect(files.length).toBeGreaterThan(0);
    for (const face of files) {
      const url = typeof face === 'string' ? face : face.url;
      expect(new URL(url).host).toBe(window.location.host);
    }
  });

  it('labels provinces in the chosen language', () => {
    const label = (language: 'en' | 'zh') =>
      buildEmbeddedStyle('light', language).layers.find((layer) => layer.id === 'province-labels');
    expect(JSON.stringify(label('en'))).toContain('"name_en"');
    expect(JSON.stringify(label('zh'))).toContain('"name_zh"');
  });

  it('follows the theme in land and sea colours', () => {
    const colors = (theme: 'light' | 'dark') =>
      JSON.stringify(buildEmbeddedStyle(theme, 'en').layers.slice(0, 2));
    expect(colors('light')).toContain(BASEMAP_PALETTES.light.sea);
    expect(colors('dark')).toContain(BASEMAP_PALETTES.dark.land);
  });

  it('puts a raster basemap under the boundaries when configured', () => {
    const style = buildBasemapStyle(
      {
        type: 'raster',
        tiles: ['https://tiles.example/{z}/{x}/{y}.png'],
        tileSize: 256,
        attribution: 'x',
        crs: 'GCJ02',
      },
      'light',
      'en',
    );
    expect(typeof style).toBe('object');
    const ids = (style as StyleSpecification).layers.map((layer) => layer.id);
    expect(ids).toEqual(['sea', 'raster', 'province-lines']);
  });

  it('draws dots below the symbol zoom and shapes from it, never both', () => {
    const dot = outletDotLayer('fusion-store', STORED, ['boolean', true], true, '#fff');
    const shape = outletLayer('fusion-store', STORED, ['boolean', true], true);
    expect(dot.maxzoom).toBe(SYMBOL_MIN_ZOOM);
    expect(shape.minzoom).toBe(SYMBOL_MIN_ZOOM);
  });

  it('hides a layer through its visibility, not by removing data', () => {
    const layer = outletLayer('partner-store', STORED, ['boolean', true], false);
    expect(layer.layout?.visibility).toBe('none');
    expect(layer.source).toBe('outlets-partner-store-source');
  });

  it('picks solid icons for open outlets and hollow ones for the pipeline', () => {
    expect(buildIconImage('fusion-store', STORED)).toEqual([
      'match',
      STORED,
      'open',
      'fusion-store-solid',
      'closed',
      'fusion-store-closed',
      'fusion-store-hollow',
    ]);
  });
});

describe('city layers', () => {
  /** What a city layer's label says for a feature's properties at zoom 4. */
  function labelOf(properties: Record<string, unknown>): string {
    const layer = cityLabelLayer({
      visible: true,
      theme: 'light',
      palette: BASEMAP_PALETTES.light,
      presenting: false,
    });
    const text = expression.createPropertyExpression(
      layer.layout?.['text-field'],
      'layers[0].layout.text-field',
      latest.layout_symbol['text-field'] as never,
    );
    if (text.result !== 'success') throw new Error('invalid text-field');
    const value = text.value.evaluate({ zoom: 4 }, {
      type: 'Point',
      properties,
    } as never) as { sections: { text: string }[] };
    return value.sections.map((section) => section.text).join('');
  }

  it('labels a city with its count, and a group with its leader, how many more and the sum', () => {
    expect(labelOf({ name: 'Suzhou', count: 5, extra: 0 })).toBe('Suzhou 5');
    expect(labelOf({ name: 'Shanghai', count: 19, extra: 3 })).toBe('Shanghai +3 19');
  });

  it('draws the cities larger in presenter mode', () => {
    const radius = (presenting: boolean) =>
      JSON.stringify(
        cityBubbleLayer({
          visible: true,
          theme: 'light',
          palette: BASEMAP_PALETTES.light,
          presenting,
        }).paint?.['circle-radius'],
      );
    expect(radius(true)).not.toEqual(radius(false));
    expect(radius(true)).toContain(String(PRESENTER_SCALE));
  });
});

describe('the change halos', () => {
  /** The data style with or without compared dates. */
  function styleWith(changes: Parameters<typeof buildDataStyle>[1]['changes']) {
    const network = makeNetwork();
    const view = deriveNetworkView(network, DEFAULT_FILTERS);
    return buildDataStyle(
      { basemap: { type: 'embedded' }, theme: 'light', language: 'en', presenting: false },
      {
        network,
        tableUrl: null,
        view,
        layers: DEFAULT_LAYERS,
        boundaries: { prefectures: false, districts: false },
        selectedAdcode: null,
        cities: null,
        labels: { type: 'FeatureCollection', features: [] },
        rings: { type: 'FeatureCollection', features: [] },
        changes,
        hasPlan: false,
        coverage: {
          settings: { mode: 'off', radiusKm: 25, rings: false },
          on: false,
          reach: { type: 'FeatureCollection', features: [] },
        },
      },
    );
  }

  it('empties their source when no dates are compared, so a closed comparison leaves no halo', () => {
    const halo = {
      type: 'Feature' as const,
      id: 0,
      geometry: { type: 'Point' as const, coordinates: [120.6, 31.3] },
      properties: { type: 'new' },
    };
    const comparing = styleWith({ type: 'FeatureCollection', features: [halo] });
    const closed = styleWith(null);
    const data = (style: ReturnType<typeof buildDataStyle>) =>
      (style.sources['outlet-changes'] as { data: { features: unknown[] } }).data.features;
    expect(data(comparing)).toHaveLength(1);
    expect(data(closed)).toEqual([]);
    // The layer stays in both: the map adapter never removes a layer it added.
    for (const style of [comparing, closed])
      expect(style.layers.some((layer) => layer.id === 'outlet-changes')).toBe(true);
  });
});
