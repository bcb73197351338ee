import { act, render, renderHook } from '@testing-library/react';
import { useEffect } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { DEFAULT_FILTERS } from '../../../../src/data/domain/filters';
import { deriveNetworkView } from '../../../../src/data/derive/network-view';
import { OutletHighlight } from '../../../../src/features/map/outlet-highlight';
import { isAutoFramed, useInitialFrame } from '../../../../src/features/map/use-initial-frame';
import { useCityMarks } from '../../../../src/features/map/use-city-marks';
import { useOutletFilters } from '../../../../src/features/map/use-outlet-filters';
import { useAppStore } from '../../../../src/stores/app-store';
import { makeNetwork } from '../../fixtures/network';
import { drawn } from '../../support/mock-map-gl';

vi.mock('react-map-gl/maplibre', async () => (await import('../../support/mock-map-gl')).mapGlMock);

/** Enough of a MapLibre map for the hooks: events, and a record of what was set. */
function fakeMap() {
  const handlers = new Map<string, Set<() => void>>();
  const calls: unknown[][] = [];
  const map = {
    calls,
    on: (type: string, handler: () => void) => {
      handlers.set(type, (handlers.get(type) ?? new Set()).add(handler));
    },
    off: (type: string, handler: () => void) => handlers.get(type)?.delete(handler),
    fire: (type: string) => [...(handlers.get(type) ?? [])].forEach((handler) => handler()),
    getLayer: () => ({}),
    setFilter: (...args: unknown[]) => calls.push(['setFilter', ...args]),
    setLayoutProperty: (...args: unknown[]) => calls.push(['setLayoutProperty', ...args]),
    fitBounds: (...args: unknown[]) => {
      calls.push(['fitBounds', ...args]);
      map.fire('movestart');
    },
  };
  return map;
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState());
  drawn.sources.clear();
});

describe('useOutletFilters', () => {
  it('hands a filter change to the map in the same task, before React renders', () => {
    const map = fakeMap();
    const network = makeNetwork();
    const busy = vi.fn();
    const { result } = renderHook(() =>
      useOutletFilters(map as unknown as MaplibreMap, network, busy),
    );
    const before = result.current;
    useAppStore.getState().toggleFilterValue('tiers', '1');
    // No act(): the subscription ran inside the store update, not in a render.
    const filters = map.calls.filter(([name]) => name === 'setFilter');
    expect(filters.map(([, id]) => id)).toEqual([
      'outlets-delivery-center-dot',
      'outlets-delivery-center',
      'outlets-partner-store-dot',
      'outlets-partner-store',
      'outlets-fusion-store-dot',
      'outlets-fusion-store',
    ]);
    // The fixture's one Tier 1 city is the second.
    expect(JSON.stringify(filters[0]![2])).toContain('["match",["get","c"],[1],true,false]');
    expect(busy).toHaveBeenCalledTimes(1);
    expect(result.current).toBe(before);
  });

  it('hides a kind through visibility when its layer is switched off', () => {
    const map = fakeMap();
    renderHook(() => useOutletFilters(map as unknown as MaplibreMap, makeNetwork(), () => {}));
    useAppStore.getState().toggleLayer('fusion-store');
    expect(map.calls).toContainEqual([
      'setLayoutProperty',
      'outlets-fusion-store-dot',
      'visibility',
      'none',
    ]);
    expect(map.calls).toContainEqual([
      'setLayoutProperty',
      'outlets-partner-store-dot',
      'visibility',
      'visible',
    ]);
  });
});

