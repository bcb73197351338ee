import { cityMarksFor } from '../../data/derive/city-marks';
import type { Filters } from '../../data/domain/filters';
import type { Network } from '../../data/domain/schema';
import { LAYER_IDS, type LayerId } from '../../data/domain/vocabulary';
import { networkViewFor } from '../../stores/use-network-view';

export interface LegendRow {
  id: LayerId;
  count: number;
}

/**
 * The cities the key of an exported image counts, as the map's legend does: the recruitment
 * cities shown (a stronger edge) and of them those with the partner gap open (a hollow ring).
 */
export function exportCityKey(
  network: Network,
  filters: Filters,
  layers: Record<LayerId, boolean>,
): { recruiting: number; gaps: number } {
  const { recruiting, gaps } = cityMarksFor(networkViewFor(network, filters), layers);
  return { recruiting, gaps };
}

/**
 * The legend rows of an exported image: the layers switched on, in the legend's order, with
 * the counts the map's legend shows (one derivation for both, `cityMarksFor`).
 */
export function exportLegendRows(
  network: Network,
  filters: Filters,
  layers: Record<LayerId, boolean>,
): LegendRow[] {
  const counts = cityMarksFor(networkViewFor(network, filters), layers).legend;
  return LAYER_IDS.filter((id) => layers[id]).map((id) => ({ id, count: counts[id] }));
}
