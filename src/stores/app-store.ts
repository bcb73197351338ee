import { create } from 'zustand';
import { DEFAULT_FILTERS, type Filters } from '../data/filters';
import type { Language } from '../lib/i18n/messages';
import { createPresentationSlice, type PresentationSlice } from './presentation-slice';

export const LAYER_IDS = ['cities', 'delivery-center', 'partner-store', 'fusion-store'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
export type ThemeChoice = 'system' | 'light' | 'dark';

type ListKey = {
  [K in keyof Filters]: Filters[K] extends readonly unknown[] ? K : never;
}[keyof Filters];

interface FiltersSlice {
  filters: Filters;
  toggleFilterValue: <K extends ListKey>(key: K, value: Filters[K][number]) => void;
  setFilterValues: <K extends ListKey>(key: K, values: Filters[K]) => void;
  setRecruitmentOnly: (value: boolean) => void;
  setAsOf: (date: string | null) => void;
  resetFilters: () => void;
}

interface LayersSlice {
  layers: Record<LayerId, boolean>;
  toggleLayer: (id: LayerId) => void;
}

interface SelectionSlice {
  selectedCityId: string | null;
  selectedOutletId: string | null;
  selectCity: (id: string | null) => void;
  selectOutlet: (id: string | null) => void;
  clearSelection: () => void;
}

interface PreferencesSlice {
  language: Language;
  theme: ThemeChoice;
  setLanguage: (language: Language) => void;
  setTheme: (theme: ThemeChoice) => void;
}

/** Which data is on screen: the configured source, or a file the user opened. */
interface SourceSlice {
  /** Id of an opened file (see `src/data/file-source.ts`); null = the configured source. */
  fileSourceId: string | null;
  showFile: (id: string) => void;
  showConfiguredSource: () => void;
}

export type AppState = FiltersSlice &
  LayersSlice &
  SelectionSlice &
  PreferencesSlice &
  SourceSlice &
  PresentationSlice;

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

/** The one store of UI state: filters, layers, selection and preferences. */
export const useAppStore = create<AppState>()((set, get, store) => ({
  ...createPresentationSlice(set, get, store),
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

  fileSourceId: null,
  showFile: (id) => set({ fileSourceId: id, selectedCityId: null, selectedOutletId: null }),
  showConfiguredSource: () =>
    set({ fileSourceId: null, selectedCityId: null, selectedOutletId: null }),

  language: browserLanguage(),
  theme: 'system',
  setLanguage: (language) => set({ language }),
  setTheme: (theme) => set({ theme }),
}));
