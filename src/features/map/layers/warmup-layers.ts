import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';

/** The one-point sources the warm-up layers draw from (`shader-warmup.ts`): one per type. */
export const WARMUP_SOURCE = 'shader-warmup';
export const warmupSourceId = (type: string) => `${WARMUP_SOURCE}-${type}` as const;
export const warmupLayerId = (id: string) => `${id}--warmup` as const;

const TRANSPARENT = 'rgba(0, 0, 0, 0)';
/** Reads of the feature: they make a paint value data-driven (not `get` or `has` on an object). */
const FEATURE_READS = new Set([
  'properties',
  'feature-state',
  'geometry-type',
  'id',
  'accumulated',
]);
const OBJECT_READS = new Set(['get', 'has']);

interface Reads {
  zoom: boolean;
  feature: boolean;
}

/** What a paint value depends on, which decides how MapLibre binds it to a shader. */
export function readsOf(value: unknown): Reads {
  const reads: Reads = { zoom: false, feature: false };
  const visit = (node: unknown) => {
    if (!Array.isArray(node) || typeof node[0] !== 'string') return;
    const [op, ...args] = node as [string, ...unknown[]];
    if (op === 'literal') return;
    if (op === 'zoom') reads.zoom = true;
    if (FEATURE_READS.has(op) || (OBJECT_READS.has(op) && args.length === 1)) reads.feature = true;
    args.forEach(visit);
  };
  visit(value);
  return reads;
}

/** A value per feature that is always `value`, and reads nothing the copy's point lacks. */
function perFeature(value: string | number, zoom: boolean): ExpressionSpecification {
  const read: ExpressionSpecification = ['has', 'warmup'];
  const constant: ExpressionSpecification = ['case', read, value, value];
  return zoom ? ['step', ['zoom'], constant, 0, constant] : constant;
}

/** `value` bound to the shader as `like` is: a uniform when constant, else per feature. */
function boundLike(like: unknown, value: string | number): unknown {
  const { zoom, feature } = readsOf(like);
  return feature ? perFeature(value, zoom) : value;
}

/** Paint values that only make a copy invisible as zero or transparent. */
const HIDING_PAINT: Record<string, string | number> = {
  'circle-radius': 0,
  'circle-stroke-width': 0,
  'text-color': TRANSPARENT,
  'text-halo-color': TRANSPARENT,
};

/** The paint of a copy: what hides it, and the rest per feature in the same way. */
function copyPaint(paint: Record<string, unknown>, hiding: string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(paint)) {
    const fallback = name.endsWith('-color') ? TRANSPARENT : 0;
    copy[name] = readsOf(value).feature ? boundLike(value, fallback) : value;
  }
  for (const name of hiding) copy[name] = boundLike(paint[name], HIDING_PAINT[name] ?? 0);
  return copy;
}

/** The layout of a copy: without what reads the feature, which no shader depends on. */
function copyLayout(layout: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(layout).filter(([, value]) => !readsOf(value).feature));
}

/** A format section that sets its own text colour makes MapLibre bind `text-color` per feature. */
function setsSectionColour(textField: unknown): boolean {
  if (Array.isArray(textField)) return textField.some(setsSectionColour);
  return typeof textField === 'object' && textField !== null && 'text-color' in textField;
}

function circleWarmup(layer: CircleLayerSpecification): CircleLayerSpecification {
  return {
    ...layer,
    layout: copyLayout(layer.layout ?? {}),
    paint: copyPaint(layer.paint ?? {}, ['circle-radius', 'circle-stroke-width']),
  } as CircleLayerSpecification;
}

function textWarmup(layer: SymbolLayerSpecification): SymbolLayerSpecification | null {
  const layout = layer.layout ?? {};
  if (layout['icon-image'] !== undefined || layout['text-field'] === undefined) return null;
  return {
    ...layer,
    layout: {
      ...copyLayout(layout),
      'text-field': setsSectionColour(layout['text-field'])
        ? ['format', 'x', { 'text-color': TRANSPARENT }]
        : 'x',
      // Never in the way of a label that is seen.
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: copyPaint(layer.paint ?? {}, ['text-color', 'text-halo-color']),
  } as SymbolLayerSpecification;
}

/**
 * A copy of a data layer that draws nothing a user can see, with the shader `layer` needs: a
 * circle of no size, or text in a transparent colour. MapLibre compiles a layer's shader the
 * first time it draws it, which on a software renderer takes 20–35 ms a shader: the copies
 * draw them before the data arrives, so the frames that take in the data do not. The shader
 * depends on which paint values are constant, zoom-only or per feature, so the copy keeps
 * that of each value it changes. `null` for layers it cannot hide: icons and other types.
 */
export function warmupLayer(layer: LayerSpecification): LayerSpecification | null {
  const copy =
    layer.type === 'circle'
      ? circleWarmup(layer)
      : layer.type === 'symbol'
        ? textWarmup(layer)
        : null;
  if (!copy) return null;
  const warm = {
    ...copy,
    id: warmupLayerId(layer.id),
    source: warmupSourceId(copy.type),
    layout: { ...copy.layout, visibility: 'visible' },
  } as LayerSpecification;
  // The filter reads the dataset's properties; the copy's one point has none.
  delete (warm as { filter?: unknown }).filter;
  return warm;
}

/**
 * Layers with the same key draw with the same shader: the same type, and the same paint values
 * per feature, each with or without zoom. (Constant and zoom-only values are both uniforms.)
 */
export function shaderKey(layer: LayerSpecification): string {
  const paint: Record<string, unknown> = ('paint' in layer && layer.paint) || {};
  const kinds = Object.entries(paint)
    .flatMap(([name, value]) => {
      const { zoom, feature } = readsOf(value);
      return feature ? [`${name}:${zoom ? 'composite' : 'source'}`] : [];
    })
    .sort();
  const textField = layer.type === 'symbol' ? layer.layout?.['text-field'] : undefined;
  const sections = setsSectionColour(textField) ? ['sections'] : [];
  return [layer.type, ...kinds, ...sections].join('|');
}
