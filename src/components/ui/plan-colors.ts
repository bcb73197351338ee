/**
 * The colours of the plan and of changes wherever they appear off the map (badges, legend
 * swatches, the slide): the same Okabe–Ito colours as the map's rings and halos (the map's
 * layers keep their own constants; a test holds the two equal).
 */
export const PLAN_COLORS = { behind: '#D55E00', 'at-risk': '#E69F00' } as const;

/** Halo colours of changed outlets: new, advanced, closed. */
export const CHANGE_HALO_COLORS = {
  new: '#009E73',
  advance: '#0072B2',
  closure: '#CC79A7',
} as const;
