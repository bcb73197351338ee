import type { OutletKind } from '../../../data/schema';

export const OUTLET_SOURCE = 'outlets';
export const CITY_SOURCE = 'cities';

export const outletLayerId = (kind: OutletKind) => `outlets-${kind}` as const;
/** The dots that stand for outlets below SYMBOL_MIN_ZOOM. */
export const outletDotLayerId = (kind: OutletKind) => `outlets-${kind}-dot` as const;
export const OUTLET_HIGHLIGHT_LAYER = 'outlets-highlight';
export const CITY_BUBBLE_LAYER = 'cities-bubble';
export const CITY_LABEL_LAYER = 'cities-label';
