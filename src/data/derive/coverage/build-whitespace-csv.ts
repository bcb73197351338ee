import type { Network } from '../../domain/schema';
import { csvCell as cell } from '../csv-cell';
import type { DistrictContext, ReachKind, WhitespaceRow } from './coverage-figures';
import type { DistrictTable } from './district-table';

const HEADER = [
  'rank',
  'district_code',
  'district_en',
  'district_zh',
  'prefecture_code',
  'prefecture_en',
  'prefecture_zh',
  'city_id',
  'km_to_open',
  'nearest_open_id',
  'km_counting_coming',
  'nearest_coming_id',
  'population_proxy',
  'proxy_places',
  'reach_to',
  'radius_km',
  'as_of',
];

const km = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '');

/**
 * The whitespace list as CSV, in its order: UTF-8 with a byte-order mark, CRLF line ends, both
 * languages side by side. Distances are straight-line kilometres from the district's point;
 * empty when no such outlet is in view. `population_proxy` is the GeoNames-based proxy, not a
 * census.
 */
export function buildWhitespaceCsv(
  rows: readonly WhitespaceRow[],
  table: DistrictTable,
  context: DistrictContext,
  network: Network,
  options: { kind: ReachKind; radiusKm: number; asOf: string },
): string {
  const lines = [HEADER.join(',')];
  const outletId = (position: number) => network.outlets[position]?.id ?? '';
  rows.forEach((row, i) => {
    const d = row.district;
    const prefecture = table.prefecture[d] ?? '';
    const prefectureName = table.prefectureName.get(prefecture);
    lines.push(
      [
        i + 1,
        table.id[d] ?? '',
        table.name[d]?.en ?? '',
        table.name[d]?.zh ?? '',
        prefecture,
        prefectureName?.en ?? '',
        prefectureName?.zh ?? '',
        network.cities[context.city[d] ?? -1]?.id ?? '',
        km(row.km),
        outletId(row.nearest),
        km(row.comingKm),
        outletId(row.nearestComing),
        row.pop,
        table.places[d] ?? 0,
        options.kind,
        options.radiusKm,
        options.asOf,
      ]
        .map(cell)
        .join(','),
    );
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
