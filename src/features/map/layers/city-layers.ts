import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { TIER_RAMPS, type BasemapPalette, type MapTheme } from '../../../components/ui/map-colors';
import { FONT_BOLD } from '../../../config/map-defaults';
import type { Language } from '../../../lib/i18n/messages';
import { CITY_BUBBLE_LAYER, CITY_COUNTS_STATE, CITY_LABEL_LAYER, CITY_SOURCE } from './layer-ids';

/** The tier ramp of a theme as a data-driven colour. */
export function tierColor(theme: MapTheme): ExpressionSpecification {
  const ramp = TIER_RAMPS[theme];
  return [
    'match',
    ['get', 'tierGroup'],
    '1',
    ramp['1'],
    'new1',
    ramp.new1,
    '2',
    ramp['2'],
    ramp['3+'],
  ];
}

/** The counts of the cities by position (`buildCityMarks`), a global state of the map's style. */
const cityCounts: ExpressionSpecification = [
  'coalesce',
  ['global-state', CITY_COUNTS_STATE],
  ['literal', []],
];
/**
 * A city's count, or -1 when the filters leave it off the map, read by the city's position:
 * city ids never become keys of the map's state.
 */
const cityCount: ExpressionSpecification = [
  'case',
  ['<', ['get', 'c'], ['length', cityCounts]],
  ['number', ['at', ['get', 'c'], cityCounts], -1],
  -1,
];
/** Only the cities with a count: those the filters leave on the map. */
export const cityShown: ExpressionSpecification = ['>=', cityCount, 0];
const isGap: ExpressionSpecification = ['boolean', ['feature-state', 'gap'], false];

const isActive: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'hover'], false],
  ['boolean', ['feature-state', 'selected'], false],
];

/** Bubble area grows with the outlet count, the largest city the largest; a gap city is a hollow ring. */
export function cityBubbleLayer(visible: boolean, theme: MapTheme): CircleLayerSpecification {
  const radius = (base: number, scale: number): ExpressionSpecification => [
    '+',
    base,
    ['*', scale, ['number', ['feature-state', 'size'], 0]],
  ];
  return {
    id: CITY_BUBBLE_LAYER,
    type: 'circle',
    source: CITY_SOURCE,
    filter: cityShown,
    layout: { visibility: visible ? 'visible' : 'none' },
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, radius(6, 16), 9, radius(10, 28)],
      'circle-color': tierColor(theme),
      'circle-opacity': [
        'interpolate',
        ['linear'],
        ['zoom'],
        5,
        ['case', isGap, 0.08, 0.55],
        9,
        ['case', isGap, 0.08, 0.18],
      ],
      'circle-stroke-color': tierColor(theme),
      'circle-stroke-width': ['case', isActive, 4, isGap, 2.5, 1.5],
    },
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
    filter: cityShown,
    layout: {
      visibility: visible ? 'visible' : 'none',
      // "Suzhou 5": the city and its outlets in view; the bubble stays clear for the symbols.
      'text-field': [
        'case',
        ['>', cityCount, 0],
        [
          'format',
          ['get', language === 'zh' ? 'name_zh' : 'name_en'],
          {},
          ` `,
          {},
          ['to-string', cityCount],
          { 'font-scale': 0.85, 'text-color': palette.label },
        ],
        ['get', language === 'zh' ? 'name_zh' : 'name_en'],
      ],
      'text-font': [FONT_BOLD],
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 9, 15],
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': ['interpolate', ['linear'], ['zoom'], 3, 1.1, 9, 2],
      'text-padding': 1,
      'symbol-sort-key': ['-', cityCount],
    },
    paint: {
      'text-color': palette.cityLabel,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 1.5,
    },
  };
}
