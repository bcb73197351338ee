import {
  expression,
  latest,
  validateStyleMin,
  type LayerSpecification,
  type SourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { BASEMAP_PALETTES } from '../../../../src/components/ui/map-colors';
import { buildEmbeddedStyle } from '../../../../src/features/map/basemap-style';
import {
  readsOf,
  WARMUP_SOURCE,
  warmupLayer,
  warmupLayerId,
  warmupSourceId,
} from '../../../../src/features/map/layers/warmup-layers';
import {
  dataLayers,
  warmupLayers,
  warmUpShaders,
} from '../../../../src/features/map/shader-warmup';
import { FRAME_SKIPPED_EVENT } from '../../../../src/features/map/stale-frames';

const LAYERS = dataLayers('light', 'zh', BASEMAP_PALETTES.light);
const spec = (layer: LayerSpecification, group: 'paint' | 'layout', name: string) =>
  (latest as unknown as Record<string, Record<string, unknown>>)[`${group}_${layer.type}`]?.[
    name
  ] as Parameters<typeof expression.normalizePropertyExpression>[2];

/** How MapLibre binds a paint value to the shader: a uniform, or an attribute per feature. */
function binding(layer: LayerSpecification, name: string, value: unknown): string {
  const { kind } = expression.normalizePropertyExpression(
    value as never,
    name,
    spec(layer, 'paint', name),
  );
  return kind === 'camera' ? 'constant' : kind;
}

const paintOf = (layer: LayerSpecification) =>
  ('paint' in layer ? (layer.paint ?? {}) : {}) as Record<string, unknown>;
const layoutOf = (layer: LayerSpecification) =>
  ('layout' in layer ? (layer.layout ?? {}) : {}) as Record<string, unknown>;
const sectionColour = (layer: LayerSpecification) =>
  JSON.stringify(layoutOf(layer)['text-field'] ?? '').includes('text-color');

function evaluate(
  layer: LayerSpecification,
  group: 'paint' | 'layout',
  name: string,
  zoom: number,
) {
  const value = (group === 'paint' ? paintOf(layer) : layoutOf(layer))[name];
  const compiled = expression.normalizePropertyExpression(
    value as never,
    name,
    spec(layer, group, name),
  );
  return compiled.evaluate({ zoom }, { type: 'Point', properties: {} } as never);
}

describe('the shader warm-up copies', () => {
  it('bind every paint value to the shader as the layer they copy does', () => {
    for (const layer of LAYERS) {
      const copy = warmupLayer(layer);
      if (!copy) continue;
      for (const [name, value] of Object.entries(paintOf(layer))) {
        expect(binding(copy, name, paintOf(copy)[name]), `${layer.id} ${name}`).toBe(
          binding(layer, name, value),
        );
      }
      // A format section with its own colour binds the text colour per feature.
      expect(sectionColour(copy)).toBe(sectionColour(layer));
    }
  });

  it('draw nothing a user sees, and read nothing the one point lacks', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const layer of LAYERS) {
      const copy = warmupLayer(layer);
      if (!copy) continue;
      expect(copy).toMatchObject({
        id: warmupLayerId(layer.id),
        source: warmupSourceId(copy.type),
      });
      expect('filter' in copy).toBe(false);
      expect(layoutOf(copy).visibility).toBe('visible');
      for (const zoom of [3, 7, 12]) {
        if (copy.type === 'circle') {
          expect(evaluate(copy, 'paint', 'circle-radius', zoom)).toBe(0);
          expect(evaluate(copy, 'paint', 'circle-stroke-width', zoom)).toBe(0);
        } else {
          expect(evaluate(copy, 'paint', 'text-color', zoom)).toMatchObject({ a: 0 });
          expect(evaluate(copy, 'paint', 'text-halo-color', zoom)).toMatchObject({ a: 0 });
          expect(layoutOf(copy)).toMatchObject({
            'text-allow-overlap': true,
            'text-ignore-placement': true,
          });
        }
        for (const name of Object.keys(paintOf(copy))) evaluate(copy, 'paint', name, zoom);
        for (const name of Object.keys(layoutOf(copy))) evaluate(copy, 'layout', name, zoom);
      }
    }
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('leave out the icons, which cannot be hidden', () => {
    const shapes = LAYERS.filter((layer) => layoutOf(layer)['icon-image'] !== undefined);
    expect(shapes).toHaveLength(3);
    for (const layer of shapes) expect(warmupLayer(layer)).toBeNull();
  });

  it('are one per shader drawn at the zoom in view, on a source for circles and one for text', () => {
    const national = warmupLayers(LAYERS, 3);
    // The three kinds' dots share a shader; the highlight and the bubbles have their own.
    expect(national.map((copy) => copy.id)).toEqual([
      'outlets-delivery-center-dot--warmup',
      'outlets-highlight--warmup',
      'cities-bubble--warmup',
      'cities-label--warmup',
    ]);
    expect(national.map((copy) => ('source' in copy ? copy.source : ''))).toEqual([
      `${WARMUP_SOURCE}-circle`,
      `${WARMUP_SOURCE}-circle`,
      `${WARMUP_SOURCE}-circle`,
      `${WARMUP_SOURCE}-symbol`,
    ]);
    // Zoomed in on a city: no dots, and the outlets' names.
    expect(warmupLayers(LAYERS, 12).map((copy) => copy.id)).toEqual([
      'outlets-highlight--warmup',
      'outlet-labels--warmup',
      'cities-bubble--warmup',
      'cities-label--warmup',
    ]);
  });

  it('make a valid style with the basemap', () => {
    const base = buildEmbeddedStyle('dark', 'en');
    const copies = warmupLayers(dataLayers('dark', 'en', BASEMAP_PALETTES.dark), 12).concat(
      warmupLayers(dataLayers('dark', 'en', BASEMAP_PALETTES.dark), 3),
    );
    const point: SourceSpecification = {
      type: 'geojson',
      data: { type: 'Point', coordinates: [105, 35] },
    };
    const errors = validateStyleMin({
      ...base,
      sources: {
        ...base.sources,
        [`${WARMUP_SOURCE}-circle`]: point,
        [`${WARMUP_SOURCE}-symbol`]: point,
      },
      layers: [...base.layers, ...new Map(copies.map((copy) => [copy.id, copy])).values()],
    });
    expect(errors).toEqual([]);
  });

  it('tells what a value reads', () => {
    expect(readsOf(3)).toEqual({ zoom: false, feature: false });
    expect(readsOf(['interpolate', ['linear'], ['zoom'], 3, 1, 6, 2])).toEqual({
      zoom: true,
      feature: false,
    });
    expect(readsOf(['case', ['boolean', ['feature-state', 'gap'], false], 1, 2]).feature).toBe(
      true,
    );
    // A key looked up in an object is not a read of the feature; its key may be.
    expect(readsOf(['get', 'a', ['literal', { a: 1 }]]).feature).toBe(false);
    expect(readsOf(['get', ['get', 'id'], ['literal', {}]]).feature).toBe(true);
    expect(readsOf(['literal', ['get', 'x']]).feature).toBe(false);
  });
});

/** Enough of a map for the warm-up: events, sources whose loading the test decides, layers. */
function fakeMap(styleLoaded: boolean) {
  const handlers = new Map<string, Set<() => void>>();
  const sources = new Map<string, boolean>();
  const layers: string[] = [];
  const map = {
    layers,
    sources,
    on: (type: string, handler: () => void) => {
      handlers.set(type, (handlers.get(type) ?? new Set()).add(handler));
    },
    off: (type: string, handler: () => void) => handlers.get(type)?.delete(handler),
    fire: (type: string) => [...(handlers.get(type) ?? [])].forEach((handler) => handler()),
    isStyleLoaded: () => styleLoaded,
    getCenter: () => ({ lng: 105, lat: 35 }),
    getZoom: () => 3,
    addSource: (id: string) => sources.set(id, false),
    getSource: (id: string) => (sources.has(id) ? {} : undefined),
    removeSource: (id: string) => sources.delete(id),
    isSourceLoaded: (id: string) => sources.get(id) === true,
    addLayer: (layer: LayerSpecification) => {
      layers.push(layer.id);
      if ('source' in layer) sources.set(layer.source as string, false);
    },
    getLayer: (id: string) => (layers.includes(id) ? {} : undefined),
    removeLayer: (id: string) => layers.splice(layers.indexOf(id), 1),
  };
  /** A frame: the sources laid out by then are drawn, then MapLibre fires `render`. */
  const frame = (loaded: string[] = [], skipped = false) => {
    for (const id of loaded) if (sources.has(id)) sources.set(id, true);
    if (skipped) map.fire(FRAME_SKIPPED_EVENT);
    map.fire('render');
  };
  return { map, frame };
}

const CIRCLES = `${WARMUP_SOURCE}-circle`;
const TEXT = `${WARMUP_SOURCE}-symbol`;

describe('warmUpShaders', () => {
  const start = (styleLoaded: boolean) => {
    const { map, frame } = fakeMap(styleLoaded);
    const held: string[] = [];
    const stop = warmUpShaders(map as unknown as MaplibreMap, LAYERS, (source) =>
      held.push(source),
    );
    /** Whether each hold would let the picture go: its source laid out, or gone. */
    const holds = {
      get length() {
        return held.length;
      },
      map: (f: (done: () => boolean) => boolean) =>
        held.map((source) => f(() => !map.sources.has(source) || map.sources.get(source) === true)),
      every: (f: (done: () => boolean) => boolean) => holds.map(f).every(Boolean),
    };
    return { map, frame, holds, stop };
  };

  it('draws the copies one a frame on each source from the style’s load, keeping the picture while each is laid out', () => {
    const { map, frame, holds } = start(false);
    frame();
    expect(map.sources.size).toBe(0);
    map.fire('load');
    expect([...map.sources.keys()]).toEqual([CIRCLES, TEXT]);
    expect(map.layers).toEqual(['outlets-delivery-center-dot--warmup', 'cities-label--warmup']);
    // Each copy holds the picture until its source is laid out again with it.
    expect(holds.map((done) => done())).toEqual([false, false]);
    map.sources.set(TEXT, true);
    expect(holds.map((done) => done())).toEqual([false, true]);
    map.sources.set(TEXT, false);
    frame([CIRCLES]);
    expect(holds).toHaveLength(3);
    expect(map.layers).toContain('outlets-highlight--warmup');
    // The text waits for its glyphs; the circles' source is laid out again with the next copy.
    frame();
    expect(map.layers).toHaveLength(3);
    frame([CIRCLES, TEXT]);
    expect(map.layers).toEqual([
      'outlets-delivery-center-dot--warmup',
      'cities-label--warmup',
      'outlets-highlight--warmup',
      'cities-bubble--warmup',
    ]);
    expect(holds).toHaveLength(4);
    frame([CIRCLES]);
    frame([CIRCLES, TEXT]);
    // All drawn: nothing more happens, and the copies stay until the data comes.
    frame([CIRCLES, TEXT]);
    expect(map.layers).toHaveLength(4);
    expect(holds).toHaveLength(4);
  });

  it('does not count a frame left undrawn', () => {
    const { map, frame } = start(true);
    expect(map.layers).toHaveLength(2);
    frame([CIRCLES], true);
    expect(map.layers).toHaveLength(2);
    frame();
    expect(map.layers).toContain('outlets-highlight--warmup');
  });

  it('takes away what it added, and lets the picture go, when stopped', () => {
    const { map, frame, holds, stop } = start(true);
    stop();
    expect(map.layers).toEqual([]);
    expect(map.sources.size).toBe(0);
    expect(holds.every((done) => done())).toBe(true);
    frame([CIRCLES, TEXT]);
    expect(map.layers).toEqual([]);
  });

  it('stops when a new style took its sources away', () => {
    const { map, frame } = start(true);
    map.sources.clear();
    map.layers.length = 0;
    frame();
    frame();
    expect(map.layers).toEqual([]);
  });
});
