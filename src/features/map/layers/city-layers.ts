import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { TIER_RAMPS, type BasemapPalette, type MapTheme } from '../../../components/ui/map-colors';
import { FONT_BOLD } from '../../../config/map-defaults';
import { TIER_GROUPS } from '../../../data/domain/filters';
import type { CityFeatures } from '../build-city-features';
import { PLAN_STATUS_CODE } from '../../../data/derive/plan-status';
import {
  CITY_BUBBLE_LAYER,
  CITY_PLAN_LAYER,
  CITY_LABEL_LAYER,
  CITY_OBSTACLE_IMAGE,
  CITY_OBSTACLE_LAYER,
  CITY_SOURCE,
} from './layer-ids';

/** From this zoom cities are never grouped: they stand apart. */
export const CITY_GROUP_MAX_ZOOM = 7;

/** Cities closer than this on screen (in pixels) are drawn as one group below that zoom. */
export function groupRadius(presenting: boolean): number {
  return presenting ? 60 : 44;
}

/** The cities' source: one point per city or group of cities (`buildCityFeatures`). */
export function citySource(data: CityFeatures): GeoJSONSourceSpecification {
  return { type: 'geojson', data };
}

const isGroup: ExpressionSpecification = ['>', ['get', 'extra'], 0];

/** The coverage gap: a recruiting city without a partner store, or a group of only such cities. */
const isGap: ExpressionSpecification = ['boolean', ['get', 'gap'], false];

const isActive: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'hover'], false],
  ['boolean', ['feature-state', 'selected'], false],
];

/** The tier ramp of a theme as a data-driven colour (a group takes its highest tier's). */
export function tierColor(theme: MapTheme): ExpressionSpecification {
  const ramp = TIER_RAMPS[theme];
  return [
    'match',
    ['get', 'tier'],
    ...TIER_GROUPS.slice(0, -1).flatMap((group, code) => [code, ramp[group]]),
    ramp['3+'],
  ] as unknown as ExpressionSpecification;
}

/** A bubble's size, 0–1: the square root of its count against the largest city's, at most 1. */
const size: ExpressionSpecification = [
  'min',
  1,
  ['sqrt', ['/', ['number', ['get', 'count'], 0], ['max', 1, ['number', ['get', 'max'], 1]]]],
];

/** Bubble radius in pixels at the zooms the style interpolates between, bounded. */
const RADIUS_STOPS: [zoom: number, base: number, scale: number][] = [
  [3, 4, 9],
  [6, 6, 14],
  [9, 10, 26],
];

const scaled = (factor: number, value: ExpressionSpecification | number): ExpressionSpecification =>
  ['*', factor, value] as ExpressionSpecification;

function radius(factor: number, map = (r: ExpressionSpecification) => r) {
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...RADIUS_STOPS.flatMap(([zoom, base, scale]) => [
      zoom,
      map(scaled(factor, ['+', base, ['*', scale, size]])),
    ]),
  ] as ExpressionSpecification;
}

/** How much larger the cities are drawn in presenter mode, for the back of the room. */
export const PRESENTER_SCALE = 1.3;

export interface CityLayerOptions {
  visible: boolean;
  theme: MapTheme;
  palette: BasemapPalette;
  presenting: boolean;
}

/**
 * Bubble area grows with the outlet count; a gap city is a hollow ring; a recruitment city has a
 * stronger edge than a city without open recruitment.
 */
export function cityBubbleLayer({
  visible,
  theme,
  presenting,
}: CityLayerOptions): CircleLayerSpecification {
  return {
    id: CITY_BUBBLE_LAYER,
    type: 'circle',
    source: CITY_SOURCE,
    layout: { visibility: visible ? 'visible' : 'none' },
    paint: {
      'circle-radius': radius(presenting ? PRESENTER_SCALE : 1),
      'circle-color': tierColor(theme),
      'circle-opacity': [
        'interpolate',
        ['linear'],
        ['zoom'],
        5,
        ['case', isGap, 0.08, 0.5],
        9,
        ['case', isGap, 0.08, 0.16],
      ],
      'circle-stroke-color': tierColor(theme),
      'circle-stroke-width': [
        'case',
        isActive,
        4,
        isGap,
        2.5,
        ['boolean', ['get', 'recruiting'], false],
        2,
        1,
      ],
    },
  };
}

/** Side of the transparent square the obstacles are drawn with, in pixels. */
export const OBSTACLE_PX = 32;

/**
 * An invisible square over each bubble, placed before any label: city and province labels then
 * keep off every bubble, not only their own. It is the square inside the circle (side r·√2):
 * a label may graze a bubble's rim, never cover its middle.
 */
