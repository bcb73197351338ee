import type { StateCreator } from 'zustand';
import type { AppState, CoverageSettings, CoverageSlice } from './app-state';

/** The radii the coverage figures offer, in km; the default is 25. */
export const COVERAGE_RADII = [5, 10, 15, 25, 50, 100] as const;

export const DEFAULT_COVERAGE: CoverageSettings = { mode: 'off', radiusKm: 25, rings: false };

/** The coverage view: what the districts are shaded by, the radius, the rings, a point's reach. */
export const createCoverageSlice: StateCreator<AppState, [], [], CoverageSlice> = (set) => ({
  coverage: DEFAULT_COVERAGE,
  reachPoint: null,
  setCoverageMode: (mode) =>
    set((state) => ({
      coverage: { ...state.coverage, mode },
      ...(mode === 'off' && { reachPoint: null }),
    })),
  setCoverageRadius: (radiusKm) => set((state) => ({ coverage: { ...state.coverage, radiusKm } })),
  setCoverageRings: (rings) => set((state) => ({ coverage: { ...state.coverage, rings } })),
  showReach: (reachPoint) => set({ reachPoint }),
});
