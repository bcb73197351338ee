import { useEffect } from 'react';
import { useAppStore } from '../../stores/app-store';
import { SCENES_STORAGE_KEY, loadScenes, saveScenes } from './scene-storage';

let users = 0;
let stop: (() => void) | null = null;

function persist(): () => void {
  let isLoading = false;
  const stopStore = useAppStore.subscribe((state, previous) => {
    if (isLoading || state.scenes === previous.scenes || !previous.scenesHydrated) return;
    saveScenes(state.scenes);
  });
  // Another tab saved scenes: show the same list here (without writing it back).
  const onStorage = (event: StorageEvent) => {
    if (event.key !== SCENES_STORAGE_KEY) return;
    isLoading = true;
    try {
      useAppStore.getState().hydrateScenes(loadScenes());
    } finally {
      isLoading = false;
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    stopStore();
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * Reads the user's scenes from `localStorage` into the store once, and saves every change
 * (however many components use it).
 */
export function useScenePersistence(): void {
  useEffect(() => {
    if (!useAppStore.getState().scenesHydrated) useAppStore.getState().hydrateScenes(loadScenes());
    users += 1;
    if (users === 1) stop = persist();
    return () => {
      users -= 1;
      if (users === 0) {
        stop?.();
        stop = null;
      }
    };
  }, []);
}
