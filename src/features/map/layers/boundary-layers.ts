import type {
  GeoJSONSourceSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { BasemapPalette } from '../../../components/ui/map-colors';
import { FONT_REGULAR } from '../../../config/map-defaults';
import type { Language } from '../../../lib/i18n/messages';

/** The map is given a level of boundaries once it comes within half a zoom of showing it. */
export const PREFECTURE_MIN_ZOOM = 5;
export const DISTRICT_MIN_ZOOM = 8;

/** Which levels of boundaries the map has been given (each once it was first needed). */
export interface BoundaryLevels {
  prefectures: boolean;
  districts: boolean;
}

export const PREFECTURE_SOURCE = 'prefectures';
export const DISTRICT_SOURCE = 'districts';
const PREFECTURE_LABEL_SOURCE = 'prefecture-labels';
const DISTRICT_LABEL_SOURCE = 'district-labels';
export const CITY_OUTLINE_LAYER = 'city-outline';

function assetUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path}`, window.location.href).href;
}

/**
 * The prefecture and district (county-level) boundaries and names, from the same compliant
 * source as the provinces (`public/basemap/`, built by `scripts/build-basemap.mjs`). Large
 * files: the map gets each level only once it zooms near it, so the national view never loads
 * them.
 */
export function boundarySources(
  levels: BoundaryLevels,
): Record<string, GeoJSONSourceSpecification> {
  const sources: Record<string, GeoJSONSourceSpecification> = {};
  if (levels.prefectures) {
    sources[PREFECTURE_SOURCE] = { type: 'geojson', data: assetUrl('basemap/prefectures.json') };
    sources[PREFECTURE_LABEL_SOURCE] = {
      type: 'geojson',
      data: assetUrl('basemap/prefecture-labels.json'),
    };
  }
  if (levels.districts) {
    sources[DISTRICT_SOURCE] = { type: 'geojson', data: assetUrl('basemap/districts.json') };
    sources[DISTRICT_LABEL_SOURCE] = {
      type: 'geojson',
      data: assetUrl('basemap/district-labels.json'),
    };
  }
  return sources;
}

function nameLayer(
  id: string,
  source: string,
  zooms: [number, number],
  language: Language,
  palette: BasemapPalette,
): SymbolLayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    minzoom: zooms[0],
    maxzoom: zooms[1],
    layout: {
      'text-field': ['get', language === 'zh' ? 'name_zh' : 'name_en'],
      'text-font': [FONT_REGULAR],
      'text-size': ['interpolate', ['linear'], ['zoom'], zooms[0], 11, zooms[1], 13],
      'text-max-width': 8,
      'text-padding': 4,
    },
    paint: {
      'text-color': palette.label,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 1.2,
    },
  };
}

function lineLayer(
  id: string,
  source: string,
  minzoom: number,
  palette: BasemapPalette,
  width: [number, number],
): LineLayerSpecification {
  return {
    id,
    type: 'line',
    source,
    minzoom,
    paint: {
      'line-color': palette.provinceLine,
      'line-width': ['interpolate', ['linear'], ['zoom'], minzoom, width[0], 12, width[1]],
      'line-opacity': ['interpolate', ['linear'], ['zoom'], minzoom, 0.4, minzoom + 1, 1],
    },
  };
}

/**
 * The boundary layers the map has sources for, under the data. The selected city's prefecture
 * is outlined (`adcode`, the 6-digit code the dataset gives the city), so a city view shows where
 * the city ends. The prefectures of the dataset's cities are not named again: their bubbles'
 * labels name them ("Wuxi 2", not "Wuxi" beside it).
 */
export function boundaryLayers(
  levels: BoundaryLevels,
  language: Language,
  palette: BasemapPalette,
  selectedAdcode: string | null,
  cityAdcodes: readonly string[] = [],
): LayerSpecification[] {
  const layers: LayerSpecification[] = [];
  if (levels.districts)
    layers.push(
      lineLayer('district-lines', DISTRICT_SOURCE, DISTRICT_MIN_ZOOM, palette, [0.3, 0.9]),
    );
  if (levels.prefectures) {
    layers.push(
      lineLayer('prefecture-lines', PREFECTURE_SOURCE, PREFECTURE_MIN_ZOOM, palette, [0.6, 1.6]),
    );
    layers.push({
      id: CITY_OUTLINE_LAYER,
      type: 'line',
      source: PREFECTURE_SOURCE,
      filter: ['==', ['get', 'id'], selectedAdcode ?? ''],
      paint: {
        'line-color': palette.countryLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.5, 10, 3],
        'line-dasharray': [3, 1.5],
      },
    });
    layers.push({
      ...nameLayer(
        'prefecture-names',
        PREFECTURE_LABEL_SOURCE,
        [PREFECTURE_MIN_ZOOM + 0.5, DISTRICT_MIN_ZOOM + 1],
        language,
        palette,
      ),
      filter: ['!', ['in', ['get', 'id'], ['literal', [...cityAdcodes]]]],
    });
  }
  if (levels.districts)
    layers.push(
      nameLayer(
        'district-names',
        DISTRICT_LABEL_SOURCE,
        [DISTRICT_MIN_ZOOM + 1, 24],
        language,
        palette,
      ),
    );
  return layers;
}
