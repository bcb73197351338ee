import { act, renderHook, waitFor } from '@testing-library/react';
import type * as AppStore from '../../../src/stores/app-store';
import type * as UrlSync from '../../../src/stores/use-url-sync';

let useAppStore: typeof AppStore.useAppStore;
let sync: typeof UrlSync;
let now = 0;

// Fresh modules for each test: the store and the startup link are module state.
beforeEach(async () => {
  vi.resetModules();
  ({ useAppStore } = await import('../../../src/stores/app-store'));
  sync = await import('../../../src/stores/use-url-sync');
  now = 1_000_000;
  vi.spyOn(Date, 'now').mockImplementation(() => now);
  window.history.replaceState(null, '', '/');
});
afterEach(() => vi.restoreAllMocks());

/** The map reporting where it came to rest. */
const report = (view: { lon: number; lat: number; zoom: number }) =>
  useAppStore.getState().reportCamera(view);
/** Every camera move asked of the map from now on. */
function watchRequests() {
  const requests = vi.fn();
  useAppStore.subscribe((state, previous) => {
    if (state.cameraRequest !== previous.cameraRequest) requests(state.cameraRequest);
  });
  return requests;
}

function open(url: string) {
  window.history.replaceState(null, '', url);
  sync.applyInitialUrl();
  return renderHook(() => sync.useUrlSync());
}

const search = () => window.location.search;

describe('applyInitialUrl', () => {
  it('applies the link to the store, seeds the camera and cleans the link', () => {
    window.history.replaceState(null, '', '/atlas/?tier=1,9&foo=bar&v=120.5,31.25,7#top');
    sync.applyInitialUrl();
    expect(useAppStore.getState().filters.tiers).toEqual(['1']);
    expect(useAppStore.getState().camera).toEqual({ lon: 120.5, lat: 31.25, zoom: 7 });
    expect(window.location.pathname).toBe('/atlas/');
    expect(search()).toBe('?tier=1&v=120.5,31.25,7');
    expect(window.location.hash).toBe('#top');
  });

  it('keeps city and outlet ids it cannot check against the data', () => {
    window.history.replaceState(null, '', '/?city=nowhere&outlet=X_1');
    sync.applyInitialUrl();
    expect(useAppStore.getState()).toMatchObject({
      selectedCityId: 'nowhere',
      selectedOutletId: 'X_1',
    });
  });

  it('tells what was ignored, in the current language, until dismissed', () => {
    window.history.replaceState(null, '', '/?tier=9&asof=2024-13-45');
    sync.applyInitialUrl();
    const { result } = renderHook(() => sync.useUrlNotices());
    expect(result.current.notices).toEqual([
      'Ignored "tier=9": unknown city tier',
      'Ignored "asof=2024-13-45": not a date as YYYY-MM-DD',
    ]);
    act(() => useAppStore.getState().setLanguage('zh'));
    expect(result.current.notices[0]).toBe('已忽略“tier=9”：未知的城市级别');
    act(() => result.current.dismiss());
    expect(result.current.notices).toEqual([]);
  });
});

