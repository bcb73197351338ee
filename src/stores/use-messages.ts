import { useCallback } from 'react';
import { fill, type Dictionary } from '../lib/i18n/define-messages';
import { useAppStore } from './app-store';

/** The translator of a feature's own dictionary, for the current language. */
export function useMessages<K extends string>(dictionary: Dictionary<K>) {
  const language = useAppStore((state) => state.language);
  return useCallback(
    (key: K, vars?: Record<string, string | number>) => fill(dictionary[language][key], vars),
    [dictionary, language],
  );
}
