import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../stores/app-store';

/** The phone's bottom sheets. */
export type Sheet = 'filters' | 'insights' | 'list';

/** The key a history entry carries while a sheet is open on it. */
const SHEET_KEY = 'atlasSheet';

const isPhone = () => window.matchMedia?.('(max-width: 720px)').matches ?? false;

function sheetOf(state: unknown): Sheet | null {
  const value = (state as Record<string, unknown> | null)?.[SHEET_KEY];
  return value === 'filters' || value === 'insights' || value === 'list' ? value : null;
}

function markEntry(sheet: Sheet | null): void {
  const state = Object.fromEntries(
    Object.entries((window.history.state ?? {}) as Record<string, unknown>).filter(
      ([key]) => key !== SHEET_KEY,
    ),
  );
  window.history.replaceState(sheet ? { ...state, [SHEET_KEY]: sheet } : state, '');
}

export interface Sheets {
  sheet: Sheet | null;
  /** Opens a sheet, or closes it when it is the one open. */
  toggle: (sheet: Sheet) => void;
  close: () => void;
}

/**
 * Which bottom sheet is open on a phone, kept in the page's history so the browser's Back
 * closes it: opening a sheet adds a history entry (same link) that says which sheet is open, and
 * Back or Forward shows the sheet its entry names. The link's own entries (`useUrlSync`) are
 * left as they are: a filter changed in a sheet still adds its entry, which is then marked with
 * the open sheet too, so Back first undoes the change, then closes the sheet. Escape closes it,
 * and so does opening an outlet's card, which the sheet would otherwise hide.
 */
export function useSheets(): Sheets {
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const current = useRef<Sheet | null>(null);
  /** Whether the top history entry is the one opening the sheet added, with nothing since. */
  const ownsEntry = useRef(false);

  const show = useCallback((next: Sheet | null) => {
    current.current = next;
    setSheet(next);
  }, []);

  const close = useCallback(() => {
    if (!current.current) return;
    if (ownsEntry.current && sheetOf(window.history.state) === current.current) {
      // Nothing happened since it opened: take its entry back, as Back would.
      ownsEntry.current = false;
      window.history.back();
    } else if (sheetOf(window.history.state)) {
      markEntry(null);
    }
    show(null);
  }, [show]);

  const toggle = useCallback(
    (next: Sheet) => {
      if (current.current === next) return close();
      if (!isPhone()) return show(next);
      if (current.current && sheetOf(window.history.state)) markEntry(next);
      else {
        const state = { ...(window.history.state as Record<string, unknown> | null) };
        window.history.pushState({ ...state, [SHEET_KEY]: next }, '');
        ownsEntry.current = true;
      }
      show(next);
    },
    [close, show],
  );

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      ownsEntry.current = false;
      show(sheetOf(event.state));
    };
    // A change of the link while a sheet is open adds an entry without the sheet: mark it, once
    // the link's own listener has written it.
    const stopStore = useAppStore.subscribe(() =>
      queueMicrotask(() => {
        if (!current.current || sheetOf(window.history.state) === current.current) return;
        ownsEntry.current = false;
        markEntry(current.current);
      }),
    );
    // The card's selection adds its own entry to the history: the sheet just goes, and Back
    // brings both back.
    const stopOutlet = useAppStore.subscribe((state, previous) => {
      if (!current.current || !state.selectedOutletId) return;
      if (state.selectedOutletId === previous.selectedOutletId) return;
      ownsEntry.current = false;
      show(null);
    });
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !current.current) return;
      event.preventDefault();
      close();
    };
    window.addEventListener('popstate', onPopState);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('popstate', onPopState);
      document.removeEventListener('keydown', onKeyDown);
      stopStore();
      stopOutlet();
    };
  }, [close, show]);

  return { sheet, toggle, close };
}
