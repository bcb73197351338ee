import { act, renderHook } from '@testing-library/react';
import { asOfRange, clampAsOf } from '../../../src/data/derive/as-of-range';
import { deriveNetworkView } from '../../../src/data/derive/network-view';
import { DEFAULT_FILTERS } from '../../../src/data/domain/filters';
import type * as AppStore from '../../../src/stores/app-store';
import type * as UrlSync from '../../../src/stores/use-url-sync';
import { makeNetwork } from '../fixtures/network';

let useAppStore: typeof AppStore.useAppStore;
let sync: typeof UrlSync;

// Fresh modules for each test: the store and the startup link are module state.
beforeEach(async () => {
  vi.resetModules();
  ({ useAppStore } = await import('../../../src/stores/app-store'));
  sync = await import('../../../src/stores/use-url-sync');
  window.history.replaceState(null, '', '/');
});

const network = makeNetwork();
const range = asOfRange(network);
const asOf = () => useAppStore.getState().filters.asOf;

describe('the data’s range of dates', () => {
  it('runs from the first stage date to the dataset’s own date', () => {
    expect(range).toEqual({ start: '2023-05-01', end: network.meta.asOf });
  });

  it('holds a date within it: the end and later are the dataset’s own date', () => {
    expect(clampAsOf('9999-12-31', range)).toBeNull();
    expect(clampAsOf(range.end, range)).toBeNull();
    expect(clampAsOf('0001-01-01', range)).toBe(range.start);
    expect(clampAsOf('2023-12-15', range)).toBe('2023-12-15');
    expect(clampAsOf('9999-12-31', null)).toBe('9999-12-31');
  });
});

describe('the store’s as-of date', () => {
  it('is held within the data’s range from the slider or a playback', () => {
    useAppStore.getState().setAsOfRange(range);
    useAppStore.getState().setAsOf('2999-12-31');
    expect(asOf()).toBeNull();
    useAppStore.getState().setAsOf('1999-01-01');
    expect(asOf()).toBe(range.start);
    expect(useAppStore.getState().asOfNotice).toBeNull();
  });

  it('is held however it is set, as a scene or Back sets the whole filters', () => {
    useAppStore.getState().setAsOfRange(range);
    const seen: (string | null)[] = [];
    useAppStore.subscribe((state) => seen.push(state.filters.asOf));
    useAppStore.setState({ filters: { ...DEFAULT_FILTERS, asOf: '9999-12-31' } });
    expect(seen).toEqual([null]);
  });

  it('moves a link’s far date into the range once the data is known, with a notice', () => {
    window.history.replaceState(null, '', '/?asof=9999-12-31');
    sync.applyInitialUrl();
    const { result } = renderHook(() => {
      sync.useUrlSync();
      return sync.useUrlNotices();
    });
    expect(asOf()).toBe('9999-12-31');
    act(() => useAppStore.getState().setAsOfRange(range));
    expect(asOf()).toBeNull();
    expect(result.current.notices).toEqual([
      `Ignored "asof=9999-12-31": outside the dates of the data (2023-05-01 to ${range.end}); showing ${range.end}`,
    ]);
    expect(window.location.search).toBe('');
    act(() => result.current.dismiss());
    expect(result.current.notices).toEqual([]);
  });

  it('says nothing of a link’s date the data covers', () => {
    useAppStore.setState({ filters: { ...DEFAULT_FILTERS, asOf: range.end } });
    useAppStore.getState().setAsOfRange(range);
    expect(asOf()).toBeNull();
    expect(useAppStore.getState().asOfNotice).toBeNull();
  });
});

describe('a derivation', () => {
  it('never looks past the dataset’s own date, whatever the filters say', () => {
    const view = deriveNetworkView(network, { ...DEFAULT_FILTERS, asOf: '9999-12-31' });
    expect(view.asOf).toBe(network.meta.asOf);
    expect(view.visible.length).toBe(deriveNetworkView(network, DEFAULT_FILTERS).visible.length);
  });
});
