import { useAppStore } from '../../../src/stores/app-store';
import { persistPreferences, restorePreferences } from '../../../src/stores/preferences-storage';

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState());
  useAppStore.setState({ language: 'en', theme: 'system' });
});

describe('preferences storage', () => {
  it('keeps the chosen language and theme for the next visit', () => {
    const stop = persistPreferences();
    useAppStore.getState().setLanguage('zh');
    useAppStore.getState().setTheme('dark');
    stop();
    useAppStore.setState({ language: 'en', theme: 'system' });
    restorePreferences();
    expect(useAppStore.getState()).toMatchObject({ language: 'zh', theme: 'dark' });
  });

  it('ignores a damaged or foreign entry', () => {
    localStorage.setItem('channel-atlas.preferences.v1', '{"language":"fr","theme":"<b>"}');
    restorePreferences();
    expect(useAppStore.getState()).toMatchObject({ language: 'en', theme: 'system' });
    localStorage.setItem('channel-atlas.preferences.v1', '{not json');
    expect(() => restorePreferences()).not.toThrow();
  });
});
