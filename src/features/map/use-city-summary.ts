import { useMemo } from 'react';
import type { NetworkView } from '../../data/network-view';
import { OUTLET_KINDS } from '../../data/schema';
import { useAppStore, type LayerId } from '../../stores/app-store';
import { buildCityFeatures } from './build-map-features';

/**
 * The city bubbles (one feature per city, counting the outlets of the layers shown) and the
 * legend's count per layer, both from the view.
 */
export function useCitySummary(view: NetworkView) {
  const layers = useAppStore((state) => state.layers);
  const cityData = useMemo(() => buildCityFeatures(view, layers), [view, layers]);
  const legendCounts = useMemo(() => {
    const counts = { cities: 0 } as Record<LayerId, number>;
    for (const feature of cityData.features) if (feature.properties.recruiting) counts.cities += 1;
    OUTLET_KINDS.forEach((kind, k) => (counts[kind] = view.byKind[k] ?? 0));
    return counts;
  }, [cityData, view]);
  return { cityData, legendCounts };
}
