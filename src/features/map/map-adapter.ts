import {
  type LayerSpecification,
  type Map as MaplibreMap,
  type MapMouseEvent,
  type MapSourceDataEvent,
} from 'maplibre-gl';
import { buildOutletTable } from '../../data/derive/outlet-table';
import type { Filters } from '../../data/domain/filters';
import { OUTLET_KINDS, type Network } from '../../data/domain/schema';
import { memoLast } from '../../lib/memo-last';
import { useAppStore } from '../../stores/app-store';
import type { AppState } from '../../stores/app-state';
import { applyMapState, applySources, freshRecord, type MapRecord } from './apply-map-state';
import { CITY_SOURCE, outletSourceId } from './layers/layer-ids';
import { provideMapImage, refreshOutletIcons } from './map-images';
import { openTarget, pickTarget, showReachAt, type MapTarget } from './map-pointer';
import { COVERAGE_FILL_LAYER } from './layers/coverage-layers';
import { subscribeCoverage } from '../../stores/use-coverage';
import { MapDataBuilder } from './map-data';
import { baseStyle, basemapLayers, type MapAppearance } from './map-state';
import { restingView, START_VIEW, type RestingView } from './resting-view';

/** The longest the other writes wait for the city source to take its data, ms. */
const CITY_WAIT_MS = 250;

/** `data-map-state` of the map's container: automation and the PNG export wait on it. */
export type MapBusyState = 'loading' | 'idle' | 'error';

/** The parts of the store the map draws: a change of anything else never reaches the map. */
const drawn = (state: AppState) =>
  [
    state.filters,
    state.layers,
    state.selectedCityId,
    state.selectedOutletId,
    state.compare,
    state.coverage,
    state.reachPoint,
  ] as const;

/**
 * The one writer to the map. Everything the app does to MapLibre goes through here: the
 * basemap style, the data's sources and layers, their filters and visibility, the feature
 * state of the city bubbles, the map's images, the highlight rings, the outlet names and the
 * busy state. It subscribes to the store once; on any change it works out what the map should
 * show (`buildDataStyle`, from the one derived view per dataset and filters, `networkViewFor`)
 * and hands the map the difference (`applyMapState`). It reads the map only for what the user
 * points at.
 *
 * A click on "Tier 1": the store's filters change → `onStoreChange` → `sync` → `setData` on the
 * (small) city source in the click's own task, then `setFilter` on the outlet layers once
 * MapLibre has taken the city data (`onData`).
 */
