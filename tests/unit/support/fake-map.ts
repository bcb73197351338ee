import type { LayerSpecification } from 'maplibre-gl';

type Listener = (event?: unknown) => void;

/** One call the app made on the map: the method and its arguments. */
export interface MapCall {
  method: string;
  args: unknown[];
}

/**
 * A stand-in for a MapLibre map in jsdom (no WebGL): it keeps what it is given — the style's
 * sources and layers, filters, paint and layout, global and feature state — and records every
 * call, so tests can check what the map was asked to draw and how many writes it took.
 * `setStyle` loads the style at once and fires `style.load`, as a map does when it has; a
 * source's `setData` fires `sourcedata` (content) a task later, as MapLibre does once its worker
 * has the data.
 */
export class FakeMap {
  readonly calls: MapCall[] = [];
  readonly sources = new Map<string, { data?: unknown } & Record<string, unknown>>();
  readonly layers = new Map<string, LayerSpecification>();
  readonly globalState = new Map<string, unknown>();
  readonly featureState = new Map<string, Record<string, unknown>>();
  readonly images = new Set<string>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private canvas = { style: { cursor: '' } };
  zoom = 4;
  /** What `queryRenderedFeatures` answers. */
  rendered: unknown[] = [];

  private record(method: string, args: unknown[]) {
    this.calls.push({ method, args });
  }

  /** The calls made to `method` since the last `resetCalls`. */
  callsOf(method: string): MapCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  resetCalls(): void {
    this.calls.length = 0;
  }

  on(type: string, listener: Listener) {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener);
    return this;
  }

  off(type: string, listener: Listener) {
    this.listeners.get(type)?.delete(listener);
    return this;
  }

  once(type: string, listener?: Listener) {
    if (!listener) return new Promise((done) => this.once(type, done));
    const wrapped: Listener = (event) => {
      this.off(type, wrapped);
      listener(event);
    };
    return this.on(type, wrapped);
  }

  fire(type: string, event: unknown = {}) {
    for (const listener of [...(this.listeners.get(type) ?? [])]) listener(event);
  }

  listenerCount(type: string): number {
    return this.listeners.get(type)?.size ?? 0;
  }

  setStyle(style: unknown) {
    this.record('setStyle', [style]);
    this.sources.clear();
    this.layers.clear();
    this.featureState.clear();
    if (style && typeof style === 'object') {
      const spec = style as {
        sources?: Record<string, Record<string, unknown>>;
        layers?: LayerSpecification[];
      };
      for (const [id, source] of Object.entries(spec.sources ?? {})) this.sources.set(id, source);
      for (const layer of spec.layers ?? []) this.layers.set(layer.id, layer);
    }
    queueMicrotask(() => this.fire('style.load'));
    return this;
  }

  addSource(id: string, source: Record<string, unknown>) {
    this.record('addSource', [id, source]);
    if (this.sources.has(id)) throw new Error(`There is already a source with ID "${id}".`);
    this.sources.set(id, { ...source });
    return this;
  }

  getSource(id: string) {
    const source = this.sources.get(id);
    if (!source) return undefined;
    return {
      setData: (data: unknown) => {
        this.record('setData', [id, data]);
        source.data = data;
        // MapLibre's worker takes the data, then the source says its content changed.
        setTimeout(() =>
          this.fire('sourcedata', { sourceId: id, dataType: 'source', sourceDataType: 'content' }),
        );
      },
    };
  }

  isSourceLoaded(id: string) {
    return this.sources.has(id);
  }

  addLayer(layer: LayerSpecification) {
    this.record('addLayer', [layer]);
    if (this.layers.has(layer.id)) throw new Error(`Layer "${layer.id}" already exists.`);
    this.layers.set(layer.id, structuredClone(layer));
    return this;
  }

  getLayer(id: string) {
    return this.layers.get(id);
  }

  private layer(id: string): Record<string, Record<string, unknown> | unknown> {
    const layer = this.layers.get(id);
    if (!layer) throw new Error(`no layer ${id}`);
    return layer as unknown as Record<string, Record<string, unknown>>;
  }

  setPaintProperty(id: string, name: string, value: unknown) {
    this.record('setPaintProperty', [id, name, value]);
    const layer = this.layer(id) as { paint?: Record<string, unknown> };
    layer.paint = { ...layer.paint, [name]: value };
    return this;
  }

  setLayoutProperty(id: string, name: string, value: unknown) {
    this.record('setLayoutProperty', [id, name, value]);
    const layer = this.layer(id) as { layout?: Record<string, unknown> };
    layer.layout = { ...layer.layout, [name]: value };
    return this;
  }

  setFilter(id: string, filter: unknown) {
    this.record('setFilter', [id, filter]);
    (this.layer(id) as { filter?: unknown }).filter = filter ?? undefined;
    return this;
  }

  setLayerZoomRange(id: string, minzoom: number, maxzoom: number) {
    this.record('setLayerZoomRange', [id, minzoom, maxzoom]);
    Object.assign(this.layer(id), { minzoom, maxzoom });
    return this;
  }

  setGlobalStateProperty(name: string, value: unknown) {
    this.record('setGlobalStateProperty', [name, value]);
    this.globalState.set(name, value);
    return this;
  }

  setFeatureState(target: { source: string; id: number | string }, state: Record<string, unknown>) {
    this.record('setFeatureState', [target, state]);
    const key = `${target.source}:${target.id}`;
    this.featureState.set(key, { ...this.featureState.get(key), ...state });
    return this;
  }

  getFeatureState(target: { source: string; id: number | string }) {
    return this.featureState.get(`${target.source}:${target.id}`) ?? {};
  }

  removeFeatureState(target: { source: string }) {
    this.record('removeFeatureState', [target]);
    for (const key of [...this.featureState.keys()])
      if (key.startsWith(`${target.source}:`)) this.featureState.delete(key);
  }

  setMissingStyleImageResolver(resolver: unknown) {
    this.record('setMissingStyleImageResolver', [resolver]);
    return this;
  }

  hasImage(name: string) {
    return this.images.has(name);
  }

  addImage(name: string) {
    this.images.add(name);
    return this;
  }

  updateImage() {
    return this;
  }

  queryRenderedFeatures() {
    return this.rendered;
  }

  getCanvas() {
    return this.canvas;
  }

  private container = Object.assign(document.createElement('div'), {});

  getContainer() {
    return this.container;
  }

  project([lon, lat]: [number, number]) {
    return { x: (lon - 70) * 10, y: (55 - lat) * 10 };
  }

  getZoom() {
    return this.zoom;
  }

  getBounds() {
    return { getWest: () => 70, getSouth: () => 15, getEast: () => 135, getNorth: () => 55 };
  }

  getCenter() {
    return { lng: 105, lat: 35 };
  }

  fitBounds() {
    return this;
  }

  flyTo() {
    return this;
  }

  jumpTo() {
    return this;
  }

  triggerRepaint() {}

  loaded() {
    return this.calls.some((call) => call.method === 'setStyle');
  }
}
