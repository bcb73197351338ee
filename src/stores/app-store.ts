import { create } from 'zustand';
import { DEFAULT_FILTERS } from '../data/domain/filters';
import type { Language } from '../lib/i18n/messages';
import type { AppState } from './app-state';
import type { LayerId } from '../data/domain/vocabulary';
import { createAsOfSlice, withAsOfHeld } from './as-of-slice';
import { createCameraSlice } from './camera-slice';
import { createPresentationSlice } from './presentation-slice';

export const DEFAULT_LAYERS: Record<LayerId, boolean> = {
  cities: true,
  'delivery-center': true,
  'partner-store': true,
  'fusion-store': true,
};

function browserLanguage(): Language {
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh')
    ? 'zh'
    : 'en';
}

/**
 * The one store of UI state: filters, layers, selection and preferences. Its as-of date is held
 * within the dates of the data on screen, however it is set (`withAsOfHeld`).
 */
export const useAppStore = create<AppState>()(
  withAsOfHeld((set, get, store) => ({
    ...createPresentationSlice(set, get, store),
    ...createCameraSlice(set, get, store),
    ...createAsOfSlice(set, get, store),
    filters: DEFAULT_FILTERS,
    toggleFilterValue: (key, value) =>
      set((state) => {
        const current = state.filters[key] as unknown[];
        const next = current.includes(value)
          ? current.filter((item) => item !== value)
          : [...current, value];
        return { filters: { ...state.filters, [key]: next } };
      }),
    setFilterValues: (key, values) =>
      set((state) => ({ filters: { ...state.filters, [key]: values } })),
    setRecruitmentOnly: (value) =>
      set((state) => ({ filters: { ...state.filters, recruitmentOnly: value } })),
    setAsOf: (date) => set((state) => ({ filters: { ...state.filters, asOf: date } })),
    resetFilters: () => set({ filters: DEFAULT_FILTERS }),

    layers: DEFAULT_LAYERS,
    toggleLayer: (id) => set((state) => ({ layers: { ...state.layers, [id]: !state.layers[id] } })),

    selectedCityId: null,
    selectedOutletId: null,
    selectCity: (id) => set({ selectedCityId: id, selectedOutletId: null }),
    selectOutlet: (id) => set({ selectedOutletId: id }),
    clearSelection: () => set({ selectedCityId: null, selectedOutletId: null }),

    compare: null,
    setCompare: (range) => set({ compare: range }),

    fileSourceId: null,
    showFile: (id) => set({ fileSourceId: id, selectedCityId: null, selectedOutletId: null }),
    showConfiguredSource: () =>
      set({ fileSourceId: null, selectedCityId: null, selectedOutletId: null }),

    language: browserLanguage(),
    theme: 'system',
    setLanguage: (language) => set({ language }),
    setTheme: (theme) => set({ theme }),
  })),
);
