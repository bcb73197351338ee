/** Chart styling from the theme's CSS variables, so charts follow light and dark themes. */
export const AXIS_TICK = { fill: 'var(--text-2)', fontSize: 12 };
export const AXIS_LINE = { stroke: 'var(--border)' };
export const GRID_STROKE = 'var(--border)';

export const TOOLTIP_CURSOR = { fill: 'var(--surface-2)' };

/** Opacity of chart marks outside the active filter. */
export const DIMMED = 0.25;

/**
 * For grids without vertical lines: recharts would still work out where they go, and measure
 * every label of the x-axis again to do it (about a fifth of a chart's first render).
 */
export const NO_VERTICAL_LINES = (): number[] => [];
