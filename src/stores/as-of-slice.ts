import type { StateCreator } from 'zustand';
import { clampAsOf } from '../data/derive/as-of-range';
import type { AppState, AsOfSlice } from './app-state';

/** The range of the data on screen, which the as-of date is held within (see `holdAsOf`). */
export const createAsOfSlice: StateCreator<AppState, [], [], AsOfSlice> = (set) => ({
  asOfRange: null,
  asOfNotice: null,
  setAsOfRange: (range) => set({ asOfRange: range }),
  dismissAsOfNotice: () => set({ asOfNotice: null }),
});

/**
 * A change to the store with its as-of date held within the data's range: however the date
 * comes in (a link, Back, the slider, a playback, a scene), the store never holds one the data
 * does not cover, so nothing downstream can reach past the data's last day. When the data's
 * range arrives and moves a date set before it (a link's), `asOfNotice` says so.
 */
export function holdAsOf(current: AppState, patch: Partial<AppState>): Partial<AppState> {
  if (patch.filters === undefined && patch.asOfRange === undefined) return patch;
  const range = patch.asOfRange === undefined ? current.asOfRange : patch.asOfRange;
  const filters = patch.filters ?? current.filters;
  const asOf = clampAsOf(filters.asOf, range);
  if (asOf === filters.asOf) return patch;
  const asked = filters.asOf;
  const outside = range !== null && asked !== null && (asked < range.start || asked > range.end);
  const notice =
    patch.asOfRange !== undefined && outside
      ? { asOfNotice: { asked, shown: asOf ?? range.end, range } }
      : {};
  return { ...patch, filters: { ...filters, asOf }, ...notice };
}

/**
 * Wraps the store so every change, from an action or from `setState`, goes through `holdAsOf`
 * before anyone is told of it.
 */
export function withAsOfHeld(config: StateCreator<AppState>): StateCreator<AppState> {
  return (set, get, api) => {
    const held = ((
      partial: AppState | Partial<AppState> | ((state: AppState) => Partial<AppState>),
      replace?: boolean,
    ) => {
      const current = get();
      const patch = typeof partial === 'function' ? partial(current) : partial;
      const next = holdAsOf(current, patch);
      if (replace) set(next as AppState, true);
      else set(next);
    }) as typeof set;
    api.setState = held;
    return config(held, get, api);
  };
}
