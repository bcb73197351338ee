import {
  cityMatches,
  effectiveAsOf,
  stageAsOf,
  type Filters,
  type OutletView,
} from '../../../src/data/domain/filters';
import type { City, Network } from '../../../src/data/domain/schema';

/**
 * The filter rules written the plain way (OR within a group, AND across groups, the stage as of
 * the date, closed only when asked for): the definition the one-pass derivation must agree with.
 */
export function referenceFilter(network: Network, filters: Filters): OutletView[] {
  const asOf = effectiveAsOf(network, filters);
  const cities = new Map<string, City>();
  for (const city of network.cities)
    if (cityMatches(city, filters, asOf)) cities.set(city.id, city);
  const out: OutletView[] = [];
  for (const [position, outlet] of network.outlets.entries()) {
    const city = cities.get(outlet.cityId);
    if (!city) continue;
    if (filters.kinds.length > 0 && !filters.kinds.includes(outlet.kind)) continue;
    const stage = stageAsOf(outlet, asOf);
    if (stage === null) continue;
    if (filters.stages.length > 0 ? !filters.stages.includes(stage) : stage === 'closed') continue;
    out.push({ outlet, city, stage, position });
  }
  return out;
}
