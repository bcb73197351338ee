import { useMemo } from 'react';
import { citiesWithPartnerStore, cityMatches, type OutletView } from '../../data/filters';
import { OUTLET_KINDS, type Network } from '../../data/schema';
import { useAppStore, type LayerId } from '../../stores/app-store';
import { buildCityFeatures } from './build-map-features';

/**
 * The city bubbles (one feature per city, counting the outlets of the layers shown) and the
 * legend's count per layer, both from the outlets in view.
 */
export function useCitySummary(network: Network, visible: readonly OutletView[], asOf: string) {
  const layers = useAppStore((state) => state.layers);
  const filters = useAppStore((state) => state.filters);
  const cityData = useMemo(() => {
    const shown = OUTLET_KINDS.every((kind) => layers[kind])
      ? visible
      : visible.filter((view) => layers[view.outlet.kind]);
    const cityIds = new Set(network.cities.filter((c) => cityMatches(c, filters)).map((c) => c.id));
    return buildCityFeatures(network, shown, cityIds, citiesWithPartnerStore(network, asOf));
  }, [network, visible, layers, filters, asOf]);

  const legendCounts = useMemo(() => {
    const counts: Record<LayerId, number> = {
      cities: cityData.features.filter((feature) => feature.properties.recruiting).length,
      'delivery-center': 0,
      'partner-store': 0,
      'fusion-store': 0,
    };
    for (const view of visible) counts[view.outlet.kind] += 1;
    return counts;
  }, [cityData, visible]);

  return { cityData, legendCounts };
}