describe('useCityMarks', () => {
  /** A map with a style whose global state a new style can reset. */
  function styledMap(withSource = true) {
    const map = fakeMap();
    let globalState: Record<string, unknown> = {};
    let source: object | undefined = withSource ? {} : undefined;
    return Object.assign(map, {
      getSource: () => source,
      getGlobalState: () => globalState,
      setGlobalStateProperty: (name: string, value: unknown) => {
        map.calls.push(['setGlobalStateProperty', name, value]);
        globalState = { ...globalState, [name]: value };
      },
      setFeatureState: (...args: unknown[]) => map.calls.push(['setFeatureState', ...args]),
      /** A new style: empty global state, and a new city source (empty feature state). */
      replaceStyle: (withSource: boolean) => {
        globalState = {};
        source = withSource ? {} : undefined;
        map.calls.length = 0;
        map.fire('styledata');
      },
      /** A style change that keeps the global state but adds the city source again. */
      replaceSource: () => {
        source = {};
        map.calls.length = 0;
        map.fire('styledata');
      },
    });
  }
  // One dataset, as the app holds it: a new one is a new dataset, whose marks start over.
  const network = makeNetwork();
  const countsOf = (map: ReturnType<typeof styledMap>) =>
    map.calls.filter(([name]) => name === 'setGlobalStateProperty').map(([, , value]) => value);

  it('hands the counts as global state and the bubbles as feature state', () => {
    const map = styledMap();
    const busy = vi.fn();
    renderHook(() => useCityMarks(map as unknown as MaplibreMap, network, busy));
    expect(map.calls).toEqual([
      ['setGlobalStateProperty', 'cityCounts', { suzhou: 2, beijing: 2, haikou: 0 }],
      ['setFeatureState', { source: 'cities', id: 'suzhou' }, { size: 1, gap: false }],
      ['setFeatureState', { source: 'cities', id: 'beijing' }, { size: 1, gap: false }],
      ['setFeatureState', { source: 'cities', id: 'haikou' }, { size: 0, gap: true }],
    ]);
    expect(busy).toHaveBeenCalledTimes(1);
    // Style events with nothing new hand nothing again.
    map.calls.length = 0;
    map.fire('styledata');
    expect(map.calls).toEqual([]);
  });

  it('hands them in the commit that adds the city source, before any passive effect runs', () => {
    // The source is added while React renders (react-map-gl's <Source>): a frame drawn before
    // the marks came would ask MapLibre's worker for the city tiles twice.
    const map = styledMap();
    const seenByEffect: number[] = [];
    function Earlier() {
      useEffect(() => {
        seenByEffect.push(countsOf(map).length);
      }, []);
      return null;
    }
    function Marks() {
      useCityMarks(map as unknown as MaplibreMap, network, () => {});
      return null;
    }
    render(
      <>
        <Earlier />
        <Marks />
      </>,
    );
    expect(seenByEffect).toEqual([1]);
  });

  it('lets the city source be added only once the counts are in the style', () => {
    // The labels' layout reads the counts: a city tile laid out before them is laid out again.
    const map = styledMap(false);
    const seen: [boolean, number][] = [];
    const busy = () => {};
    renderHook(() => {
      const ready = useCityMarks(map as unknown as MaplibreMap, network, busy);
      seen.push([ready, countsOf(map).length]);
    });
    expect(seen[0]).toEqual([false, 0]);
    expect(seen.slice(1)).toContainEqual([true, 1]);
    expect(seen.slice(1).every(([ready, counts]) => ready && counts === 1)).toBe(true);
    expect(map.calls.filter(([name]) => name === 'setFeatureState')).toEqual([]);
    // The bubbles come with the source.
    map.replaceSource();
    expect(map.calls.filter(([name]) => name === 'setFeatureState')).toHaveLength(3);
  });

  it('hands a filter or layer change to the map in the same task, before React renders', () => {
    const map = styledMap();
    renderHook(() => useCityMarks(map as unknown as MaplibreMap, network, () => {}));
    map.calls.length = 0;
    useAppStore.getState().toggleLayer('fusion-store');
    // No act(): the subscription ran inside the store update.
    expect(countsOf(map)).toEqual([{ suzhou: 2, beijing: 1, haikou: 0 }]);
    // Only Beijing's bubble changed: the others' feature state is not handed again.
    expect(map.calls.filter(([name]) => name === 'setFeatureState')).toEqual([
      [
        'setFeatureState',
        { source: 'cities', id: 'beijing' },
        { size: Math.sqrt(1 / 2), gap: false },
      ],
    ]);
    map.calls.length = 0;
    useAppStore.getState().toggleFilterValue('tiers', '1');
    expect(countsOf(map)).toEqual([{ beijing: 1 }]);
  });

  it('hands them again to a new style or a new city source, once its cities are there', () => {
    const map = styledMap();
    renderHook(() => useCityMarks(map as unknown as MaplibreMap, network, () => {}));
    map.replaceStyle(false);
    expect(map.calls).toEqual([]);
    map.replaceStyle(true);
    expect(countsOf(map)).toEqual([{ suzhou: 2, beijing: 2, haikou: 0 }]);
    expect(map.calls.filter(([name]) => name === 'setFeatureState')).toHaveLength(3);
    map.replaceSource();
    expect(map.calls.filter(([name]) => name === 'setFeatureState')).toHaveLength(3);
  });
});

