import { TIER_GROUPS, tierGroupOf, type OutletView, type TierGroup } from '../../../data/filters';
import type { Network, OutletKind } from '../../../data/schema';

/** One bar of the tier chart: outlets in view in a tier group, by kind. */
export type TierBar = { group: TierGroup; total: number } & Record<OutletKind, number>;

const emptyBar = (group: TierGroup): TierBar => ({
  group,
  total: 0,
  'delivery-center': 0,
  'partner-store': 0,
  'fusion-store': 0,
});

/** Outlets in view per tier group — all four groups, '1', 'new1', '2', '3+' in that order — by kind. */
export function buildTierSeries(
  _network: Network,
  outlets: readonly OutletView[],
  _asOf: string,
): TierBar[] {
  const bars: Record<TierGroup, TierBar> = {
    '1': emptyBar('1'),
    new1: emptyBar('new1'),
    '2': emptyBar('2'),
    '3+': emptyBar('3+'),
  };
  for (const view of outlets) {
    const bar = bars[tierGroupOf(view.city.tier)];
    bar[view.outlet.kind] += 1;
    bar.total += 1;
  }
  return TIER_GROUPS.map((group) => bars[group]);
}