export function cityObstacleLayer({
  visible,
  presenting,
}: CityLayerOptions): SymbolLayerSpecification {
  return {
    id: CITY_OBSTACLE_LAYER,
    type: 'symbol',
    source: CITY_SOURCE,
    maxzoom: 9,
    layout: {
      visibility: visible ? 'visible' : 'none',
      'icon-image': CITY_OBSTACLE_IMAGE,
      'icon-size': radius(presenting ? PRESENTER_SCALE : 1, (r) => [
        '/',
        ['*', Math.SQRT2, r],
        OBSTACLE_PX,
      ]),
      'icon-allow-overlap': true,
      'icon-padding': 0,
    },
    paint: { 'icon-opacity': 0 },
  };
}

const TEXT_STOPS: [zoom: number, size: number][] = [
  [3, 12],
  [6, 13],
  [9, 15],
];

/** "Suzhou 5" beside a city's bubble; "Shanghai +3 19" beside a group of four cities. */
export function cityLabelLayer({
  visible,
  palette,
  presenting,
}: CityLayerOptions): SymbolLayerSpecification {
  const factor = presenting ? PRESENTER_SCALE : 1;
  const count = (format: Record<string, unknown>): ExpressionSpecification[] =>
    [' ', {}, ['to-string', ['get', 'count']], format] as ExpressionSpecification[];
  const muted = { 'font-scale': 0.85, 'text-color': palette.label };
  return {
    id: CITY_LABEL_LAYER,
    type: 'symbol',
    source: CITY_SOURCE,
    layout: {
      visibility: visible ? 'visible' : 'none',
      'text-field': [
        'case',
        isGroup,
        [
          'format',
          ['get', 'name'],
          {},
          ['concat', ' +', ['to-string', ['get', 'extra']]],
          muted,
          ...count(muted),
        ],
        ['>', ['get', 'count'], 0],
        ['format', ['get', 'name'], {}, ...count(muted)],
        ['get', 'name'],
      ],
      'text-font': [FONT_BOLD],
      'text-size': [
        'interpolate',
        ['linear'],
        ['zoom'],
        ...TEXT_STOPS.flatMap(([zoom, px]) => [zoom, px * factor]),
      ],
      // Beside the bubble: its radius in ems of the text, at each zoom stop.
      'text-radial-offset': [
        'interpolate',
        ['linear'],
        ['zoom'],
        ...RADIUS_STOPS.flatMap(([zoom, base, scale], i) => [
          zoom,
          [
            '+',
            0.3,
            [
              '/',
              scaled(factor, ['+', base, ['*', scale, size]]),
              (TEXT_STOPS[i]?.[1] ?? 13) * factor,
            ],
          ],
        ]),
      ] as ExpressionSpecification,
      'text-variable-anchor': [
        'right',
        'left',
        'top',
        'bottom',
        'top-right',
        'bottom-right',
        'top-left',
        'bottom-left',
      ],
      'text-justify': 'auto',
      'text-padding': 2,
      // The cities with the most outlets in view are placed first.
      'symbol-sort-key': ['-', ['get', 'count']],
    },
    paint: {
      'text-color': palette.cityLabel,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 1.5,
    },
  };
}

/** Colour-blind-safe rings for a city against its plan (Okabe–Ito vermillion and orange). */
export const PLAN_RING_COLORS = { behind: '#D55E00', 'at-risk': '#E69F00' } as const;

/**
 * A ring around the bubble of a city behind plan (thick, vermillion) or at risk (thinner,
 * orange): the plan's statuses on the map, explained in the legend. Drawn only for datasets with
 * targets.
 */
export function cityPlanLayer({ visible, presenting }: CityLayerOptions): CircleLayerSpecification {
  const factor = presenting ? PRESENTER_SCALE : 1;
  const behind: ExpressionSpecification = ['==', ['get', 'plan'], PLAN_STATUS_CODE.behind];
  return {
    id: CITY_PLAN_LAYER,
    type: 'circle',
    source: CITY_SOURCE,
    filter: ['>=', ['get', 'plan'], PLAN_STATUS_CODE['at-risk']],
    layout: { visibility: visible ? 'visible' : 'none' },
    paint: {
      'circle-radius': radius(factor, (r) => ['+', r, 3 * factor]),
      'circle-color': 'rgba(0, 0, 0, 0)',
      'circle-stroke-color': ['case', behind, PLAN_RING_COLORS.behind, PLAN_RING_COLORS['at-risk']],
      'circle-stroke-width': ['case', behind, 3.5 * factor, 2 * factor],
    },
  };
}
