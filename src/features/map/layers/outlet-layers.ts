import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FilterSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { FONT_REGULAR } from '../../../config/map-defaults';
import { DOT_ZOOMS_BELOW } from '../outlet-source/dot-zooms';
import type { OutletKind } from '../../../data/domain/schema';
import { KIND_COLORS } from '../../../components/ui/map-colors';
import {
  OUTLET_HIGHLIGHT_LAYER,
  OUTLET_HIGHLIGHT_SOURCE,
  outletDotLayerId,
  outletLayerId,
  outletSourceId,
  OUTLET_CHANGES_LAYER,
  OUTLET_CHANGES_SOURCE,
  OUTLET_LABEL_LAYER,
  OUTLET_LABEL_SOURCE,
} from './layer-ids';

/** Icon variant by stage: open solid, pipeline hollow, closed faded hollow. */
export function buildIconImage(
  kind: OutletKind,
  stage: ExpressionSpecification,
): ExpressionSpecification {
  return ['match', stage, 'open', `${kind}-solid`, 'closed', `${kind}-closed`, `${kind}-hollow`];
}

/** At national zoom a city's outlets share one spot: the kinds stand side by side there. */
const KIND_OFFSET: Record<OutletKind, number> = {
  'delivery-center': -16,
  'partner-store': 0,
  'fusion-store': 16,
};

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

/**
 * Below this zoom outlets are dots (circle layers), shapes from it on (symbol layers). A
 * national view can hold a whole network in one tile, more than a symbol layer can take.
 */
export const SYMBOL_MIN_ZOOM = DOT_ZOOMS_BELOW;

/** Dots keep the kind colour, the open/pipeline fill and the side-by-side offset. */
export function outletDotLayer(
  kind: OutletKind,
  /** The outlet's stage as of the date in view (see `buildStageExpression`). */
  stage: ExpressionSpecification,
  filter: FilterSpecification,
  visible: boolean,
  hollowFill: string,
): CircleLayerSpecification {
  const closed: ExpressionSpecification = ['==', stage, 'closed'];
  const offset = KIND_OFFSET[kind] / 2.5;
  return {
    id: outletDotLayerId(kind),
    type: 'circle',
    source: outletSourceId(kind),
    maxzoom: SYMBOL_MIN_ZOOM,
    filter,
    layout: { visibility: visible ? 'visible' : 'none' },
    paint: {
      // Small at the national view, where the city bubbles carry the picture and a network of
      // tens of thousands of dots would only cover the land.
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 2.4, 6, 4.5],
      'circle-color': ['case', ['==', stage, 'open'], KIND_COLORS[kind], hollowFill],
      'circle-stroke-color': KIND_COLORS[kind],
      'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 3, 1, 6, 1.5],
      'circle-opacity': ['case', closed, 0.45, 1],
      'circle-stroke-opacity': ['case', closed, 0.45, 1],
      'circle-translate': [
        'interpolate',
        ['linear'],
        ['zoom'],
        4,
        ['literal', [offset, 0]],
        6,
        ['literal', [0, 0]],
      ],
    },
  };
}

/** Outlet names appear from this zoom, where a city's outlets stand apart. */
export const OUTLET_LABEL_ZOOM = 10;

export function outletLayer(
  kind: OutletKind,
  stage: ExpressionSpecification,
  filter: FilterSpecification,
  visible: boolean,
): SymbolLayerSpecification {
  return {
    id: outletLayerId(kind),
    type: 'symbol',
    source: outletSourceId(kind),
    minzoom: SYMBOL_MIN_ZOOM,
    filter,
    layout: {
      visibility: visible ? 'visible' : 'none',
      'icon-image': buildIconImage(kind, stage),
      'icon-size': ICON_SIZE,
      'icon-offset': [
        'interpolate',
        ['linear'],
        ['zoom'],
        4,
        ['literal', [KIND_OFFSET[kind], 0]],
        8,
        ['literal', [0, 0]],
      ],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      // Open outlets draw over pipeline ones.
      'symbol-sort-key': ['case', ['==', stage, 'open'], 1, 0],
    },
  };
}

/**
 * The names beside the outlets from the label zoom on, from a source that holds only the
 * outlets in view (`buildOutletLabels`): names never travel with the whole network's tiles.
 */
export function outletLabelLayer(textColor: string, haloColor: string): SymbolLayerSpecification {
  return {
    id: OUTLET_LABEL_LAYER,
    type: 'symbol',
    source: OUTLET_LABEL_SOURCE,
    minzoom: OUTLET_LABEL_ZOOM,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [FONT_REGULAR],
      'text-size': 12,
      'text-anchor': 'left',
      'text-offset': [1, 0],
      'text-max-width': 12,
    },
    paint: { 'text-color': textColor, 'text-halo-color': haloColor, 'text-halo-width': 1.5 },
  };
}

/** A ring under the hovered or selected outlet: its own source holds just those two. */
export function outletHighlightLayer(color: string): CircleLayerSpecification {
  return {
    id: OUTLET_HIGHLIGHT_LAYER,
    type: 'circle',
    source: OUTLET_HIGHLIGHT_SOURCE,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 9, 11, 16],
      'circle-color': color,
      'circle-opacity': ['case', ['get', 'selected'], 0.35, 0.2],
      'circle-stroke-color': color,
      'circle-stroke-width': ['case', ['get', 'selected'], 2, 1.5],
    },
  };
}

/** The colour of an outlet that changed between two compared dates, by kind of change. */
export const CHANGE_COLORS = { new: '#009E73', advance: '#0072B2', closure: '#CC79A7' } as const;

/**
 * A halo under each outlet that changed between the compared dates (`outlet-changes` source:
 * one point per changed outlet, with the kind of its last change): new, advanced or closed.
 */
export function outletChangesLayer(): CircleLayerSpecification {
  return {
    id: OUTLET_CHANGES_LAYER,
    type: 'circle',
    source: OUTLET_CHANGES_SOURCE,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 5, 8, 10, 12, 14],
      'circle-color': [
        'match',
        ['get', 'type'],
        'new',
        CHANGE_COLORS.new,
        'closure',
        CHANGE_COLORS.closure,
        CHANGE_COLORS.advance,
      ],
      'circle-opacity': 0.35,
      'circle-stroke-color': [
        'match',
        ['get', 'type'],
        'new',
        CHANGE_COLORS.new,
        'closure',
        CHANGE_COLORS.closure,
        CHANGE_COLORS.advance,
      ],
      'circle-stroke-width': 1.5,
    },
  };
}
