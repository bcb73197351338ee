import type { Map as MaplibreMap } from 'maplibre-gl';
import { MapAdapter } from '../../../../src/features/map/map-adapter';
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

/** How many times each method was called since the last reset. */
function writeCounts(map: FakeMap): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { method } of map.calls) counts[method] = (counts[method] ?? 0) + 1;
  return counts;
}

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
    expect(map.globalState.get('cityCounts')).toEqual([2, 2, 0]);
    adapter.destroy();
  });

  it('turns one filter change into exactly one write of each kind it needs, in the same task', async () => {
    const { map, adapter } = await drawnAdapter();
    useAppStore.getState().toggleFilterValue('tiers', '1');
    // No await: the store's subscriber wrote to the map inside the store update.
    expect(writeCounts(map)).toEqual({
      setFilter: OUTLET_LAYERS.length,
      setGlobalStateProperty: 1,
    });
    expect(map.callsOf('setFilter').map(({ args }) => args[0])).toEqual(OUTLET_LAYERS);
    // Only Beijing (position 1) is Tier 1: the others are off the map.
    expect(map.globalState.get('cityCounts')).toEqual([-1, 2, -1]);
    adapter.destroy();
  });

  it('hides a kind through its layers’ visibility, without touching the data', async () => {
    const { map, adapter } = await drawnAdapter();
    useAppStore.getState().toggleLayer('partner-store');
    const visibility = map.callsOf('setLayoutProperty');
    expect(visibility.map(({ args }) => args)).toEqual([
      ['outlets-partner-store-dot', 'visibility', 'none'],
      ['outlets-partner-store', 'visibility', 'none'],
    ]);
    expect(map.callsOf('setData')).toEqual([]);
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
    const methods = new Set(map.calls.map(({ method }) => method));
    expect(methods).toEqual(new Set(['setPaintProperty', 'setLayoutProperty']));
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
    network.cities.push(makeCity({ id: 'constructor', tier: '1' }));
    network.outlets.push(makeOutlet({ id: 'odd', cityId: 'constructor' }));
    const { map, adapter } = await drawnAdapter(network);
    expect(map.globalState.get('cityCounts')).toEqual([2, 2, 0, 1]);
    useAppStore.getState().toggleFilterValue('tiers', '1');
    expect(map.globalState.get('cityCounts')).toEqual([-1, 2, -1, 1]);
    useAppStore.getState().selectCity('constructor');
    expect(map.featureState.get('cities:3')).toMatchObject({ selected: true });
    adapter.destroy();
  });

  it('gives the bubbles their sizes as feature state, and only the ones that changed', async () => {
    const { map, adapter } = await drawnAdapter();
    expect(map.featureState.get('cities:1')).toEqual({ size: 1, gap: false });
    useAppStore.getState().toggleLayer('fusion-store');
    const changed = map.callsOf('setFeatureState').map(({ args }) => args);
    // Beijing loses its fusion store: its bubble shrinks; Suzhou's and Haikou's stay.
    expect(changed).toEqual([
      [
        { source: 'cities', id: 1 },
        { size: Math.sqrt(1 / 2), gap: false },
      ],
    ]);
    adapter.destroy();
  });

  it('rings the selected outlet while the filters show it', async () => {
    const { map, adapter, network } = await drawnAdapter();
    const rings = () =>
      (map.sources.get('outlets-highlight-source')?.data as { features: unknown[] }).features;
    useAppStore.getState().selectOutlet(network.outlets[0]!.id);
    expect(rings()).toHaveLength(1);
    useAppStore.getState().toggleFilterValue('kinds', 'fusion-store');
    expect(rings()).toHaveLength(0);
    adapter.destroy();
  });

  it('opens the city whose bubble is clicked, and the outlet whose symbol is', async () => {
    const { map, adapter, network } = await drawnAdapter();
    map.rendered = [{ id: 1, layer: { id: 'cities-bubble' } }];
    map.fire('click', { point: { x: 0, y: 0 } });
    expect(useAppStore.getState().selectedCityId).toBe('beijing');
    map.rendered = [{ id: 0, layer: { id: 'outlets-partner-store' } }];
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
