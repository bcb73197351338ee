import type {
  GeoJSONSource,
  GeoJSONSourceSpecification,
  LayerSpecification,
  Map as MaplibreMap,
} from 'maplibre-gl';
import { CITY_FEATURE_BASE } from './build-city-features';
import { CITY_SOURCE } from './layers/layer-ids';
import { DISTRICT_SOURCE } from './layers/boundary-layers';
import type { DataStyle } from './map-state';

/** The map methods this module writes with: MapLibre's public API, nothing else. */
export type MapWriter = Pick<
  MaplibreMap,
  | 'addSource'
  | 'getSource'
  | 'addLayer'
  | 'setPaintProperty'
  | 'setLayoutProperty'
  | 'setFilter'
  | 'setLayerZoomRange'
  | 'setFeatureState'
  | 'removeFeatureState'
>;

/** The city bubbles' feature state: the hovered and the selected city, by position. */
export interface CityState {
  /** Identifies the dataset: a new one starts the feature state afresh. */
  dataset: object | null;
  hovered: number | null;
  selected: number | null;
}

/**
 * The coverage band of each district (`bandOf`: 0–3, or -1 out of scope), for the districts'
 * feature state: `bands[d]` of the feature whose id is `ids[d]`.
 */
export interface DistrictBands {
  ids: Int32Array;
  bands: Int8Array;
}

/** Everything the map should show beyond its basemap's own sources. */
export interface DesiredMap {
  /** The basemap's layers as they should be styled (same ids as the style set on the map). */
  basemapLayers: readonly LayerSpecification[];
  data: DataStyle;
  cities: CityState;
  /** The districts' coverage bands, or null to leave their feature state as it is. */
  districts: DistrictBands | null;
}

/** What this module has handed the map so far: the map is never read back. */
export interface MapRecord {
  layers: Map<string, LayerSpecification>;
  sources: Map<string, GeoJSONSourceSpecification>;
  cities: CityState;
  /** The districts' bands as last written, by district id, and the last bands given. */
  districtBands: Map<number, number>;
  lastBands: DistrictBands | null;
}

const NO_CITIES: CityState = { dataset: null, hovered: null, selected: null };

/** A record of a map that holds a freshly set basemap style and nothing of the app's yet. */
export function freshRecord(basemapLayers: readonly LayerSpecification[]): MapRecord {
  return {
    layers: new Map(basemapLayers.map((layer) => [layer.id, layer])),
    sources: new Map(),
    cities: NO_CITIES,
    districtBands: new Map(),
    lastBands: null,
  };
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

type Properties = Record<string, unknown>;

/** Writes the properties of one kind (paint or layout) that differ; returns how many. */
function restyle(
  before: Properties,
  after: Properties,
  write: (name: string, value: unknown) => void,
): number {
  let writes = 0;
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (same(before[name], after[name])) continue;
    write(name, after[name]);
    writes += 1;
  }
  return writes;
}

/** Brings one layer from `before` to `after` (same id and type); returns the writes made. */
function updateLayer(map: MapWriter, before: LayerSpecification, after: LayerSpecification) {
  const { id } = after;
  const b = before as { paint?: Properties; layout?: Properties; filter?: unknown };
  const a = after as { paint?: Properties; layout?: Properties; filter?: unknown };
  type PaintName = Parameters<MaplibreMap['setPaintProperty']>[1];
  type LayoutName = Parameters<MaplibreMap['setLayoutProperty']>[1];
  let writes = restyle(b.paint ?? {}, a.paint ?? {}, (name, value) =>
    map.setPaintProperty(id, name as PaintName, value as never),
  );
  writes += restyle(b.layout ?? {}, a.layout ?? {}, (name, value) =>
    map.setLayoutProperty(id, name as LayoutName, value as never),
  );
  if (!same(b.filter, a.filter)) {
    map.setFilter(id, (a.filter ?? null) as Parameters<MaplibreMap['setFilter']>[1]);
    writes += 1;
  }
  if (before.minzoom !== after.minzoom || before.maxzoom !== after.maxzoom) {
    map.setLayerZoomRange(id, after.minzoom ?? 0, after.maxzoom ?? 24);
    writes += 1;
  }
  return writes;
}

