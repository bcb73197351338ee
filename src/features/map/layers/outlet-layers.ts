import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FilterSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { OutletKind } from '../../../data/schema';
import { buildStageExpression } from '../build-outlet-filter';
import { OUTLET_HIGHLIGHT_LAYER, OUTLET_SOURCE, outletLayerId } from './layer-ids';

/** Icon variant by stage: open solid, pipeline hollow, closed faded hollow. */
export function buildIconImage(kind: OutletKind, day: number): ExpressionSpecification {
  return [
    'match',
    buildStageExpression(day),
    'open',
    `${kind}-solid`,
    'closed',
    `${kind}-closed`,
    `${kind}-hollow`,
  ];
}

const ICON_SIZE: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  3,
  0.5,
  7,
  0.75,
  11,
  1,
];

export function outletLayer(
  kind: OutletKind,
  day: number,
  filter: FilterSpecification,
  visible: boolean,
): SymbolLayerSpecification {
  return {
    id: outletLayerId(kind),
    type: 'symbol',
    source: OUTLET_SOURCE,
    filter,
    layout: {
      visibility: visible ? 'visible' : 'none',
      'icon-image': buildIconImage(kind, day),
      'icon-size': ICON_SIZE,
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      // Open outlets draw over pipeline ones.
      'symbol-sort-key': ['case', ['<=', ['get', 'd_open'], day], 1, 0],
    },
    paint: {},
  };
}

/** A ring under the hovered or selected outlet, driven by feature-state. */
export function outletHighlightLayer(
  filter: FilterSpecification,
  color: string,
): CircleLayerSpecification {
  return {
    id: OUTLET_HIGHLIGHT_LAYER,
    type: 'circle',
    source: OUTLET_SOURCE,
    filter,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 9, 11, 16],
      'circle-color': color,
      'circle-opacity': [
        'case',
        ['boolean', ['feature-state', 'selected'], false],
        0.35,
        ['boolean', ['feature-state', 'hover'], false],
        0.2,
        0,
      ],
      'circle-stroke-color': color,
      'circle-stroke-width': [
        'case',
        ['boolean', ['feature-state', 'selected'], false],
        2,
        ['boolean', ['feature-state', 'hover'], false],
        1.5,
        0,
      ],
    },
  };
}
