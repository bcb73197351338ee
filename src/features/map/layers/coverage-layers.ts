import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  GeoJSONSourceSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, LineString, Point } from 'geojson';
import {
  COVERAGE_OPACITY,
  COVERAGE_RAMP,
  type BasemapPalette,
  type MapTheme,
} from '../../../components/ui/map-colors';
import type { OutletKind } from '../../../data/domain/schema';
import { DISTRICT_SOURCE } from './boundary-layers';
import { outletSourceId } from './layer-ids';

export const COVERAGE_FILL_LAYER = 'coverage-fill';
export const COVERAGE_LINE_LAYER = 'coverage-lines';
export const coverageRingLayerId = (kind: OutletKind) => `coverage-rings-${kind}` as const;
export const REACH_SOURCE = 'coverage-reach';
export const REACH_LINE_LAYER = 'coverage-reach-lines';
export const REACH_POINT_LAYER = 'coverage-reach-point';

const COVERAGE_LINE_MIN_ZOOM = 5.5;

/** The district's band as the map's feature state holds it (`bandOf`); none: out of scope. */
const BAND: ExpressionSpecification = ['coalesce', ['feature-state', 'band'], -1];

const visibility = (visible: boolean) => ({ visibility: visible ? 'visible' : 'none' }) as const;

/**
 * The districts shaded by their band, from the districts' source: the bands are feature state
 * (set by `applyMapState`), so a filter or a date changes the shading without reloading a
 * district. Districts out of scope have no band and stay clear.
 */
export function coverageFillLayer(visible: boolean, theme: MapTheme): FillLayerSpecification {
  return {
    id: COVERAGE_FILL_LAYER,
    type: 'fill',
    source: DISTRICT_SOURCE,
    layout: visibility(visible),
    paint: {
      'fill-color': [
        'match',
        BAND,
        0,
        COVERAGE_RAMP[0],
        1,
        COVERAGE_RAMP[1],
        2,
        COVERAGE_RAMP[2],
        3,
        COVERAGE_RAMP[3],
        'rgba(0, 0, 0, 0)',
      ],
      'fill-opacity': COVERAGE_OPACITY[theme],
    },
  };
}

/** The outlines of the districts in scope, so that neighbours of one band stay apart. */
export function coverageLineLayer(
  visible: boolean,
  palette: BasemapPalette,
): LineLayerSpecification {
  return {
    id: COVERAGE_LINE_LAYER,
    type: 'line',
    source: DISTRICT_SOURCE,
    // At the national view a district is a few pixels: its outline would only grey the map.
    minzoom: COVERAGE_LINE_MIN_ZOOM,
    layout: visibility(visible),
    paint: {
      'line-color': palette.provinceLine,
      'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.2, 10, 0.8],
      // Faint where the districts are small, firmer as they grow.
      'line-opacity': [
        'interpolate',
        ['linear'],
        ['zoom'],
        COVERAGE_LINE_MIN_ZOOM,
        ['case', ['>=', BAND, 0], 0.35, 0],
        8,
        ['case', ['>=', BAND, 0], 0.9, 0],
      ],
    },
  };
}

/** Web Mercator pixels per metre at the equator at zoom 0, for 512-pixel tiles. */
const PIXELS_PER_METRE = 512 / 40_075_016.686;
const RING_MAX_ZOOM = 16;

/**
 * Rings of `radiusKm` around the open service points in view, on an outlet kind's own source:
 * its filter is the outlets' (`shapes`) and open, and only features of outlets that offer
 * after-sales carry `r`, the map's scale at their latitude. A ring's radius in pixels doubles
 * with each zoom: `radius · r · 2^zoom` at 512-pixel tiles.
 */
export function coverageRingLayer(
  kind: OutletKind,
  shapes: ExpressionSpecification,
  stage: ExpressionSpecification,
  radiusKm: number,
  visible: boolean,
  palette: BasemapPalette,
): CircleLayerSpecification {
  const base = radiusKm * 1000 * PIXELS_PER_METRE;
  return {
    id: coverageRingLayerId(kind),
    type: 'circle',
    source: outletSourceId(kind),
    filter: ['all', ['has', 'r'], ['==', stage, 'open'], shapes],
    layout: visibility(visible),
    paint: {
      'circle-radius': [
        'interpolate',
        ['exponential', 2],
        ['zoom'],
        0,
        ['*', base, ['get', 'r']],
        RING_MAX_ZOOM,
        ['*', base * 2 ** RING_MAX_ZOOM, ['get', 'r']],
      ],
      'circle-color': palette.cityLabel,
      'circle-opacity': 0.04,
      'circle-stroke-color': palette.cityLabel,
      'circle-stroke-width': 1.5,
      'circle-stroke-opacity': 0.7,
      'circle-pitch-alignment': 'map',
    },
  };
}

/** What the reach around a point draws: the point, and lines to its nearest open outlets. */
export type ReachFeatures = FeatureCollection<Point | LineString, { role: 'point' | 'line' }>;

export const reachSource = (data: ReachFeatures): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data,
});

/** Dashed straight lines from the point to each nearest open outlet. */
export function reachLineLayer(palette: BasemapPalette): LineLayerSpecification {
  return {
    id: REACH_LINE_LAYER,
    type: 'line',
    source: REACH_SOURCE,
    filter: ['==', ['get', 'role'], 'line'],
    paint: {
      'line-color': palette.cityLabel,
      'line-width': 1.5,
      'line-dasharray': [2, 2],
    },
  };
}

/** The point itself: a ringed dot. */
export function reachPointLayer(palette: BasemapPalette): CircleLayerSpecification {
  return {
    id: REACH_POINT_LAYER,
    type: 'circle',
    source: REACH_SOURCE,
    filter: ['==', ['get', 'role'], 'point'],
    paint: {
      'circle-radius': 6,
      'circle-color': palette.cityLabel,
      'circle-stroke-color': palette.labelHalo,
      'circle-stroke-width': 2,
    },
  };
}
