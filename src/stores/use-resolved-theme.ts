import { useSyncExternalStore } from 'react';
import { useAppStore } from './app-store';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia?.(QUERY);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

const prefersDark = () => window.matchMedia?.(QUERY).matches ?? false;

/** The theme in effect: the user's choice, else the system's. */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useAppStore((state) => state.theme);
  const systemDark = useSyncExternalStore(subscribe, prefersDark, () => false);
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}
