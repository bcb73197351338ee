import type { CoverageMetrics } from './measure-coverage';
import type { LongTaskStats } from './session';

/** What one run of one page (app or floor) on one dataset measured; times in ms. */
export interface RunMetrics extends Partial<CoverageMetrics> {
  /** The map's uncaught error while loading, if it broke (its metrics are then NaN). */
  mapError: string | null;
  /** Navigation → map idle with every layer drawn (app: and the Key figures shown). */
  loadMs: number;
  /** Navigation → the dataset fully downloaded (Resource Timing `responseEnd`). */
  dataMs: number | null;
  /** Navigation → data parsed and ready: app, Key figures first shown; floor, features built. */
  readyMs: number | null;
  /** Long tasks from navigation to `loadMs`. */
  loadLongTasks: LongTaskStats;
  /** JS heap of the main thread after load and a full GC, bytes. */
  heapBytes: number;
  /** Tier filter on: input → map idle again. */
  filterIdleMs: number;
  /** Tier filter on: frames the map drew until idle. */
  filterFrames: number;
  /** Tier filter on: input → Key figures text changed (app only). */
  filterFiguresMs: number | null;
  /** Tier filter on: the derivation of figures, charts, list and map counts (the app's `atlas:derive` measures; app only). */
  filterDeriveMs: number | null;
  /** Tier filter on: the click's main-thread handling (Event Timing processing; app only). */
  filterHandlerMs: number | null;
  /** Tier filter on: the click → next paint (Event Timing duration; app only). */
  filterPaintMs: number | null;
  /** Tier filter off again: input → map idle. */
  filterBackIdleMs: number;
  /** Keystroke in the city search → options shown. */
  searchMs: number;
  /** Layer toggled off → map idle. */
  layerIdleMs: number;
  /** rAF intervals during the fly-to: median, 95th percentile, count. */
  flyP50: number;
  flyP95: number;
  flyFrames: number;
  /** Longest task during the operations after load (filter, search, layer, fly-to). */
  opsLongTaskMax: number;
  /** Map frames from the filter going off (and from the layer toggle) to idle. */
  filterBackFrames: number;
  layerFrames: number;
  /** Longest task from the filter click until it is off again and idle; during the fly-to. */
  filterLongTaskMax: number;
  flyLongTaskMax: number;
}

/** The metrics shown in the report, in order, with how to print them. */
export const METRICS: readonly {
  key: Exclude<keyof RunMetrics, 'mapError'>;
  label: string;
  unit: 'ms' | 'MB' | 'count';
}[] = [
  { key: 'loadMs', label: 'Load → map idle', unit: 'ms' },
  { key: 'dataMs', label: '… dataset downloaded', unit: 'ms' },
  { key: 'readyMs', label: '… data ready (app: figures shown)', unit: 'ms' },
  { key: 'loadLongTasks', label: 'Longest task during load', unit: 'ms' },
  { key: 'heapBytes', label: 'JS heap after load', unit: 'MB' },
  { key: 'filterIdleMs', label: 'Tier filter → map idle', unit: 'ms' },
  { key: 'filterFrames', label: 'Tier filter: map frames drawn until idle', unit: 'count' },
  { key: 'filterFiguresMs', label: 'Tier filter → figures updated', unit: 'ms' },
  { key: 'filterDeriveMs', label: 'Tier filter: derivation (`atlas:derive`)', unit: 'ms' },
  { key: 'filterHandlerMs', label: 'Tier filter: click handling (main thread)', unit: 'ms' },
  { key: 'filterPaintMs', label: 'Tier filter: click → next paint', unit: 'ms' },
  { key: 'filterBackIdleMs', label: 'Tier filter off → map idle', unit: 'ms' },
  { key: 'filterBackFrames', label: 'Tier filter off: map frames drawn until idle', unit: 'count' },
  { key: 'filterLongTaskMax', label: 'Tier filter on and off: longest task', unit: 'ms' },
  { key: 'searchMs', label: 'Search keystroke → options shown', unit: 'ms' },
  { key: 'layerIdleMs', label: 'Layer toggle → map idle', unit: 'ms' },
  { key: 'layerFrames', label: 'Layer toggle: map frames drawn until idle', unit: 'count' },
  { key: 'flyP50', label: 'Fly-to frame time p50', unit: 'ms' },
  { key: 'flyP95', label: 'Fly-to frame time p95', unit: 'ms' },
  { key: 'flyLongTaskMax', label: 'Fly-to: longest task', unit: 'ms' },
  { key: 'opsLongTaskMax', label: 'Longest task during operations', unit: 'ms' },
  { key: 'coverageFirstMs', label: 'Coverage on → first reach', unit: 'ms' },
  { key: 'coverageReachMs', label: 'Coverage: reach (worker)', unit: 'ms' },
  { key: 'coverageAnswerMs', label: 'Coverage: click → reach on page', unit: 'ms' },
  { key: 'coverageLongTaskMax', label: 'Coverage: longest task', unit: 'ms' },
  {
    key: 'coverageScriptMax',
    label: 'Coverage: longest script in that time (0: none of 5 ms)',
    unit: 'ms',
  },
];

/** The number a metric contributes to the statistics (long tasks: the longest). */
export function metricValue(run: RunMetrics, key: keyof RunMetrics): number | null {
  const value = run[key];
  // The floor has no coverage view: its coverage figures are absent.
  if (value === null || value === undefined || typeof value === 'string') return null;
  if (typeof value === 'number') return key === 'heapBytes' ? value / 1024 / 1024 : value;
  return value.max;
}
