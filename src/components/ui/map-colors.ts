import type { OutletKind } from '../../data/domain/schema';
import type { TierGroup } from '../../data/domain/filters';

/** Okabe–Ito based, colour-blind safe; delivery centers in Xiaomi orange. */
export const KIND_COLORS: Record<OutletKind, string> = {
  'delivery-center': '#FF6900',
  'partner-store': '#0072B2',
  'fusion-store': '#009E73',
};

export type MapTheme = 'light' | 'dark';

/** One sequential ramp for city tiers: Tier 1 stands out most against the land of each theme. */
export const TIER_RAMPS: Record<MapTheme, Record<TierGroup, string>> = {
  light: { '1': '#4a1486', new1: '#6a51a3', '2': '#9e9ac8', '3+': '#cbc9e2' },
  dark: { '1': '#e2d4ff', new1: '#b79cf0', '2': '#8a74c4', '3+': '#5f5290' },
};

export const TIER_COLORS = TIER_RAMPS.light;

export interface BasemapPalette {
  sea: string;
  land: string;
  provinceLine: string;
  countryLine: string;
  label: string;
  labelHalo: string;
  cityLabel: string;
  /** Fill of hollow (pipeline) outlet symbols. */
  hollowFill: string;
}

export const BASEMAP_PALETTES: Record<MapTheme, BasemapPalette> = {
  light: {
    sea: '#d9e6f0',
    land: '#f8f6f1',
    provinceLine: '#c3bcb0',
    countryLine: '#7d7468',
    label: '#857d72',
    labelHalo: '#f8f6f1',
    cityLabel: '#2b2824',
    hollowFill: '#ffffff',
  },
  dark: {
    sea: '#0d1520',
    land: '#1b2330',
    provinceLine: '#354154',
    countryLine: '#7a889c',
    label: '#7d8aa0',
    labelHalo: '#1b2330',
    cityLabel: '#e8edf4',
    hollowFill: '#1b2330',
  },
};

/** Presenter mode: the same map with stronger edges and labels for a shared screen. */
export const HIGH_CONTRAST_PALETTES: Record<MapTheme, BasemapPalette> = {
  light: {
    sea: '#c6d9ea',
    land: '#ffffff',
    provinceLine: '#8a8175',
    countryLine: '#1a1714',
    label: '#4a453e',
    labelHalo: '#ffffff',
    cityLabel: '#000000',
    hollowFill: '#ffffff',
  },
  dark: {
    sea: '#020812',
    land: '#111820',
    provinceLine: '#5d6b80',
    countryLine: '#d8e0ea',
    label: '#b9c4d4',
    labelHalo: '#000000',
    cityLabel: '#ffffff',
    hollowFill: '#111820',
  },
};

/**
 * The coverage bands (≤ 10, 10–25, 25–50, > 50 km to the nearest open point), one sequential
 * ramp from light to dark (ColorBrewer YlOrRd, colour-blind safe): the farther from reach, the
 * stronger, so the holes stand out and the outlets sit on the light end.
 */
export const COVERAGE_RAMP = ['#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'] as const;

/** How opaque the coverage shading is over each theme's land. */
export const COVERAGE_OPACITY: Record<MapTheme, number> = { light: 0.5, dark: 0.5 };
