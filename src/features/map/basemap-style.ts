import type { StyleSpecification } from 'maplibre-gl';
import type { BasemapConfig } from '../../config/runtime-config';
import {
  BASEMAP_PALETTES,
  type BasemapPalette,
  type MapTheme,
} from '../../components/ui/map-colors';
import { FONT_BOLD, FONT_REGULAR } from '../../config/map-defaults';
import type { Language } from '../../lib/i18n/messages';

function assetUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path}`, window.location.href).href;
}

function fontFaces(): StyleSpecification['font-faces'] {
  return {
    [FONT_REGULAR]: [{ url: assetUrl('fonts/noto-sans-latin-400-normal.woff2') }],
    [FONT_BOLD]: [{ url: assetUrl('fonts/noto-sans-latin-700-normal.woff2') }],
  };
}

/** The embedded, offline basemap: provinces, the country outline, the ten-dash line, labels. */
export function buildEmbeddedStyle(
  theme: MapTheme,
  language: Language,
  palette: BasemapPalette = BASEMAP_PALETTES[theme],
): StyleSpecification {
  return {
    version: 8,
    name: `Channel Atlas ${theme}`,
    'font-faces': fontFaces(),
    sources: {
      provinces: {
        type: 'geojson',
        data: assetUrl('basemap/provinces.json'),
      },
      'boundary-lines': { type: 'geojson', data: assetUrl('basemap/boundary-lines.json') },
      'province-labels': { type: 'geojson', data: assetUrl('basemap/province-labels.json') },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
      {
        id: 'land',
        type: 'fill',
        source: 'provinces',
        paint: { 'fill-color': palette.land, 'fill-antialias': true },
      },
      {
        id: 'province-lines',
        type: 'line',
        source: 'provinces',
        paint: {
          'line-color': palette.provinceLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.2],
        },
      },
      {
        id: 'maritime-boundaries',
        type: 'line',
        source: 'boundary-lines',
        filter: ['==', ['get', 'kind'], 'maritime-provincial-boundary'],
        paint: { 'line-color': palette.provinceLine, 'line-width': 0.6 },
      },
      {
        id: 'country-outline',
        type: 'line',
        source: 'boundary-lines',
        filter: ['in', ['get', 'kind'], ['literal', ['country-outline', 'ten-dash-line']]],
        paint: {
          'line-color': palette.countryLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 8, 1.8],
        },
      },
      {
        id: 'undetermined-boundary',
        type: 'line',
        source: 'boundary-lines',
        filter: ['==', ['get', 'kind'], 'undetermined-national-boundary'],
        paint: {
          'line-color': palette.countryLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 8, 1.8],
          'line-dasharray': [3, 2],
        },
      },
      {
        id: 'province-labels',
        type: 'symbol',
        source: 'province-labels',
        maxzoom: 8,
        layout: {
          'text-field': ['get', language === 'zh' ? 'name_zh' : 'name_en'],
          'text-font': [FONT_REGULAR],
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 7, 13],
          'text-letter-spacing': language === 'zh' ? 0.1 : 0.05,
          'text-transform': language === 'zh' ? 'none' : 'uppercase',
          'text-max-width': 8,
        },
        paint: {
          'text-color': palette.label,
          'text-halo-color': palette.labelHalo,
          'text-halo-width': 1.2,
        },
      },
    ],
  };
}

/** An online basemap from the runtime config, or the embedded one. */
export function buildBasemapStyle(
  basemap: BasemapConfig,
  theme: MapTheme,
  language: Language,
  palette: BasemapPalette = BASEMAP_PALETTES[theme],
): StyleSpecification | string {
  if (basemap.type === 'style') return basemap.url;
  const embedded = buildEmbeddedStyle(theme, language, palette);
  if (basemap.type === 'embedded') return embedded;
  return {
    ...embedded,
    sources: {
      ...embedded.sources,
      raster: {
        type: 'raster',
        tiles: basemap.tiles,
        tileSize: basemap.tileSize,
        attribution: basemap.attribution,
      },
    },
    layers: [
      ...embedded.layers.filter((layer) => layer.id === 'sea'),
      { id: 'raster', type: 'raster', source: 'raster' },
      ...embedded.layers.filter((layer) => layer.id === 'province-lines'),
    ],
  };
}
