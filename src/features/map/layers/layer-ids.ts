import { OUTLET_KINDS, type OutletKind } from '../../../data/domain/schema';

/** One source per kind: hiding a kind reloads only its own third of the outlets. */
export const outletSourceId = (kind: OutletKind) => `outlets-${kind}-source` as const;
/** The hovered and the selected outlet: one or two features, redrawn without touching the rest. */
export const OUTLET_HIGHLIGHT_SOURCE = 'outlets-highlight-source';
export const CITY_SOURCE = 'cities';

export const outletLayerId = (kind: OutletKind) => `outlets-${kind}` as const;
/** The dots that stand for outlets below SYMBOL_MIN_ZOOM. */
export const outletDotLayerId = (kind: OutletKind) => `outlets-${kind}-dot` as const;
export const OUTLET_HIGHLIGHT_LAYER = 'outlets-highlight';
export const CITY_BUBBLE_LAYER = 'cities-bubble';
export const CITY_LABEL_LAYER = 'cities-label';
/** Rings around the bubbles of cities behind or at risk against their plan. */
export const CITY_PLAN_LAYER = 'cities-plan';
/** The outlets that changed between two compared dates, ringed under their symbols. */
export const OUTLET_CHANGES_SOURCE = 'outlet-changes';
export const OUTLET_CHANGES_LAYER = 'outlet-changes';
/** Invisible squares over the bubbles, which keep the labels off them. */
export const CITY_OBSTACLE_LAYER = 'cities-obstacle';
export const CITY_OBSTACLE_IMAGE = 'city-obstacle';
/** The names of the outlets in view, from the label zoom on: a few hundred features at most. */
export const OUTLET_LABEL_SOURCE = 'outlet-labels';
export const OUTLET_LABEL_LAYER = 'outlet-labels';

/** The outlet layers a click or hover picks an outlet from, topmost first. */
export const OUTLET_LAYER_IDS: string[] = [
  ...OUTLET_KINDS.map(outletLayerId),
  ...OUTLET_KINDS.map(outletDotLayerId),
];
