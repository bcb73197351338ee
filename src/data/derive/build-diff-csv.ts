import { csvDocument } from './csv-cell';
import type { DiffRow } from './diff-rows';

const HEADER = [
  'change',
  'id',
  'file',
  'kind',
  'city_id',
  'name_en',
  'name_zh',
  'from',
  'to',
  'from_zh',
  'to_zh',
  'meters',
  'records',
];

const FILES = { old: 'baseline', new: 'current' } as const;

/**
 * A dataset comparison as CSV, one row per listed row: the difference, the outlet (as the
 * current data has it, else the baseline), what it was and became (a stage, a name, an
 * operator), how far it moved, and for an id twice in a file how many records have it.
 */
export function buildDiffCsv(rows: readonly DiffRow[]): string {
  return csvDocument(
    HEADER,
    rows.map((row) => [
      row.kind,
      row.id,
      row.side ? FILES[row.side] : '',
      row.outlet?.kind ?? '',
      row.outlet?.cityId ?? '',
      row.outlet?.name.en ?? '',
      row.outlet?.name.zh ?? '',
      row.from?.en ?? '',
      row.to?.en ?? '',
      row.from && row.from.zh !== row.from.en ? row.from.zh : '',
      row.to && row.to.zh !== row.to.en ? row.to.zh : '',
      row.meters === null ? '' : Math.round(row.meters),
      row.count ?? '',
    ]),
  );
}
