import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { BasemapConfig } from '../../config/runtime-config';
import {
  BASEMAP_PALETTES,
  HIGH_CONTRAST_PALETTES,
  type BasemapPalette,
  type MapTheme,
} from '../../components/ui/map-colors';
import type { NetworkView } from '../../data/derive/network-view';
import { OUTLET_KINDS, type Network } from '../../data/domain/schema';
import type { Language } from '../../lib/i18n/messages';
import type { LayerId } from '../../data/domain/vocabulary';
import { buildBasemapStyle } from './basemap-style';
import type { CityFeatures } from './build-city-features';
import { boundaryLayers, boundarySources, type BoundaryLevels } from './layers/boundary-layers';
import {
  buildDotFilter,
  buildOutletFilter,
  buildStageExpression,
  passingCities,
} from './build-outlet-filter';
import {
  cityBubbleLayer,
  cityLabelLayer,
  cityObstacleLayer,
  cityPlanLayer,
  citySource,
} from './layers/city-layers';
import {
  CITY_SOURCE,
  OUTLET_CHANGES_SOURCE,
  OUTLET_HIGHLIGHT_SOURCE,
  OUTLET_LABEL_SOURCE,
  outletSourceId,
} from './layers/layer-ids';
import {
  outletChangesLayer,
  outletDotLayer,
  outletHighlightLayer,
  outletLabelLayer,
  outletLayer,
} from './layers/outlet-layers';
import type { OutletLabels } from './outlet-labels';
import type { CoverageSettings } from '../../stores/app-state';
import {
  coverageFillLayer,
  coverageLineLayer,
  coverageRingLayer,
  REACH_SOURCE,
  reachLineLayer,
  reachPointLayer,
  reachSource,
  type ReachFeatures,
} from './layers/coverage-layers';
import { outletsUrl } from './outlet-source/outlet-protocol';

/** How the map looks: the basemap, the theme, the language and presenter mode. */
export interface MapAppearance {
  basemap: BasemapConfig;
  theme: MapTheme;
  language: Language;
  /** Presenter mode draws in high contrast. */
  presenting: boolean;
}

export function paletteOf(appearance: MapAppearance): BasemapPalette {
  return (appearance.presenting ? HIGH_CONTRAST_PALETTES : BASEMAP_PALETTES)[appearance.theme];
}

/** The basemap on its own: what `setStyle` is given; the data goes on top of it. */
export function baseStyle(appearance: MapAppearance): StyleSpecification | string {
  return buildBasemapStyle(
    appearance.basemap,
    appearance.theme,
    appearance.language,
    paletteOf(appearance),
  );
}

/** The basemap's layers this app restyles (none for an online style it does not own). */
export function basemapLayers(appearance: MapAppearance): LayerSpecification[] {
  const style = baseStyle(appearance);
  return typeof style === 'string' ? [] : style.layers;
}

/** What the map shows of the data, and the rings around the hovered and selected outlets. */
export interface MapData {
  network: Network | null;
  /** Where MapLibre's worker reads the outlets from (`outlet-protocol.ts`). */
  tableUrl: string | null;
  view: NetworkView | null;
  layers: Record<LayerId, boolean>;
  /** The levels of boundaries the map has reached, and the selected city's code to outline. */
  boundaries: BoundaryLevels;
  selectedAdcode: string | null;
  /** The city bubbles of the view (`buildCityFeatures`). */
  cities: CityFeatures | null;
  labels: OutletLabels;
  rings: FeatureCollection<Point, { selected: boolean }>;
  /** The outlets that changed between the compared dates (`buildChangedOutlets`), or null. */
  changes: FeatureCollection<Point, { type: string }> | null;
  /** Whether the dataset has a plan: the cities' plan rings are drawn. */
  hasPlan: boolean;
  /** The coverage view: its settings, whether it is on, the reach around a point. */
  coverage: { settings: CoverageSettings; on: boolean; reach: ReachFeatures };
}