export class MapAdapter {
  private appearance: MapAppearance;
  private network: Network | null = null;
  private tableUrls: string[] = [];
  /** What the map holds, once its style has loaded; null while a style loads. */
  private record: MapRecord | null = null;
  /** The basemap's layers as last given to `setStyle`. */
  private styledLayers: readonly LayerSpecification[] = [];
  /** Where the map came to rest, as far as what it draws depends on it. */
  private resting: RestingView = START_VIEW;
  private hovered: MapTarget = null;
  private failed = false;
  private readonly unsubscribe: () => void;
  private readonly unsubscribeCoverage: () => void;
  private readonly builder = new MapDataBuilder();
  /** A date shown instead of the filters' own (a comparison's other map), or null. */
  private asOf: string | null = null;
  /** The city source was handed new data and the other writes wait for MapLibre to take it. */
  private citiesPending: ReturnType<typeof setTimeout> | null = null;
  private readonly withAsOf = memoLast((filters: Filters, asOf: string | null): Filters =>
    asOf ? { ...filters, asOf } : filters,
  );

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
    map.on('sourcedata', this.onData);
    map.setMissingStyleImageResolver((name) => provideMapImage(map, name, this.appearance));
    this.unsubscribe = useAppStore.subscribe(this.onStoreChange);
    // The coverage worker's answers arrive later than the change that asked for them.
    this.unsubscribeCoverage = subscribeCoverage(() => this.sync());
    this.setStyle();
  }

  /** A new look (theme, language, presenter mode): restyled in place, the data stays loaded. */
  setAppearance(appearance: MapAppearance): void {
    const previous = this.appearance;
    this.appearance = appearance;
    if (appearance.basemap !== previous.basemap) return this.setStyle();
    refreshOutletIcons(this.map, previous, appearance);
    this.sync();
  }

  /** Shows `asOf` instead of the filters' date (null: the filters' own). */
  setAsOf(asOf: string | null): void {
    if (asOf === this.asOf) return;
    this.asOf = asOf;
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
    this.hovered = null;
    this.sync();
  }

  destroy(): void {
    const { map } = this;
    this.unsubscribe();
    this.unsubscribeCoverage();
    map.off('style.load', this.onStyleLoad);
    map.off('idle', this.onIdle);
    map.off('error', this.onError);
    map.off('moveend', this.onMoveEnd);
    map.off('mousemove', this.onMouseMove);
    map.off('mouseout', this.onMouseOut);
    map.off('click', this.onClick);
    map.off('sourcedata', this.onData);
    this.cancelCitiesWait();
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
    this.cancelCitiesWait();
    this.record = freshRecord(this.styledLayers);
    this.resting = restingView(this.map, this.resting);
    this.sync();
  };

  private readonly onStoreChange = (state: AppState, previous: AppState) => {
    const [now, before] = [drawn(state), drawn(previous)];
    if (now.some((value, i) => value !== before[i])) this.sync();
  };

  /** Works out what the map should show and hands it the difference. */
  private sync(): void {
    // While the city source takes its data, the rest waits: `endCitiesWait` syncs again.
    if (!this.record || this.citiesPending) return;
    const { network } = this;
    const state = useAppStore.getState();
    const desired = this.builder.build({
      state: { ...state, filters: this.withAsOf(state.filters, this.asOf) },
      network,
      tableUrl: network ? (this.tableUrls.at(-1) ?? null) : null,
      appearance: this.appearance,
      resting: this.resting,
      hovered: this.hovered,
    });
    const { record } = this;
    const cities = desired.data.sources[CITY_SOURCE];
    const before = record.sources.get(CITY_SOURCE);
    if (before && cities && before.data !== cities.data && record.cities.dataset === network) {
      // A filter change reaches both the outlet layers (a filter) and the city source (new
      // data, which MapLibre's worker indexes before the source asks for its tiles again). The
      // city data goes first and the filters follow once MapLibre has taken it, so the few
      // city tiles are made before the outlets' and arrive with them, not frames after.
      applySources(this.map, record, { [CITY_SOURCE]: cities });
      this.setBusy('loading');
      this.citiesPending = setTimeout(this.endCitiesWait, CITY_WAIT_MS);
      return;
    }
    if (applyMapState(this.map, record, desired) > 0) this.setBusy('loading');
  }

  /** Ends the wait for the city source (its data taken, or the time is up) with the writes. */
  private readonly endCitiesWait = () => {
    if (!this.cancelCitiesWait()) return;
    this.sync();
  };

  /** Stops waiting for the city source; whether there was a wait. */
  private cancelCitiesWait(): boolean {
    if (!this.citiesPending) return false;
    clearTimeout(this.citiesPending);
    this.citiesPending = null;
    return true;
  }

  private readonly onData = (event: MapSourceDataEvent) => {
    if (event.sourceId === CITY_SOURCE && event.sourceDataType === 'content') this.endCitiesWait();
  };

  private setBusy(state: MapBusyState): void {
    if (this.failed) return;
    if (state === 'error') this.failed = true;
    this.container.dataset.mapState = state;
  }

  private readonly onIdle = () => {
    const { map } = this;
    const drawnAll =
      this.record !== null &&
      this.network !== null &&
      OUTLET_KINDS.every((kind) => map.isSourceLoaded(outletSourceId(kind)));
    if (drawnAll) this.setBusy('idle');
  };

  private readonly onError = () => {
    // A failure before the style is in leaves no map to show; later ones (a tile) are reported
    // by MapLibre and the picture stays.
    if (!this.record) this.setBusy('error');
  };

  private readonly onMoveEnd = () => {
    const resting = restingView(this.map, this.resting);
    if (resting === this.resting) return;
    this.resting = resting;
    this.sync();
  };

  private pick(event: MapMouseEvent): MapTarget {
    return this.record
      ? pickTarget(this.map, event.point, new Set(this.record.layers.keys()))
      : null;
  }

  private readonly onMouseMove = (event: MapMouseEvent) => {
    const target = this.pick(event);
    this.map.getCanvas().style.cursor = target ? 'pointer' : '';
    if (JSON.stringify(target) === JSON.stringify(this.hovered)) return;
    this.hovered = target;
    this.sync();
  };

  private readonly onMouseOut = () => {
    if (this.hovered === null) return;
    this.hovered = null;
    this.sync();
  };

  private readonly onClick = (event: MapMouseEvent) => {
    if (!this.network) return;
    const target = this.pick(event);
    openTarget(this.map, this.network, target);
    // In the coverage view a click beside the outlets and cities asks for the reach there.
    if (!target && this.record?.layers.has(COVERAGE_FILL_LAYER))
      showReachAt(this.map, this.network, event);
  };
}
