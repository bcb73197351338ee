import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { DEFAULT_FILTERS } from '../data/domain/filters';
import type { Language } from '../lib/i18n/messages';
import { DEFAULT_LAYERS, useAppStore } from './app-store';
import { DEFAULT_COVERAGE } from './coverage-slice';
import { type AppState } from './app-state';
import type { CameraView } from './camera';
import {
  decodeUrlState,
  describeAsOfNotice,
  encodeUrlState,
  roundView,
  type ShareableState,
} from './url-state';

/** Changes closer together than this make one history entry (think a dragged slider). */
export const URL_COALESCE_MS = 300;

let isApplied = false;
let startupSearch = '';
const noticeListeners = new Set<() => void>();

const defaultLanguage = (): Language => useAppStore.getInitialState().language;

function currentQuery(): string {
  return window.location.search.replace(/^\?/, '');
}

/** Writes the link unless it already says this; tells whether it wrote. */
function writeUrl(query: string, mode: 'push' | 'replace'): boolean {
  if (query === currentQuery()) return false;
  const { pathname, hash } = window.location;
  const url = `${pathname}${query ? `?${query}` : ''}${hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(window.history.state, '', url);
  return true;
}

function isSameView(a: CameraView, b: CameraView): boolean {
  const [x, y] = [roundView(a), roundView(b)];
  return x.lon === y.lon && x.lat === y.lat && x.zoom === y.zoom;
}

function queryFor(state: ShareableState, view: CameraView | null): string {
  return encodeUrlState(state, view, { defaultLanguage: defaultLanguage() });
}

/** The whole shareable state a link stands for: what it sets, defaults for the rest. */
function resolve(state: Partial<ShareableState>): ShareableState {
  return {
    filters: DEFAULT_FILTERS,
    layers: DEFAULT_LAYERS,
    selectedCityId: null,
    selectedOutletId: null,
    compare: null,
    language: defaultLanguage(),
    theme: 'system',
    coverage: DEFAULT_COVERAGE,
    ...state,
  };
}

const sharedPartChanged = (a: AppState, b: AppState) =>
  a.filters !== b.filters ||
  a.layers !== b.layers ||
  a.selectedCityId !== b.selectedCityId ||
  a.selectedOutletId !== b.selectedOutletId ||
  a.compare !== b.compare ||
  a.language !== b.language ||
  a.theme !== b.theme ||
  a.coverage !== b.coverage;

/**
 * Applies the page's link to the store and seeds the camera, then rewrites the link in its
 * clean form. Call it once before the first render (e.g. in `main.tsx`). City and outlet ids
 * are kept as given; views ignore ids the dataset does not have.
 */
export function applyInitialUrl(): void {
  isApplied = true;
  startupSearch = window.location.search;
  const { state, view } = decodeUrlState(startupSearch);
  useAppStore.setState(state);
  if (view) useAppStore.setState({ camera: view });
  writeUrl(queryFor(useAppStore.getState(), view), 'replace');
  for (const listener of noticeListeners) listener();
}

/**
 * Keeps the link in step with the store and the camera: store changes push history entries
 * (rapid ones coalesce into one), camera moves replace the current entry, and Back/Forward
 * bring the store and camera back. Applies the link first if `applyInitialUrl` was not called.
 */
export function useUrlSync(): void {
  useState(() => {
    if (!isApplied) applyInitialUrl();
    return null;
  });
  useEffect(() => {
    let isApplyingHistory = false;
    let lastChangeAt = -Infinity;
    const stopStore = useAppStore.subscribe((state, previous) => {
      // A camera that came to rest replaces the entry: panning is not a step Back undoes.
      if (state.camera !== previous.camera && state.camera && !sharedPartChanged(state, previous))
        return void writeUrl(queryFor(state, state.camera), 'replace');
      if (isApplyingHistory || !sharedPartChanged(state, previous)) return;
      const now = Date.now();
      // Moving through time (the slider, a playback) updates the entry instead of adding one
      // per day; every other change is a step Back can undo.
      const onlyDate =
        state.filters.asOf !== previous.filters.asOf &&
        queryFor({ ...state, filters: { ...state.filters, asOf: previous.filters.asOf } }, null) ===
          queryFor(previous, null);
      const mode = onlyDate || now - lastChangeAt < URL_COALESCE_MS ? 'replace' : 'push';
      if (writeUrl(queryFor(state, state.camera), mode)) lastChangeAt = now;
    });
    const onPopState = () => {
      const { state, view } = decodeUrlState(window.location.search);
      const target = resolve(state);
      const current = useAppStore.getState();
      if (queryFor(target, null) !== queryFor(current, null)) {
        isApplyingHistory = true;
        try {
          useAppStore.setState(target);
        } finally {
          isApplyingHistory = false;
        }
      }
      lastChangeAt = -Infinity;
      const last = useAppStore.getState().camera;
      if (view && !(last && isSameView(view, last)))
        useAppStore.getState().requestCamera({ view, animate: false });
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      stopStore();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}

function subscribeNotices(listener: () => void): () => void {
  noticeListeners.add(listener);
  return () => noticeListeners.delete(listener);
}

/** Forgets the startup notices (the reader closed them). */
function dismissUrlNotices(): void {
  startupSearch = '';
  for (const listener of noticeListeners) listener();
}

function dismissAll(): void {
  dismissUrlNotices();
  useAppStore.getState().dismissAsOfNotice();
}

/**
 * What the opening link had that was ignored, one line each in the current language — with
 * its as-of date when the data does not cover it — and a way to dismiss them.
 */
export function useUrlNotices(): { notices: string[]; dismiss: () => void } {
  const search = useSyncExternalStore(subscribeNotices, () => startupSearch);
  const language = useAppStore((state) => state.language);
  const asOfNotice = useAppStore((state) => state.asOfNotice);
  const notices = useMemo(
    () => [
      ...(search ? decodeUrlState(search, { language }).notices : []),
      ...(asOfNotice ? [describeAsOfNotice(asOfNotice, language)] : []),
    ],
    [search, language, asOfNotice],
  );
  return { notices, dismiss: dismissAll };
}
