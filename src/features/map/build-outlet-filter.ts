import type { ExpressionSpecification } from 'maplibre-gl';
import type { Filters } from '../../data/filters';
import type { OutletKind, Stage } from '../../data/schema';
import { dayNumber } from './build-map-features';

/** The stage an outlet feature had reached on day `day` (or "none"), as a map expression. */
export function buildStageExpression(day: number): ExpressionSpecification {
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
 * The filter of one outlet layer: the same rules as `filterOutlets` (OR within a group, AND
 * across groups, stage as of the date, closed only when asked for), as a MapLibre expression.
 */
export function buildOutletFilter(
  filters: Filters,
  kind: OutletKind,
  asOf: string,
): ExpressionSpecification {
  if (filters.kinds.length > 0 && !filters.kinds.includes(kind)) return ['boolean', false];
  const stage = buildStageExpression(dayNumber(asOf));
  const clauses: ExpressionSpecification[] = [['==', ['get', 'kind'], kind]];
  if (filters.tiers.length > 0)
    clauses.push(['in', ['get', 'tierGroup'], ['literal', filters.tiers]]);
  if (filters.regions.length > 0)
    clauses.push(['in', ['get', 'region'], ['literal', filters.regions]]);
  if (filters.provinces.length > 0)
    clauses.push(['in', ['get', 'province'], ['literal', filters.provinces]]);
  if (filters.recruitmentOnly) clauses.push(['==', ['get', 'recruiting'], true]);
  const stages: Stage[] = filters.stages;
  clauses.push(
    stages.length > 0
      ? ['in', stage, ['literal', stages]]
      : ['all', ['!=', stage, 'none'], ['!=', stage, 'closed']],
  );
  return ['all', ...clauses];
}