/**
 * Brings the map's layers to `layers` (in drawing order): a layer it has is updated in place; a
 * layer it lacks goes under the next one in the order that it has, or on top.
 */
function applyLayers(map: MapWriter, record: MapRecord, layers: readonly LayerSpecification[]) {
  let writes = 0;
  layers.forEach((layer, i) => {
    const before = record.layers.get(layer.id);
    if (before === layer) return;
    if (before) writes += updateLayer(map, before, layer);
    else {
      const next = layers.slice(i + 1).find((later) => record.layers.has(later.id));
      map.addLayer(layer, next?.id);
      writes += 1;
    }
    record.layers.set(layer.id, layer);
  });
  return writes;
}

function applyCities(map: MapWriter, record: MapRecord, next: CityState): number {
  let writes = 0;
  const last = record.cities.dataset === next.dataset ? record.cities : NO_CITIES;
  if (last === NO_CITIES && record.cities !== NO_CITIES) {
    map.removeFeatureState({ source: CITY_SOURCE });
    writes += 1;
  }
  const set = (c: number, state: Record<string, unknown>) => {
    map.setFeatureState({ source: CITY_SOURCE, id: CITY_FEATURE_BASE + c }, state);
    writes += 1;
  };
  for (const flag of ['hovered', 'selected'] as const) {
    if (last[flag] === next[flag]) continue;
    const name = flag === 'hovered' ? 'hover' : 'selected';
    if (last[flag] !== null) set(last[flag], { [name]: false });
    if (next[flag] !== null) set(next[flag], { [name]: true });
  }
  record.cities = next;
  return writes;
}

/** Writes the bands that changed into the districts' feature state; returns how many. */
function applyDistricts(map: MapWriter, record: MapRecord, next: DistrictBands | null): number {
  if (!next || next === record.lastBands || !record.sources.has(DISTRICT_SOURCE)) return 0;
  record.lastBands = next;
  let writes = 0;
  const written = record.districtBands;
  next.ids.forEach((id, d) => {
    const band = next.bands[d] ?? -1;
    if ((written.get(id) ?? -1) === band) return;
    map.setFeatureState({ source: DISTRICT_SOURCE, id }, { band });
    written.set(id, band);
    writes += 1;
  });
  return writes;
}

const clustering = ({ cluster, clusterRadius, clusterMaxZoom }: GeoJSONSourceSpecification) => ({
  cluster,
  clusterRadius,
  clusterMaxZoom,
});

/** Adds a source, or brings it to `after`: its data (by identity) and its clustering. */
function applySource(
  map: MapWriter,
  before: GeoJSONSourceSpecification | undefined,
  id: string,
  after: GeoJSONSourceSpecification,
): number {
  if (!before) {
    map.addSource(id, after);
    return 1;
  }
  const source = map.getSource(id) as GeoJSONSource | undefined;
  let writes = 0;
  if (!same(clustering(before), clustering(after))) {
    source?.setClusterOptions(clustering(after));
    writes += 1;
  }
  if (before.data !== after.data) {
    source?.setData(after.data);
    writes += 1;
  }
  return writes;
}

/** Adds the sources in `sources` or brings them to it (`record` updated); returns the writes. */
export function applySources(
  map: MapWriter,
  record: MapRecord,
  sources: Record<string, GeoJSONSourceSpecification>,
): number {
  let writes = 0;
  for (const [id, source] of Object.entries(sources)) {
    writes += applySource(map, record.sources.get(id), id, source);
    record.sources.set(id, source);
  }
  return writes;
}

/**
 * Hands the map what differs between what it was last given (`record`, updated here) and what
 * it should show: each source's data (by identity), the layers (paint, layout, filter and zoom
 * range, property by property; a layer not there yet is added on top), the cities' feature
 * state and the districts' coverage bands. Returns how many writes it made: none when nothing
 * changed.
 */
export function applyMapState(map: MapWriter, record: MapRecord, desired: DesiredMap): number {
  let writes = applySources(map, record, desired.data.sources);
  writes += applyLayers(map, record, desired.basemapLayers);
  writes += applyLayers(map, record, desired.data.layers);
  writes += applyCities(map, record, desired.cities);
  writes += applyDistricts(map, record, desired.districts);
  return writes;
}
