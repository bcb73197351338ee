import type { Map as MaplibreMap } from 'maplibre-gl';
import { MapAdapter } from '../../../../src/features/map/map-adapter';
import {
  CITY_FEATURE_BASE,
  type CityFeatures,
} from '../../../../src/features/map/build-city-features';
import type { MapAppearance } from '../../../../src/features/map/map-state';
import { useAppStore } from '../../../../src/stores/app-store';
import { makeCity, makeNetwork, makeOutlet } from '../../fixtures/network';
import { FakeMap } from '../../support/fake-map';

const APPEARANCE: MapAppearance = {
  basemap: { type: 'embedded' },
  theme: 'light',
  language: 'en',
  presenting: false,
};

const OUTLET_LAYERS = [
  'outlets-delivery-center-dot',
  'outlets-delivery-center',
  'outlets-partner-store-dot',
  'outlets-partner-store',
  'outlets-fusion-store-dot',
  'outlets-fusion-store',
];

/** An adapter on a fake map whose style has loaded, with the fixture network, calls cleared. */
async function drawnAdapter(network = makeNetwork()) {
  const map = new FakeMap();
  const container = document.createElement('div');
  const adapter = new MapAdapter(map as unknown as MaplibreMap, container, APPEARANCE);
  await map.once('style.load');
  adapter.setNetwork(network);
  map.resetCalls();
  return { map, adapter, container, network };
}

/** The city bubbles the map was given: count by city position. */
function cityCounts(map: FakeMap): Record<number, number> {
  const data = map.sources.get('cities')?.data as CityFeatures;
  return Object.fromEntries(data.features.map((f) => [f.properties.c, f.properties.count]));
}

/** How many times each method was called since the last reset. */
function writeCounts(map: FakeMap): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { method } of map.calls) counts[method] = (counts[method] ?? 0) + 1;
  return counts;
}

/** Until the tasks queued so far have run: the map has taken the data it was given. */
const settled = () => new Promise((done) => setTimeout(done));

beforeEach(() => useAppStore.setState(useAppStore.getInitialState()));

