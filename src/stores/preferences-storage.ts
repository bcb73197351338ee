import { useAppStore } from './app-store';
import { type ThemeChoice } from './app-state';

const KEY = 'channel-atlas.preferences.v1';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Brings back the language and theme chosen last time; a link's own choice applies after. */
export function restorePreferences(): void {
  try {
    const saved = JSON.parse(storage()?.getItem(KEY) ?? 'null') as {
      language?: unknown;
      theme?: unknown;
    } | null;
    if (saved?.language === 'en' || saved?.language === 'zh')
      useAppStore.setState({ language: saved.language });
    if (['system', 'light', 'dark'].includes(String(saved?.theme)))
      useAppStore.setState({ theme: saved?.theme as ThemeChoice });
  } catch {
    // A damaged entry is ignored: the defaults follow the browser.
  }
}

/** Saves the language and theme whenever they change. */
export function persistPreferences(): () => void {
  return useAppStore.subscribe((state, previous) => {
    if (state.language === previous.language && state.theme === previous.theme) return;
    storage()?.setItem(KEY, JSON.stringify({ language: state.language, theme: state.theme }));
  });
}
