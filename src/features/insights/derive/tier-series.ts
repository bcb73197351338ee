import { TIER_GROUPS, type TierGroup } from '../../../data/domain/filters';
import { KIND_COUNT } from '../../../data/derive/network-index';
import type { NetworkView } from '../../../data/derive/network-view';
import { OUTLET_KINDS, type OutletKind } from '../../../data/domain/schema';

/** One bar of the tier chart: outlets in view in a tier group, by kind. */
export type TierBar = { group: TierGroup; total: number } & Record<OutletKind, number>;

/**
 * Outlets per tier group — all four groups, '1', 'new1', '2', '3+' in that order — by kind,
 * as if no tier or kind were chosen: the chart dims the bars that are filtered out.
 */
export function buildTierSeries(view: NetworkView): TierBar[] {
  return TIER_GROUPS.map((group, g) => {
    const bar = { group, total: 0 } as TierBar;
    OUTLET_KINDS.forEach((kind, k) => {
      const count = view.tierKind[g * KIND_COUNT + k] ?? 0;
      bar[kind] = count;
      bar.total += count;
    });
    return bar;
  });
}
