import type {
  LayerSpecification,
  Map as MaplibreMap,
  MapGeoJSONFeature,
  MapMouseEvent,
} from 'maplibre-gl';
import { buildOutletTable } from '../../data/derive/outlet-table';
import { OUTLET_KINDS, type Network } from '../../data/domain/schema';
import { DEFAULT_LAYERS, useAppStore } from '../../stores/app-store';
import type { AppState } from '../../stores/app-state';
import { networkViewFor } from '../../stores/use-network-view';
import { applyMapState, freshRecord, type MapRecord } from './apply-map-state';
import { cityIdOf, outletIdOf } from './build-city-features';
import { cityMarksFor } from '../../data/derive/city-marks';
import { CITY_BUBBLE_LAYER, INTERACTIVE_LAYER_IDS, outletSourceId } from './layers/layer-ids';
import { OUTLET_LABEL_ZOOM } from './layers/outlet-layers';
import {
  baseStyle,
  basemapLayers,
  buildDataStyle,
  paletteOf,
  type MapAppearance,
} from './map-state';
import { drawOutletIcon, OUTLET_ICON_NAMES } from './outlet-icons';
import { buildOutletLabels, labelArea, type Area, type OutletLabels } from './outlet-labels';
import { buildOutletRings, type OutletRings } from './outlet-rings';

/** `data-map-state` of the map's container: automation and the PNG export wait on it. */
export type MapBusyState = 'loading' | 'idle' | 'error';

const NO_LABELS: OutletLabels = { type: 'FeatureCollection', features: [] };

/** The parts of the store the map draws: a change of anything else never reaches the map. */
const drawn = (state: AppState) =>
  [state.filters, state.layers, state.selectedCityId, state.selectedOutletId] as const;

/**
 * The one writer to the map. Everything the app does to MapLibre goes through here: the
 * basemap style, the data's sources and layers, their filters and visibility, the global state
 * and feature state of the city bubbles, the outlet icons, the highlight rings, the outlet
 * names and the busy state. It subscribes to the store once; on any change it works out what
 * the map should show (`buildDataStyle`, from the one derived view per dataset and filters,
 * `networkViewFor`) and hands the map the difference (`applyMapState`). It reads the map only
 * for what the user points at.
 *
 * A click on "Tier 1": the store's filters change → `onStoreChange` → `sync` → the outlet
 * layers' `setFilter`, the cities' global state and feature state, in the click's own task.
 */