describe('useUrlSync', () => {
  it('applies the link itself when applyInitialUrl was not called', () => {
    window.history.replaceState(null, '', '/?region=east&theme=dark');
    renderHook(() => sync.useUrlSync());
    expect(useAppStore.getState().filters.regions).toEqual(['east']);
    expect(useAppStore.getState().theme).toBe('dark');
  });

  it('pushes a history entry for a store change, and Back restores the previous filters', async () => {
    open('/?tier=1');
    const length = window.history.length;
    act(() => useAppStore.getState().toggleFilterValue('regions', 'east'));
    expect(search()).toBe('?tier=1&region=east');
    expect(window.history.length).toBe(length + 1);

    act(() => window.history.back());
    await waitFor(() => expect(useAppStore.getState().filters.regions).toEqual([]));
    expect(useAppStore.getState().filters.tiers).toEqual(['1']);
    expect(search()).toBe('?tier=1');
    expect(window.history.length).toBe(length + 1);

    act(() => window.history.forward());
    await waitFor(() => expect(useAppStore.getState().filters.regions).toEqual(['east']));
  });

  it('pushes for layers, selection, language and theme too', () => {
    open('/');
    const length = window.history.length;
    const { toggleLayer, selectCity, setLanguage, setTheme } = useAppStore.getState();
    for (const change of [
      () => toggleLayer('fusion-store'),
      () => selectCity('suzhou'),
      () => setLanguage('zh'),
      () => setTheme('dark'),
    ]) {
      now += 1000;
      act(change);
    }
    expect(search()).toBe('?hide=fusion-store&city=suzhou&lang=zh&theme=dark');
    expect(window.history.length).toBe(length + 4);
  });

  it('makes one entry of changes less than 300 ms apart', async () => {
    open('/');
    const length = window.history.length;
    const { toggleFilterValue } = useAppStore.getState();
    act(() => toggleFilterValue('tiers', '1'));
    now += 200;
    act(() => toggleFilterValue('tiers', '2'));
    now += 200;
    act(() => toggleFilterValue('regions', 'east'));
    expect(search()).toBe('?tier=1,2&region=east');
    expect(window.history.length).toBe(length + 1);
    now += 301;
    act(() => toggleFilterValue('kinds', 'fusion-store'));
    expect(window.history.length).toBe(length + 2);

    act(() => window.history.back());
    await waitFor(() => expect(search()).toBe('?tier=1,2&region=east'));
    await waitFor(() => expect(useAppStore.getState().filters.kinds).toEqual([]));
    act(() => window.history.back());
    await waitFor(() => expect(useAppStore.getState().filters.tiers).toEqual([]));
  });

  it('moves through time in the current entry, so a playback adds no history', async () => {
    open('/?tier=1');
    now += 1000;
    act(() => useAppStore.getState().toggleFilterValue('tiers', '2'));
    for (const day of ['2024-01-01', '2024-01-02', '2024-01-03']) {
      now += 1000;
      act(() => useAppStore.getState().setAsOf(day));
    }
    expect(search()).toBe('?tier=1,2&asof=2024-01-03');
    act(() => window.history.back());
    await waitFor(() => expect(search()).toBe('?tier=1'));
    await waitFor(() => expect(useAppStore.getState().filters.asOf).toBeNull());
  });

  it('writes camera moves into the current entry instead of pushing', () => {
    open('/?tier=1');
    const length = window.history.length;
    act(() => report({ lon: 120.123_46, lat: 31.5, zoom: 8.004 }));
    expect(search()).toBe('?tier=1&v=120.1235,31.5,8');
    expect(window.history.length).toBe(length);
    act(() => useAppStore.getState().setRecruitmentOnly(true));
    expect(search()).toBe('?tier=1&recruit=1&v=120.1235,31.5,8');
  });

  it('jumps the camera back to the view of the entry Back returns to', async () => {
    open('/?v=110,30,5');
    const requests = watchRequests();
    act(() => useAppStore.getState().selectCity('suzhou'));
    act(() => report({ lon: 120.6, lat: 31.3, zoom: 9 }));
    expect(search()).toBe('?city=suzhou&v=120.6,31.3,9');
    const length = window.history.length;

    act(() => window.history.back());
    await waitFor(() => expect(useAppStore.getState().selectedCityId).toBeNull());
    expect(requests).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ view: { lon: 110, lat: 30, zoom: 5 }, animate: false }),
    );
    expect(search()).toBe('?v=110,30,5');
    expect(window.history.length).toBe(length);

    act(() => report({ lon: 110, lat: 30, zoom: 5 }));
    act(() => window.history.forward());
    await waitFor(() => expect(useAppStore.getState().selectedCityId).toBe('suzhou'));
    expect(requests).toHaveBeenLastCalledWith(
      expect.objectContaining({ view: { lon: 120.6, lat: 31.3, zoom: 9 }, animate: false }),
    );
  });

  it('does not move the camera when the entry has the view it already shows', () => {
    open('/?v=110,30,5');
    const requests = watchRequests();
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(requests).not.toHaveBeenCalled();
  });

  it('stops writing the link once unmounted', () => {
    const { unmount } = open('/');
    unmount();
    act(() => useAppStore.getState().toggleFilterValue('tiers', '1'));
    expect(search()).toBe('');
  });
});
