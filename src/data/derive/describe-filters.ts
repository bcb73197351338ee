import { TIER_GROUPS, type Filters, type TierGroup } from '../domain/filters';
import {
  OUTLET_KINDS,
  REGIONS,
  STAGES,
  type Network,
  type OutletKind,
  type Region,
  type Stage,
} from '../domain/schema';
import { formatDate } from '../../lib/format';
import { fill } from '../../lib/i18n/define-messages';
import type { Language } from '../../lib/i18n/messages';
import { messages } from '../../lib/i18n/filter-messages';

/** One active filter value with its words, enough to show it and to remove it. */
export type ActiveFilter = { label: string } & (
  | { key: 'tiers'; value: TierGroup }
  | { key: 'regions'; value: Region }
  | { key: 'provinces'; value: string }
  | { key: 'kinds'; value: OutletKind }
  | { key: 'stages'; value: Stage }
  | { key: 'recruitmentOnly' }
  | { key: 'asOf'; value: string }
);

function inOrder<V extends string>(order: readonly V[], chosen: readonly V[]): V[] {
  return order.filter((value) => chosen.includes(value));
}

/**
 * The active filters in a fixed order (tier, region, province, type, stage, recruitment,
 * date), each in words of `language`.
 */
export function listActiveFilters(
  filters: Filters,
  network: Network,
  language: Language,
): ActiveFilter[] {
  const t = messages[language];
  const provinceNames = new Map(network.cities.map((city) => [city.province.en, city.province]));
  const active: ActiveFilter[] = [
    ...inOrder(TIER_GROUPS, filters.tiers).map((value) => ({
      key: 'tiers' as const,
      value,
      label: value === '3+' ? t['tier.3+.full'] : t[`tier.${value}`],
    })),
    ...inOrder(REGIONS, filters.regions).map((value) => ({
      key: 'regions' as const,
      value,
      label: t[`region.${value}`],
    })),
    ...filters.provinces.map((value) => ({
      key: 'provinces' as const,
      value,
      label: provinceNames.get(value)?.[language] ?? value,
    })),
    ...inOrder(OUTLET_KINDS, filters.kinds).map((value) => ({
      key: 'kinds' as const,
      value,
      label: t[`kind.${value}`],
    })),
    ...inOrder(STAGES, filters.stages).map((value) => ({
      key: 'stages' as const,
      value,
      label: t[`stage.${value}`],
    })),
  ];
  if (filters.recruitmentOnly) active.push({ key: 'recruitmentOnly', label: t.recruitmentOnly });
  if (filters.asOf !== null) {
    const date = formatDate(filters.asOf, language);
    active.push({ key: 'asOf', value: filters.asOf, label: fill(t['asOf.chip'], { date }) });
  }
  return active;
}

/** Each active filter in words, e.g. ["Tier 1", "East China", "As of 6 Jan 2024"]. */
export function describeFilters(filters: Filters, network: Network, language: Language): string[] {
  return listActiveFilters(filters, network, language).map((filter) => filter.label);
}