export class MapAdapter {
  private appearance: MapAppearance;
  private network: Network | null = null;
  private tableUrls: string[] = [];
  /** What the map holds, once its style has loaded; null while a style loads. */
  private record: MapRecord | null = null;
  /** The basemap's layers as last given to `setStyle`. */
  private styledLayers: readonly LayerSpecification[] = [];
  private area: Area | null = null;
  private hovered: { city: number | null; outlet: number | null } = { city: null, outlet: null };
  private labelsKey: unknown[] = [];
  private labels: OutletLabels = NO_LABELS;
  private ringsKey: unknown[] = [];
  private rings: OutletRings = buildOutletRings(null, DEFAULT_LAYERS, null, null);
  private failed = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly map: MaplibreMap,
    private readonly container: HTMLElement,
    appearance: MapAppearance,
  ) {
    this.appearance = appearance;
    map.on('style.load', this.onStyleLoad);
    map.on('idle', this.onIdle);
    map.on('error', this.onError);
    map.on('moveend', this.onMoveEnd);
    map.on('mousemove', this.onMouseMove);
    map.on('mouseout', this.onMouseOut);
    map.on('click', this.onClick);
    map.setMissingStyleImageResolver((name) => this.provideIcon(name, false));
    this.unsubscribe = useAppStore.subscribe(this.onStoreChange);
    this.setStyle();
  }

  /** A new look (theme, language, presenter mode): restyled in place, the data stays loaded. */
  setAppearance(appearance: MapAppearance): void {
    const previous = this.appearance;
    this.appearance = appearance;
    if (appearance.basemap !== previous.basemap) return this.setStyle();
    if (paletteOf(appearance).hollowFill !== paletteOf(previous).hollowFill)
      for (const { name } of OUTLET_ICON_NAMES) this.provideIcon(name, true);
    this.sync();
  }

  /** The dataset to draw, or null while there is none. */
  setNetwork(network: Network | null): void {
    if (network === this.network) return;
    this.network = network;
    if (network) {
      const table = buildOutletTable(network);
      this.tableUrls.push(URL.createObjectURL(new Blob([table])));
      // The previous table may still be read by a load under way; the one before cannot be.
      while (this.tableUrls.length > 2) URL.revokeObjectURL(this.tableUrls.shift() ?? '');
    }
    this.hovered = { city: null, outlet: null };
    this.sync();
  }

  destroy(): void {
    const { map } = this;
    this.unsubscribe();
    map.off('style.load', this.onStyleLoad);
    map.off('idle', this.onIdle);
    map.off('error', this.onError);
    map.off('moveend', this.onMoveEnd);
    map.off('mousemove', this.onMouseMove);
    map.off('mouseout', this.onMouseOut);
    map.off('click', this.onClick);
    map.setMissingStyleImageResolver(null);
    for (const url of this.tableUrls) URL.revokeObjectURL(url);
    this.tableUrls = [];
  }

  private setStyle(): void {
    this.record = null;
    this.styledLayers = basemapLayers(this.appearance);
    this.setBusy('loading');
    this.map.setStyle(baseStyle(this.appearance), { diff: false });
  }

  private readonly onStyleLoad = () => {
    this.record = freshRecord(this.styledLayers);
    this.sync();
  };

  private readonly onStoreChange = (state: AppState, previous: AppState) => {
    const [now, before] = [drawn(state), drawn(previous)];
    if (now.some((value, i) => value !== before[i])) this.sync();
  };

  /** Works out what the map should show and hands it the difference. */
  private sync(): void {
    if (!this.record) return;
    const { filters, layers, selectedCityId, selectedOutletId } = useAppStore.getState();
    const { network } = this;
    const view = network ? networkViewFor(network, filters) : null;
    const marks = view ? cityMarksFor(view, layers) : null;
    const selectedOutlet = network && selectedOutletId ? this.positionOf(selectedOutletId) : null;
    const data = buildDataStyle(this.appearance, {
      network,
      tableUrl: network ? (this.tableUrls.at(-1) ?? null) : null,
      view,
      marks,
      layers,
      labels: this.labelsFor(view, layers),
      rings: this.ringsFor(view, layers, selectedOutlet),
    });
    const writes = applyMapState(this.map, this.record, {
      basemapLayers: basemapLayers(this.appearance),
      data,
      cities: {
        dataset: network,
        bubbles: marks?.states ?? [],
        hovered: this.hovered.city,
        selected:
          selectedCityId === null ? null : (view?.index.cityPosition.get(selectedCityId) ?? null),
      },
    });
    if (writes > 0) this.setBusy('loading');
  }

  private positionOfCache: { network: Network | null; id: string; position: number | null } = {
    network: null,
    id: '',
    position: null,
  };

  private positionOf(outletId: string): number | null {
    const cache = this.positionOfCache;
    if (cache.network !== this.network || cache.id !== outletId) {
      const position = this.network?.outlets.findIndex((outlet) => outlet.id === outletId) ?? -1;
      this.positionOfCache = {
        network: this.network,
        id: outletId,
        position: position < 0 ? null : position,
      };
    }
    return this.positionOfCache.position;
  }

  /** The outlet names around the view, from the label zoom on; rebuilt only when they change. */
  private labelsFor(view: ReturnType<typeof networkViewFor> | null, layers: AppState['layers']) {
    const key = [view, layers, this.area, this.appearance.language];
    if (key.some((part, i) => part !== this.labelsKey[i])) {
      this.labelsKey = key;
      this.labels =
        view && this.area
          ? buildOutletLabels(view, layers, this.area, this.appearance.language)
          : NO_LABELS;
    }
    return this.labels;
  }

  /** The highlight rings; a new object only when what they ring changes. */
  private ringsFor(
    view: ReturnType<typeof networkViewFor> | null,
    layers: AppState['layers'],
    selected: number | null,
  ) {
    const key = [view, layers, selected, this.hovered.outlet];
    if (key.some((part, i) => part !== this.ringsKey[i])) {
      this.ringsKey = key;
      const rings = buildOutletRings(view, layers, selected, this.hovered.outlet);
      // A filter change that leaves the rings as they were must not reload their source.
      if (JSON.stringify(rings) !== JSON.stringify(this.rings)) this.rings = rings;
    }
    return this.rings;
  }

  private setBusy(state: MapBusyState): void {
    if (this.failed) return;
    if (state === 'error') this.failed = true;
    this.container.dataset.mapState = state;
  }

  private readonly onIdle = () => {
    const { map } = this;
    const drawn =
      this.record !== null &&
      this.network !== null &&
      OUTLET_KINDS.every((kind) => map.isSourceLoaded(outletSourceId(kind)));
    if (drawn) this.setBusy('idle');
  };

  private readonly onError = () => {
    // A failure before the style is in leaves no map to show; later ones (a tile) are reported
    // by MapLibre and the picture stays.
    if (!this.record) this.setBusy('error');
  };

  private readonly onMoveEnd = () => {
    const { map } = this;
    const bounds = map.getBounds();
    const area: Area | null =
      map.getZoom() < OUTLET_LABEL_ZOOM - 0.5
        ? null
        : labelArea([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]);
    if (area === null && this.area === null) return;
    this.area = area;
    this.sync();
  };

  /** The city or outlet under the pointer, topmost first. */
  private pick(event: MapMouseEvent): MapGeoJSONFeature | undefined {
    const layers = INTERACTIVE_LAYER_IDS.filter((id) => this.record?.layers.has(id));
    return this.map.queryRenderedFeatures(event.point, { layers })[0];
  }

  private readonly onMouseMove = (event: MapMouseEvent) => {
    const feature = this.pick(event);
    const isCity = feature?.layer.id === CITY_BUBBLE_LAYER;
    const id = typeof feature?.id === 'number' ? feature.id : null;
    const hovered = { city: isCity ? id : null, outlet: isCity ? null : id };
    this.map.getCanvas().style.cursor = id === null ? '' : 'pointer';
    if (hovered.city === this.hovered.city && hovered.outlet === this.hovered.outlet) return;
    this.hovered = hovered;
    this.sync();
  };

  private readonly onMouseOut = () => {
    if (this.hovered.city === null && this.hovered.outlet === null) return;
    this.hovered = { city: null, outlet: null };
    this.sync();
  };

  private readonly onClick = (event: MapMouseEvent) => {
    const { network } = this;
    if (!network) return;
    const feature = this.pick(event);
    const { selectCity, selectOutlet } = useAppStore.getState();
    if (feature?.layer.id === CITY_BUBBLE_LAYER) {
      const cityId = cityIdOf(network, feature.id);
      if (cityId !== undefined) return selectCity(cityId);
    }
    selectOutlet((feature && outletIdOf(network, feature.id)) ?? null);
  };

  /** Draws an outlet icon the style asks for (or redraws one for a new theme). */
  private provideIcon(name: string, replace: boolean): void {
    const { map } = this;
    const icon = OUTLET_ICON_NAMES.find((entry) => entry.name === name);
    if (!icon) return;
    const ratio = Math.max(2, Math.ceil(window.devicePixelRatio || 1));
    const image = drawOutletIcon(
      icon.kind,
      icon.variant,
      paletteOf(this.appearance).hollowFill,
      ratio,
    );
    if (!image) return;
    if (!map.hasImage(name)) map.addImage(name, image, { pixelRatio: ratio });
    else if (replace) map.updateImage(name, image);
  }
}
