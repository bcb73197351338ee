import type { StateCreator } from 'zustand';
import type { AppState, PresentationSlice } from './app-state';

function clampIndex(index: number, count: number): number | null {
  if (count <= 0) return null;
  return Math.min(Math.max(Math.trunc(index), 0), count - 1);
}

/** Presenter mode, the tour step and the user's scenes. */
export const createPresentationSlice: StateCreator<AppState, [], [], PresentationSlice> = (
  set,
) => ({
  presenting: false,
  tourIndex: null,
  scenes: [],
  scenesHydrated: false,
  tourChoice: null,
  startPresenting: () => set({ presenting: true, tourIndex: null }),
  stopPresenting: () => set({ presenting: false, tourIndex: null }),
  showScene: (index, count) => set({ tourIndex: clampIndex(index, count) }),
  stepScene: (delta, count) =>
    set((state) => {
      if (state.tourIndex === null) return { tourIndex: delta > 0 ? clampIndex(0, count) : null };
      return { tourIndex: clampIndex(state.tourIndex + delta, count) };
    }),
  hydrateScenes: (scenes) => set({ scenes, scenesHydrated: true }),
  addScenes: (added) => set((state) => ({ scenes: [...state.scenes, ...added] })),
  renameScene: (id, name) =>
    set((state) => ({
      scenes: state.scenes.map((scene) => (scene.id === id ? { ...scene, name } : scene)),
    })),
  moveScene: (id, delta) =>
    set((state) => {
      const from = state.scenes.findIndex((scene) => scene.id === id);
      const to = clampIndex(from + delta, state.scenes.length);
      if (from < 0 || to === null || to === from) return {};
      const scenes = [...state.scenes];
      const [moved] = scenes.splice(from, 1);
      if (moved) scenes.splice(to, 0, moved);
      return { scenes };
    }),
  deleteScene: (id) =>
    set((state) => ({ scenes: state.scenes.filter((scene) => scene.id !== id) })),
  chooseTour: (choice) => set({ tourChoice: choice }),
});