describe('MapAdapter', () => {
  it('draws nothing of its own before the basemap style has loaded, then everything at once', async () => {
    const map = new FakeMap();
    const adapter = new MapAdapter(
      map as unknown as MaplibreMap,
      document.createElement('div'),
      APPEARANCE,
    );
    adapter.setNetwork(makeNetwork());
    expect(map.callsOf('addLayer')).toEqual([]);
    expect(map.callsOf('setGlobalStateProperty')).toEqual([]);
    await map.once('style.load');
    expect([...map.layers.keys()]).toEqual(expect.arrayContaining([...OUTLET_LAYERS]));
    expect(cityCounts(map)).toEqual({ 0: 2, 1: 2, 2: 0 });
    adapter.destroy();
  });

  it('turns one filter change into exactly one write of each kind it needs: the city data first, the filters once the map has taken it', async () => {
    const { map, adapter, container } = await drawnAdapter();
    useAppStore.getState().toggleFilterValue('tiers', '1');
    // No await: the store's subscriber handed the cities' small source its data inside the
    // store update (only Beijing), and the map is busy from then on.
    expect(writeCounts(map)).toEqual({ setData: 1 });
    expect(map.callsOf('setData').map(({ args }) => args[0])).toEqual(['cities']);
    expect(cityCounts(map)).toEqual({ 1: 2 });
    expect(container.dataset.mapState).toBe('loading');
    await settled();
    expect(writeCounts(map)).toEqual({ setFilter: OUTLET_LAYERS.length, setData: 1 });
    expect(map.callsOf('setFilter').map(({ args }) => args[0])).toEqual(OUTLET_LAYERS);
    adapter.destroy();
  });

  it('writes the latest state when store changes come while the city data is being taken', async () => {
    const { map, adapter } = await drawnAdapter();
    const filterOf = (id: string) =>
      (map.layers.get(id) as { filter?: unknown } | undefined)?.filter;
    const before = filterOf('outlets-partner-store');
    useAppStore.getState().toggleFilterValue('tiers', '1');
    useAppStore.getState().toggleFilterValue('tiers', '2');
    useAppStore.getState().toggleFilterValue('tiers', '2');
    await settled();
    await settled();
    // Tier 1 in the end: the filters are written once, for that state, with its cities.
    expect(map.callsOf('setFilter')).toHaveLength(OUTLET_LAYERS.length);
    expect(filterOf('outlets-partner-store')).not.toEqual(before);
    expect(cityCounts(map)).toEqual({ 1: 2 });
    adapter.destroy();
  });

  it('writes the filters even when the map never says it took the city data', async () => {
    vi.useFakeTimers();
    try {
      const map = new FakeMap();
      const adapter = new MapAdapter(
        map as unknown as MaplibreMap,
        document.createElement('div'),
        APPEARANCE,
      );
      await map.once('style.load');
      adapter.setNetwork(makeNetwork());
      // The map loses every 'sourcedata' event (a source replaced under way, say).
      const fire = map.fire.bind(map);
      map.fire = (type: string, event?: unknown) =>
        type === 'sourcedata' ? undefined : fire(type, event);
      map.resetCalls();
      useAppStore.getState().toggleFilterValue('tiers', '1');
      expect(map.callsOf('setFilter')).toEqual([]);
      vi.advanceTimersByTime(1_000);
      expect(map.callsOf('setFilter')).toHaveLength(OUTLET_LAYERS.length);
      adapter.destroy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('hides a kind through its layers’ visibility, without touching the data', async () => {
    const { map, adapter } = await drawnAdapter();
    useAppStore.getState().toggleLayer('partner-store');
    await settled();
    const visibility = map.callsOf('setLayoutProperty');
    expect(visibility.map(({ args }) => args)).toEqual([
      ['outlets-partner-store-dot', 'visibility', 'none'],
      ['outlets-partner-store', 'visibility', 'none'],
    ]);
    // The cities' counts follow the kinds shown; no outlet source is touched.
    expect(map.callsOf('setData').map(({ args }) => args[0])).toEqual(['cities']);
    expect(map.callsOf('setFilter')).toEqual([]);
    adapter.destroy();
  });

  it('writes nothing for a store change the map does not show', async () => {
    const { map, adapter, container } = await drawnAdapter();
    container.dataset.mapState = 'idle';
    useAppStore.getState().setTheme('dark');
    useAppStore.getState().startPresenting();
    expect(map.calls).toEqual([]);
    expect(container.dataset.mapState).toBe('idle');
    adapter.destroy();
  });

  it('marks the map busy when it writes, and idle once the map is idle with the outlets loaded', async () => {
    const { map, adapter, container } = await drawnAdapter();
    map.fire('idle');
    expect(container.dataset.mapState).toBe('idle');
    useAppStore.getState().toggleFilterValue('tiers', '1');
    expect(container.dataset.mapState).toBe('loading');
    map.fire('idle');
    expect(container.dataset.mapState).toBe('idle');
    adapter.destroy();
  });

  it('restyles a new theme in place, property by property, keeping the data loaded', async () => {
    const { map, adapter } = await drawnAdapter();
    adapter.setAppearance({ ...APPEARANCE, theme: 'dark', language: 'zh' });
    await settled();
    const methods = new Set(map.calls.map(({ method }) => method));
    // The city labels are in the new language: the cities' small source; no outlet reloads.
    expect(methods).toEqual(new Set(['setPaintProperty', 'setLayoutProperty', 'setData']));
    expect(map.callsOf('setData').map(({ args }) => args[0])).toEqual(['cities']);
    expect(map.layers.get('sea')).toMatchObject({
      paint: { 'background-color': expect.any(String) },
    });
    expect(map.layers.get('province-labels')).toMatchObject({
      layout: { 'text-field': ['get', 'name_zh'] },
    });
    adapter.destroy();
  });

  it('keys the cities by their position, so any id works, even a prototype’s name', async () => {
    const network = makeNetwork();
    network.cities.push(makeCity({ id: 'constructor', tier: '1', point: { lon: 100, lat: 25 } }));
    network.outlets.push(makeOutlet({ id: 'odd', cityId: 'constructor' }));
    const { map, adapter } = await drawnAdapter(network);
    expect(cityCounts(map)).toEqual({ 0: 2, 1: 2, 2: 0, 3: 1 });
    useAppStore.getState().toggleFilterValue('tiers', '1');
    expect(cityCounts(map)).toEqual({ 1: 2, 3: 1 });
    useAppStore.getState().selectCity('constructor');
    await settled();
    expect(map.featureState.get(`cities:${CITY_FEATURE_BASE + 3}`)).toMatchObject({
      selected: true,
    });
    adapter.destroy();
  });

  it('rings the hovered city through feature state, and lets go of it', async () => {
    const { map, adapter } = await drawnAdapter();
    map.rendered = [{ id: CITY_FEATURE_BASE + 1, layer: { id: 'cities-bubble' }, properties: {} }];
    map.fire('mousemove', { point: { x: 0, y: 0 } });
    expect(map.featureState.get(`cities:${CITY_FEATURE_BASE + 1}`)).toEqual({ hover: true });
    expect(map.getCanvas().style.cursor).toBe('pointer');
    map.fire('mouseout');
    expect(map.featureState.get(`cities:${CITY_FEATURE_BASE + 1}`)).toEqual({ hover: false });
    adapter.destroy();
  });

  it('rings the selected outlet while the filters show it', async () => {
    const { map, adapter, network } = await drawnAdapter();
    const rings = () =>
      (map.sources.get('outlets-highlight-source')?.data as { features: unknown[] }).features;
    useAppStore.getState().selectOutlet(network.outlets[0]!.id);
    expect(rings()).toHaveLength(1);
    useAppStore.getState().toggleFilterValue('kinds', 'fusion-store');
    await settled();
    expect(rings()).toHaveLength(0);
    adapter.destroy();
  });

  it('opens the city whose bubble is clicked, and the outlet whose symbol is', async () => {
    const { map, adapter, network } = await drawnAdapter();
    map.rendered = [{ id: CITY_FEATURE_BASE + 1, layer: { id: 'cities-bubble' }, properties: {} }];
    map.fire('click', { point: { x: 0, y: 0 } });
    expect(useAppStore.getState().selectedCityId).toBe('beijing');
    map.zoom = 8;
    map.rendered = [{ id: 0, layer: { id: 'outlets-partner-store' }, properties: {} }];
    map.fire('click', { point: { x: 0, y: 0 } });
    expect(useAppStore.getState().selectedOutletId).toBe(network.outlets[0]!.id);
    adapter.destroy();
  });

  it('lets go of the store and the map when destroyed', async () => {
    const { map, adapter } = await drawnAdapter();
    adapter.destroy();
    useAppStore.getState().toggleFilterValue('tiers', '1');
    expect(map.callsOf('setFilter')).toEqual([]);
    expect(map.listenerCount('click')).toBe(0);
  });
});
