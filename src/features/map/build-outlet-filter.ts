import type { ExpressionSpecification } from 'maplibre-gl';
import type { Filters } from '../../data/domain/filters';
import { dayNumber } from '../../data/derive/network-index';
import type { NetworkView } from '../../data/derive/network-view';
import type { OutletKind, Stage } from '../../data/domain/schema';

const IN_NETWORK: Stage[] = ['planned', 'signed', 'renovating', 'open'];

/**
 * The stage an outlet feature had reached on `asOf` (or "none"), as a map expression. On the
 * dataset's own date it is the feature's `stage` property, one lookup instead of five
 * comparisons per outlet (filters and paint are evaluated for every outlet on every change).
 */
export function buildStageExpression(asOf: string, datasetAsOf: string): ExpressionSpecification {
  if (asOf === datasetAsOf) return ['get', 'stage'];
  const day = dayNumber(asOf);
  return [
    'case',
    ['<=', ['get', 'd_closed'], day],
    'closed',
    ['<=', ['get', 'd_open'], day],
    'open',
    ['<=', ['get', 'd_renovating'], day],
    'renovating',
    ['<=', ['get', 'd_signed'], day],
    'signed',
    ['<=', ['get', 'd_planned'], day],
    'planned',
    'none',
  ];
}

/**
 * The cities whose outlets the city-level filters (tier, region, province, recruitment on the
 * view's date) keep, by position in `network.cities`, as the view found them
 * (`NetworkView.cityPasses`); `null` when none of those filters is on.
 */
export function passingCities(view: NetworkView): number[] | null {
  const { tiers, regions, provinces, recruitmentOnly } = view.filters;
  if (tiers.length + regions.length + provinces.length === 0 && !recruitmentOnly) return null;
  const cities: number[] = [];
  view.cityPasses.forEach((passes, c) => {
    if (passes) cities.push(c);
  });
  return cities;
}

/**
 * The filter of one kind's outlet layers (each kind has its own source): the same rules as the
 * list (OR within a group, AND across groups, stage as of the date, closed only when asked
 * for), as a MapLibre expression. The city-level groups come in as the list of cities they
 * keep (`passingCities`), one `match` lookup per outlet.
 */
export function buildOutletFilter(
  filters: Filters,
  kind: OutletKind,
  asOf: string,
  datasetAsOf: string,
  cities: readonly number[] | null,
): ExpressionSpecification {
  if (filters.kinds.length > 0 && !filters.kinds.includes(kind)) return ['boolean', false];
  if (cities?.length === 0) return ['boolean', false];
  const stage = buildStageExpression(asOf, datasetAsOf);
  const clauses: ExpressionSpecification[] = [];
  if (cities) clauses.push(['match', ['get', 'c'], [...cities], true, false]);
  // Closed outlets left the network: they show only when asked for.
  const stages: Stage[] = filters.stages.length > 0 ? filters.stages : IN_NETWORK;
  clauses.push(['in', stage, ['literal', stages]]);
  return ['all', ...clauses];
}

/**
 * The filter of one kind's dot layer: the outlet filter, and on the dataset's own date only the
 * dots that draw at the tile's zoom (a dot under another of its look is left out, `dotZooms`).
 * On another date the stages differ from those the dots were matched by, and every dot draws.
 * A filter's `zoom` is the tile's zoom, evaluated when MapLibre's worker lays out the tile.
 */
export function buildDotFilter(
  outletFilter: ExpressionSpecification,
  asOf: string,
  datasetAsOf: string,
): ExpressionSpecification {
  if (asOf !== datasetAsOf || outletFilter[0] !== 'all') return outletFilter;
  return [
    'all',
    ['>=', ['zoom'], ['get', 'z']],
    ...outletFilter.slice(1),
  ] as ExpressionSpecification;
}
