import type { ChangeListRow } from './change-list';
import { csvDocument } from './csv-cell';

const HEADER = [
  'change',
  'date',
  'city_id',
  'city_en',
  'city_zh',
  'outlet_id',
  'kind',
  'name_en',
  'name_zh',
  'from_stage',
  'to_stage',
  'target_id',
  'target_kind',
  'target_stage',
  'target_count',
  'target_actual',
];

/**
 * A change list as CSV, one row per listed row in its order: the outlet's change with its
 * stages, a city that started recruiting, or a target due in the range with what it had by then.
 */
export function buildChangesCsv(rows: readonly ChangeListRow[]): string {
  return csvDocument(
    HEADER,
    rows.map((row) => {
      const place = [row.type, row.date, row.city.id, row.city.name.en, row.city.name.zh];
      if (row.type === 'recruiting') return [...place, '', '', '', '', '', '', '', '', '', '', ''];
      if ('target' in row) {
        const { target } = row;
        return [
          ...place,
          ...['', '', '', '', '', ''],
          target.id,
          target.kind ?? '',
          target.stage,
          target.count,
          row.actual,
        ];
      }
      if (!('outlet' in row)) return place;
      const { outlet } = row;
      return [
        ...place,
        outlet.id,
        row.kind,
        outlet.name.en,
        outlet.name.zh,
        row.previous ?? '',
        row.stage,
        ...['', '', '', '', ''],
      ];
    }),
  );
}
