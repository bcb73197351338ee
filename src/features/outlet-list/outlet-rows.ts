import { districtOf, type DistrictAssignment } from '../../data/derive/district-assignment';
import type { OutletView } from '../../data/domain/filters';
import type { Stage } from '../../data/domain/schema';
import { translate, type Language } from '../../lib/i18n/messages';

export const COLUMNS = [
  'name',
  'kind',
  'stage',
  'since',
  'city',
  'district',
  'province',
  'tier',
  'operator',
] as const;
export type Column = (typeof COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

/** One outlet as the list shows it, in one language. */
export interface OutletRow {
  id: string;
  cityId: string;
  cells: Record<Column, string>;
  stage: Stage;
}

const STAGE_RANK: Record<Stage, number> = {
  planned: 0,
  signed: 1,
  renovating: 2,
  open: 3,
  closed: 4,
};
const TIER_RANK: Record<string, number> = { '1': 0, new1: 1, '2': 2, '3': 3, '4': 4, '5': 5 };

export function toRows(
  views: readonly OutletView[],
  language: Language,
  /** The outlets' districts, once worked out. */
  districts?: DistrictAssignment,
): OutletRow[] {
  return views.map(({ outlet, city, stage, position }) => ({
    id: outlet.id,
    cityId: city.id,
    stage,
    cells: {
      name: outlet.name[language],
      kind: translate(language, `kind.${outlet.kind}`),
      stage: translate(language, `stage.${stage}`),
      since: outlet.stages[stage] ?? '',
      city: city.name[language],
      district: districtOf(districts, position)?.name[language] ?? '',
      province: city.province[language],
      tier: translate(language, `tier.${city.tier}`),
      operator: outlet.operator[language],
    },
  }));
}

/** Sorts rows by a column; stages and tiers in their natural order, text by locale. */
export function sortRows(
  rows: readonly OutletRow[],
  column: Column,
  direction: SortDirection,
  views: readonly OutletView[],
  language: Language,
): OutletRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(language === 'zh' ? 'zh-CN' : 'en', { numeric: true });
  const tierOf = new Map(views.map((view) => [view.outlet.id, TIER_RANK[view.city.tier] ?? 9]));
  const compare = (a: OutletRow, b: OutletRow): number => {
    if (column === 'stage') return STAGE_RANK[a.stage] - STAGE_RANK[b.stage];
    if (column === 'tier') return (tierOf.get(a.id) ?? 9) - (tierOf.get(b.id) ?? 9);
    return collator.compare(a.cells[column], b.cells[column]);
  };
  return [...rows].sort((a, b) => sign * compare(a, b) || collator.compare(a.id, b.id));
}
