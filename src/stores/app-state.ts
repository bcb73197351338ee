/** The types of the app store's state, in a leaf of their own: the slices and the store import them. */

import type { AsOfRange } from '../data/derive/as-of-range';
import type { Filters } from '../data/domain/filters';
import type { Language } from '../lib/i18n/messages';
import type { LayerId } from '../data/domain/vocabulary';
import type { CameraRequest, CameraView } from './camera';

export type ThemeChoice = 'system' | 'light' | 'dark';

type ListKey = {
  [K in keyof Filters]: Filters[K] extends readonly unknown[] ? K : never;
}[keyof Filters];

export interface FiltersSlice {
  filters: Filters;
  toggleFilterValue: <K extends ListKey>(key: K, value: Filters[K][number]) => void;
  setFilterValues: <K extends ListKey>(key: K, values: Filters[K]) => void;
  setRecruitmentOnly: (value: boolean) => void;
  setAsOf: (date: string | null) => void;
  resetFilters: () => void;
}

/** An as-of date the store moved into the data's range, for a notice. */
export interface AsOfNotice {
  /** The date that was asked for (a link's). */
  asked: string;
  /** The date shown instead. */
  shown: string;
  range: AsOfRange;
}

/** The dates the data on screen covers; the as-of date is held within them (`holdAsOf`). */
export interface AsOfSlice {
  /** The data's first stage date and its own as-of date; null while there is no data. */
  asOfRange: AsOfRange | null;
  asOfNotice: AsOfNotice | null;
  setAsOfRange: (range: AsOfRange | null) => void;
  dismissAsOfNotice: () => void;
}

export interface LayersSlice {
  layers: Record<LayerId, boolean>;
  toggleLayer: (id: LayerId) => void;
}

export interface SelectionSlice {
  selectedCityId: string | null;
  selectedOutletId: string | null;
  selectCity: (id: string | null) => void;
  selectOutlet: (id: string | null) => void;
  clearSelection: () => void;
}

export interface PreferencesSlice {
  language: Language;
  theme: ThemeChoice;
  setLanguage: (language: Language) => void;
  setTheme: (theme: ThemeChoice) => void;
}

/** Which data is on screen: the configured source, or a file the user opened. */
export interface SourceSlice {
  /** Id of an opened file (see `src/data/sources/file-source.ts`); null = the configured source. */
  fileSourceId: string | null;
  showFile: (id: string) => void;
  showConfiguredSource: () => void;
}

/** Where the camera rests and the moves asked of it (see `camera-slice.ts`). */
export interface CameraSlice {
  /** Where the map came to rest, or the view a link opened on before the map was there. */
  camera: CameraView | null;
  /** The latest move asked of the map; the map performs each request once. */
  cameraRequest: CameraRequest | null;
  reportCamera: (view: CameraView) => void;
  /** Asks the map to show a view or to frame bounds. */
  requestCamera: (request: DistributiveOmit<CameraRequest, 'id'>) => void;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Two dates the dashboard compares (both included), or none: what changed between them. */
export interface CompareSlice {
  compare: { from: string; to: string } | null;
  setCompare: (range: { from: string; to: string } | null) => void;
}

/** What the coverage map shades districts by: off, or reach to sales or to service points. */
export type CoverageMode = 'off' | 'sales' | 'service';

/** The coverage view's settings: what it measures, the radius the figures count within, rings. */
export interface CoverageSettings {
  mode: CoverageMode;
  /** The figures and the whitespace list count a district within this many km (straight-line). */
  radiusKm: number;
  /** Rings of the radius around the open service points in view. */
  rings: boolean;
}

/** A point whose reach is shown: a click on the coverage map, a district of the whitespace list. */
export interface ReachPoint {
  lon: number;
  lat: number;
  /** The district's code when the point is a district's (a list row, a click on a district). */
  districtId: string | null;
}

export interface CoverageSlice {
  coverage: CoverageSettings;
  reachPoint: ReachPoint | null;
  setCoverageMode: (mode: CoverageMode) => void;
  setCoverageRadius: (km: number) => void;
  setCoverageRings: (on: boolean) => void;
  showReach: (point: ReachPoint | null) => void;
}

export type AppState = CameraSlice &
  CompareSlice &
  CoverageSlice &
  FiltersSlice &
  AsOfSlice &
  LayersSlice &
  SelectionSlice &
  PreferencesSlice &
  SourceSlice &
  PresentationSlice;

/** A saved view a tour steps through. */
export interface Scene {
  id: string;
  name: string;
  /** Where the camera goes; `null` frames all of China (or the selected city, if any). */
  view: CameraView | null;
  filters: Filters;
  layers: Record<LayerId, boolean>;
  selectedCityId: string | null;
  /** The coverage view the scene shows; absent in scenes saved before it existed: off. */
  coverage?: CoverageSettings;
  /** Two dates compared in the scene (the map haloes what changed between them), or none. */
  compare?: { from: string; to: string } | null;
  /** What the presenter's title speaks of besides the filters: the plan (cities on plan, behind). */
  focus?: 'plan' | null;
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
