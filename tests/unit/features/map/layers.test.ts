import {
  featureFilter,
  validateStyleMin,
  type StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { BASEMAP_PALETTES } from '../../../../src/components/ui/map-colors';
import { DEFAULT_FILTERS } from '../../../../src/data/domain/filters';
import { OUTLET_KINDS } from '../../../../src/data/domain/schema';
import { buildBasemapStyle, buildEmbeddedStyle } from '../../../../src/features/map/basemap-style';
import {
  buildOutletFilter,
  buildStageExpression,
} from '../../../../src/features/map/build-outlet-filter';
import { cityBubbleLayer, cityLabelLayer } from '../../../../src/features/map/layers/city-layers';
import {
  buildIconImage,
  outletDotLayer,
  outletHighlightLayer,
  outletLabelLayer,
  outletLayer,
  SYMBOL_MIN_ZOOM,
} from '../../../../src/features/map/layers/outlet-layers';
import {
  OUTLET_HIGHLIGHT_SOURCE,
  OUTLET_LABEL_SOURCE,
  outletSourceId,
} from '../../../../src/features/map/layers/layer-ids';

const STORED = buildStageExpression('2024-01-15', '2024-01-15');

function fullStyle(theme: 'light' | 'dark', language: 'en' | 'zh'): StyleSpecification {
  const base = buildEmbeddedStyle(theme, language);
  const stage = buildStageExpression('2024-01-10', '2024-01-15');
  const filter = (kind: (typeof OUTLET_KINDS)[number]) =>
    buildOutletFilter(DEFAULT_FILTERS, kind, '2024-01-15', '2024-01-15', null);
  return {
    ...base,
    sources: {
      ...base.sources,
      ...Object.fromEntries(
        [...OUTLET_KINDS.map(outletSourceId), OUTLET_HIGHLIGHT_SOURCE, OUTLET_LABEL_SOURCE].map(
          (id) => [id, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }],
        ),
      ),
      cities: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        promoteId: 'id',
      },
    },
    layers: [
      ...base.layers,
      outletHighlightLayer('#000'),
      ...OUTLET_KINDS.flatMap((kind) => [
        outletDotLayer(kind, stage, filter(kind), true, '#fff'),
        outletLayer(kind, stage, filter(kind), true),
      ]),
      outletLabelLayer('#000', '#fff'),
      cityBubbleLayer(true, theme),
      cityLabelLayer(true, language, BASEMAP_PALETTES[theme]),
    ],
  };
}

describe('map style', () => {
  it.each([
    ['light', 'en'],
    ['dark', 'zh'],
  ] as const)('is a valid MapLibre style in %s theme, %s labels', (theme, language) => {
    expect(validateStyleMin(fullStyle(theme, language))).toEqual([]);
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
  /** Whether a layer's filter keeps the city at position `c` under the counts handed to the map. */
  function keeps(counts: number[], c: number): boolean {
    const filter = cityBubbleLayer(true, 'light').filter;
    const { filter: test } = featureFilter(filter, 'filter', { cityCounts: counts });
    return Boolean(
      test({ zoom: 4 }, { type: 1, properties: { c }, geometry: [] } as unknown as Parameters<
        typeof test
      >[1]),
    );
  }

  it('shows exactly the cities with a count, read by their position', () => {
    expect(keeps([3, -1, 0], 0)).toBe(true);
    expect(keeps([3, -1, 0], 2)).toBe(true);
    expect(keeps([3, -1, 0], 1)).toBe(false);
    // Counts that do not reach the city (a dataset still arriving) leave it off, without an error.
    expect(keeps([3], 2)).toBe(false);
    expect(keeps([], 0)).toBe(false);
    expect(cityLabelLayer(true, 'en', BASEMAP_PALETTES.light).filter).toEqual(
      cityBubbleLayer(true, 'light').filter,
    );
  });
});
