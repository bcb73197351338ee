import { cityMatches, type Filters } from '../../data/domain/filters';
import { OUTLET_KINDS, type Network } from '../../data/domain/schema';
import { LAYER_IDS, type LayerId } from '../../stores/app-state';
import { networkViewFor } from '../../stores/use-network-view';

/**
 * The map legend's counts: recruitment cities that pass the place filters, and outlets of each
 * kind in view (after filters, as of the filter date).
 */
export function exportLegendCounts(network: Network, filters: Filters): Record<LayerId, number> {
  const counts: Record<LayerId, number> = {
    cities: network.cities.filter(
      (city) => city.recruitment.status === 'recruiting' && cityMatches(city, filters),
    ).length,
    'delivery-center': 0,
    'partner-store': 0,
    'fusion-store': 0,
  };
  const { byKind } = networkViewFor(network, filters);
  OUTLET_KINDS.forEach((kind, k) => (counts[kind] = byKind[k] ?? 0));
  return counts;
}

export interface LegendRow {
  id: LayerId;
  count: number;
}

/** The legend rows of an exported image: the layers switched on, in the legend's order. */
export function exportLegendRows(
  network: Network,
  filters: Filters,
  layers: Record<LayerId, boolean>,
): LegendRow[] {
  const counts = exportLegendCounts(network, filters);
  return LAYER_IDS.filter((id) => layers[id]).map((id) => ({ id, count: counts[id] }));
}
