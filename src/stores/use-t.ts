import { useCallback } from 'react';
import { translate, type MessageKey } from '../lib/i18n/messages';
import { useAppStore } from './app-store';

/** The translator for the current language. */
export function useT() {
  const language = useAppStore((state) => state.language);
  return useCallback(
    (key: MessageKey, vars?: Record<string, string | number>) => translate(language, key, vars),
    [language],
  );
}