/** Everything the app draws on top of the basemap, as MapLibre takes it. */
export interface DataStyle {
  sources: Record<string, GeoJSONSourceSpecification>;
  /** In drawing order, all above the basemap. */
  layers: LayerSpecification[];
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const NO_CITIES: CityFeatures = { type: 'FeatureCollection', features: [] };

/**
 * The sources and layers of the data for an appearance and a state of the data: one GeoJSON
 * source per outlet kind (dots below the symbol zoom, shapes from it), the city bubbles and
 * labels, the outlet names and the highlight rings. The filters and the visibility are part of
 * the layers, so a filter change is a change of this description like any other.
 */
export function buildDataStyle(appearance: MapAppearance, data: MapData): DataStyle {
  const { theme } = appearance;
  const palette = paletteOf(appearance);
  const { network, view, layers } = data;
  const asOf = view?.asOf ?? network?.meta.asOf ?? '';
  const datasetAsOf = network?.meta.asOf ?? '';
  const stage = buildStageExpression(asOf, datasetAsOf);
  const cities = view ? passingCities(view) : null;
  const sources: DataStyle['sources'] = { ...boundarySources(data.boundaries) };
  const outletLayers: LayerSpecification[] = [];
  const ringLayers: LayerSpecification[] = [];
  const { settings: coverage, on: coverageOn } = data.coverage;
  const rings = coverageOn && coverage.rings;
  OUTLET_KINDS.forEach((kind) => {
    sources[outletSourceId(kind)] = {
      type: 'geojson',
      // Circles and icons are drawn whole from the tile their point is in: the tiles need no
      // copies of their neighbours' outlets.
      buffer: 0,
      data: data.tableUrl ? outletsUrl(data.tableUrl, kind) : EMPTY,
    };
    const shapes: ExpressionSpecification = view
      ? buildOutletFilter(view.filters, kind, asOf, datasetAsOf, cities)
      : ['boolean', false];
    const dots = view ? buildDotFilter(shapes, asOf, datasetAsOf) : shapes;
    outletLayers.push(
      outletDotLayer(kind, stage, dots, layers[kind], palette.hollowFill),
      outletLayer(kind, stage, shapes, layers[kind]),
    );
    // Off, the rings keep a fixed filter: a filter change never writes to them.
    const ringFilter: ExpressionSpecification = rings ? shapes : ['boolean', false];
    ringLayers.push(
      coverageRingLayer(
        kind,
        ringFilter,
        rings ? stage : ['literal', 'none'],
        coverage.radiusKm,
        rings && layers[kind],
        palette,
      ),
    );
  });
  sources[CITY_SOURCE] = citySource(data.cities ?? NO_CITIES);
  sources[OUTLET_LABEL_SOURCE] = { type: 'geojson', data: data.labels };
  sources[OUTLET_HIGHLIGHT_SOURCE] = { type: 'geojson', data: data.rings };
  // Always there, empty without a comparison: a layer once added stays, so ending a comparison
  // must empty its source rather than leave its last halos on the map.
  sources[OUTLET_CHANGES_SOURCE] = { type: 'geojson', data: data.changes ?? EMPTY };
  sources[REACH_SOURCE] = reachSource(data.coverage.reach);
  // The districts' shading comes with the districts' source, under their lines and names.
  const coverageLayers: LayerSpecification[] = data.boundaries.districts
    ? [coverageFillLayer(coverageOn, theme), coverageLineLayer(coverageOn, palette)]
    : [];
  const cityOptions = { visible: layers.cities, theme, palette, presenting: appearance.presenting };
  return {
    sources,
    layers: [
      ...coverageLayers,
      ...boundaryLayers(
        data.boundaries,
        appearance.language,
        palette,
        data.selectedAdcode,
        data.network?.cities.map((city) => city.adcode),
      ),
      cityBubbleLayer(cityOptions),
      ...(data.hasPlan ? [cityPlanLayer(cityOptions)] : []),
      outletChangesLayer(),
      ...ringLayers,
      reachLineLayer(palette),
      // Under the outlets: a ring surrounds the symbol rather than covering it.
      outletHighlightLayer(palette.cityLabel),
      ...outletLayers,
      reachPointLayer(palette),
      outletLabelLayer(palette.cityLabel, palette.labelHalo),
      cityLabelLayer(cityOptions),
      // Topmost, so placed first: every label keeps off every bubble.
      cityObstacleLayer(cityOptions),
    ],
  };
}
