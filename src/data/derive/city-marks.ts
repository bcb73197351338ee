import type { LayerId } from '../domain/vocabulary';
import { OUTLET_KINDS, type OutletKind } from '../domain/schema';
import { KIND_COUNT } from './network-index';
import type { NetworkView } from './network-view';

/** A city's bubble on the map. */
export interface CityMarkState {
  /** Bubble size, 0–1: the square root of the count relative to the largest city's. */
  size: number;
  /** A recruitment city on the date in view (from its recruitment date on): a stronger edge. */
  recruiting: boolean;
  /**
   * Recruiting on the date and no partner store signed or later: the partner gap, a hollow
   * ring.
   */
  gap: boolean;
}

export interface CityMarks {
  /**
   * Per city position: the outlets in view of the kinds shown, or -1 for a city the map does
   * not show (the filters leave it out, or it neither recruits nor has outlets in view).
   */
  counts: number[];
  /** Per city position, the bubble of each city shown; null for the others. */
  states: (CityMarkState | null)[];
  /** What the legend says each layer draws: cities shown, outlets in view by kind. */
  legend: Record<LayerId, number>;
  /** Of the cities shown, the recruitment cities on the date (drawn with a stronger edge). */
  recruiting: number;
  /** Of those, the ones whose partner gap is open (drawn as a hollow ring). */
  gaps: number;
}

/**
 * What the city bubbles, their labels and the legend show for a filter state and the layers
 * switched on: one derivation for the map, its legend, the exported image, the key figures and
 * the presenter's title, so that no two of them can disagree.
 */
export function buildCityMarks(view: NetworkView, layers: Record<LayerId, boolean>): CityMarks {
  const { network, cityKind } = view;
  const shown = OUTLET_KINDS.map((kind) => layers[kind]);
  const counts = network.cities.map((_, c) => {
    let count = 0;
    for (let k = 0; k < KIND_COUNT; k += 1)
      if (shown[k]) count += cityKind[c * KIND_COUNT + k] ?? 0;
    return count;
  });
  const largest = Math.max(1, ...counts);
  const states: (CityMarkState | null)[] = [];
  let cities = 0;
  let recruitingCities = 0;
  let gaps = 0;
  counts.forEach((count, c) => {
    const recruiting = view.cityRecruiting[c] === 1;
    if (!view.cityPasses[c] || (!recruiting && count === 0)) {
      counts[c] = -1;
      states.push(null);
      return;
    }
    const gap = recruiting && !view.cityHasPartner[c];
    cities += 1;
    if (recruiting) recruitingCities += 1;
    if (gap) gaps += 1;
    states.push({ size: Math.sqrt(count / largest), recruiting, gap });
  });
  const legend = { cities } as Record<LayerId, number>;
  OUTLET_KINDS.forEach((kind: OutletKind, k) => (legend[kind] = view.byKind[k] ?? 0));
  return { counts, states, legend, recruiting: recruitingCities, gaps };
}

const latestMarks = new WeakMap<
  NetworkView,
  { layers: Record<LayerId, boolean>; marks: CityMarks }
>();

/**
 * The marks of a view and the layers shown, built once and shared by the map and its legend:
 * the same state always gives the same object.
 */
export function cityMarksFor(view: NetworkView, layers: Record<LayerId, boolean>): CityMarks {
  const last = latestMarks.get(view);
  if (last?.layers === layers) return last.marks;
  const marks = buildCityMarks(view, layers);
  latestMarks.set(view, { layers, marks });
  return marks;
}
