import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { TIER_COLORS, type BasemapPalette } from '../../../config/map-colors';
import { FONT_BOLD } from '../../../config/map-defaults';
import type { Language } from '../../../lib/i18n/messages';
import { CITY_BUBBLE_LAYER, CITY_COUNT_LAYER, CITY_LABEL_LAYER, CITY_SOURCE } from './layer-ids';

export const TIER_COLOR: ExpressionSpecification = [
  'match',
  ['get', 'tierGroup'],
  '1',
  TIER_COLORS['1'],
  'new1',
  TIER_COLORS.new1,
  '2',
  TIER_COLORS['2'],
  TIER_COLORS['3+'],
];

const isActive: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'hover'], false],
  ['boolean', ['feature-state', 'selected'], false],
];

/** Bubble area grows with the outlet count; a gap city is a hollow ring. */
export function cityBubbleLayer(visible: boolean): CircleLayerSpecification {
  const radius = (base: number, scale: number): ExpressionSpecification => [
    '+',
    base,
    ['*', scale, ['sqrt', ['get', 'count']]],
  ];
  return {
    id: CITY_BUBBLE_LAYER,
    type: 'circle',
    source: CITY_SOURCE,
    layout: { visibility: visible ? 'visible' : 'none' },
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, radius(7, 3.2), 9, radius(12, 4)],
      'circle-color': TIER_COLOR,
      'circle-opacity': [
        'interpolate',
        ['linear'],
        ['zoom'],
        5,
        ['case', ['get', 'gap'], 0.08, 0.55],
        9,
        ['case', ['get', 'gap'], 0.08, 0.18],
      ],
      'circle-stroke-color': TIER_COLOR,
      'circle-stroke-width': ['case', isActive, 4, ['get', 'gap'], 2.5, 1.5],
    },
  };
}

export function cityCountLayer(visible: boolean): SymbolLayerSpecification {
  return {
    id: CITY_COUNT_LAYER,
    type: 'symbol',
    source: CITY_SOURCE,
    maxzoom: 8,
    filter: ['>', ['get', 'count'], 0],
    layout: {
      visibility: visible ? 'visible' : 'none',
      'text-field': ['to-string', ['get', 'count']],
      'text-font': [FONT_BOLD],
      'text-size': 11,
      'text-allow-overlap': true,
    },
    paint: { 'text-color': '#ffffff', 'text-halo-color': 'rgba(0,0,0,0.35)', 'text-halo-width': 1 },
  };
}

export function cityLabelLayer(
  visible: boolean,
  language: Language,
  palette: BasemapPalette,
): SymbolLayerSpecification {
  return {
    id: CITY_LABEL_LAYER,
    type: 'symbol',
    source: CITY_SOURCE,
    layout: {
      visibility: visible ? 'visible' : 'none',
      'text-field': ['get', language === 'zh' ? 'name_zh' : 'name_en'],
      'text-font': [FONT_BOLD],
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 9, 15],
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': ['interpolate', ['linear'], ['zoom'], 3, 1.1, 9, 2],
      'text-padding': 1,
      'symbol-sort-key': ['-', ['get', 'count']],
    },
    paint: {
      'text-color': palette.cityLabel,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 1.5,
    },
  };
}