describe('useInitialFrame', () => {
  const bounds: [number, number, number, number] = [73, 18, 135, 54];

  it('fits the country again when the map is resized before anyone moved it', () => {
    const map = fakeMap();
    renderHook(() => useInitialFrame(map as unknown as MaplibreMap, bounds, true));
    map.fire('resize');
    map.fire('resize');
    expect(map.calls.filter(([name]) => name === 'fitBounds')).toHaveLength(2);
  });

  it('stops at the first move that is not its own', () => {
    const map = fakeMap();
    renderHook(() => useInitialFrame(map as unknown as MaplibreMap, bounds, true));
    expect(isAutoFramed(map as unknown as MaplibreMap)).toBe(true);
    map.fire('resize');
    expect(isAutoFramed(map as unknown as MaplibreMap)).toBe(true);
    map.fire('movestart');
    map.fire('resize');
    expect(map.calls.filter(([name]) => name === 'fitBounds')).toHaveLength(1);
    // From now on the view is someone's choice, and the link may hold it.
    expect(isAutoFramed(map as unknown as MaplibreMap)).toBe(false);
  });

  it('leaves a view that came with the link alone', () => {
    const map = fakeMap();
    renderHook(() => useInitialFrame(map as unknown as MaplibreMap, bounds, false));
    map.fire('resize');
    expect(map.calls).toEqual([]);
  });
});

describe('OutletHighlight', () => {
  const ringIds = () => {
    const data = drawn.sources.get('outlets-highlight-source')?.data as {
      features: { properties: { id: string; selected: boolean } }[];
    };
    return data.features.map((feature) => feature.properties);
  };

  it('rings the selected outlet and the hovered one', () => {
    const network = makeNetwork();
    useAppStore.setState({ selectedOutletId: 'ps-suzhou-1' });
    const view = deriveNetworkView(network, DEFAULT_FILTERS);
    render(
      <OutletHighlight
        view={view}
        hovered={{ id: 'dc-beijing-1', coordinates: [116.4, 39.9] }}
        color="#000"
      />,
    );
    expect(ringIds()).toEqual([
      { id: 'ps-suzhou-1', selected: true },
      { id: 'dc-beijing-1', selected: false },
    ]);
  });

  it('drops the ring of a selected outlet the filters hide', () => {
    const network = makeNetwork();
    useAppStore.setState({ selectedOutletId: 'ps-suzhou-1' });
    const hidden = deriveNetworkView(network, { ...DEFAULT_FILTERS, kinds: ['fusion-store'] });
    const { rerender } = render(<OutletHighlight view={hidden} hovered={null} color="#000" />);
    expect(ringIds()).toEqual([]);
    act(() =>
      rerender(
        <OutletHighlight
          view={deriveNetworkView(network, DEFAULT_FILTERS)}
          hovered={null}
          color="#000"
        />,
      ),
    );
    expect(ringIds()).toEqual([{ id: 'ps-suzhou-1', selected: true }]);
  });

  it('keeps its data when a filter change leaves the rings as they are', () => {
    const network = makeNetwork();
    useAppStore.setState({ selectedOutletId: 'ps-suzhou-1' });
    const view = deriveNetworkView(network, DEFAULT_FILTERS);
    const { rerender } = render(<OutletHighlight view={view} hovered={null} color="#000" />);
    const before = drawn.sources.get('outlets-highlight-source')?.data;
    const narrower = deriveNetworkView(network, { ...DEFAULT_FILTERS, tiers: ['new1'] });
    rerender(<OutletHighlight view={narrower} hovered={null} color="#000" />);
    expect(drawn.sources.get('outlets-highlight-source')?.data).toBe(before);
  });
});
