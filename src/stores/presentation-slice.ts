import type { StateCreator } from 'zustand';
import type { Filters } from '../data/filters';
import type { AppState, LayerId } from './app-store';
import type { CameraView } from './camera';

/** A saved view a tour steps through. */
export interface Scene {
  id: string;
  name: string;
  /** Where the camera goes; `null` frames all of China (or the selected city, if any). */
  view: CameraView | null;
  filters: Filters;
  layers: Record<LayerId, boolean>;
  selectedCityId: string | null;
}

/** Which scenes "Present" steps through: the tour built from the data, or the user's own. */
export type TourChoice = 'builtin' | 'mine';

export interface PresentationSlice {
  /** Presenter mode: full screen, large type, panels hidden. */
  presenting: boolean;
  /** The tour step on screen, from 0; `null` before the first step. */
  tourIndex: number | null;
  /** The user's saved scenes, in tour order (persisted by the presentation feature). */
  scenes: Scene[];
  /** Whether `scenes` has been read from storage yet. */
  scenesHydrated: boolean;
  /** `null` until the user picks: then "mine" when there are user scenes, else "builtin". */
  tourChoice: TourChoice | null;
  startPresenting: () => void;
  stopPresenting: () => void;
  /** Shows step `index` of a tour of `count` scenes, clamped to the tour. */
  showScene: (index: number, count: number) => void;
  /** Moves `delta` steps along a tour of `count` scenes; from no step, forward starts at 0. */
  stepScene: (delta: number, count: number) => void;
  hydrateScenes: (scenes: Scene[]) => void;
  addScenes: (scenes: Scene[]) => void;
  renameScene: (id: string, name: string) => void;
  /** Moves a scene `delta` places up (negative) or down the list, within its ends. */
  moveScene: (id: string, delta: number) => void;
  deleteScene: (id: string) => void;
  chooseTour: (choice: TourChoice) => void;
}

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
