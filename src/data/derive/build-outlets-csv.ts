import type { OutletView } from '../domain/filters';
import { servicesOf } from '../domain/services';
import type { Crs } from '../domain/schema';
import { csvCell as cell } from './csv-cell';
import { districtOf, type DistrictAssignment } from './district-assignment';

const HEADER = [
  'id',
  'kind',
  'name_en',
  'name_zh',
  'stage',
  'stage_date',
  'city_id',
  'city_en',
  'city_zh',
  'district_code',
  'district_en',
  'district_zh',
  'province_en',
  'province_zh',
  'tier',
  'operator_en',
  'operator_zh',
  'services',
  'address_en',
  'address_zh',
  'lon',
  'lat',
  'crs',
  'planned',
  'signed',
  'renovating',
  'open',
  'closed',
];

/**
 * The listed outlets as CSV: UTF-8 with a byte-order mark so Excel shows Chinese, CRLF line
 * ends, one row per outlet in the given order, both languages side by side. Each row names the
 * coordinate system of its point, so the file re-imports without a question.
 */
export function buildOutletsCsv(
  views: readonly OutletView[],
  /** The outlets' districts; their columns stay empty without them. */
  districts?: DistrictAssignment,
  /** The system the points are in: the data on screen's (`meta.crs`). */
  crs: Crs = 'WGS84',
): string {
  const lines = [HEADER.join(',')];
  for (const { outlet, city, stage, position } of views) {
    const s = outlet.stages;
    const district = districtOf(districts, position);
    lines.push(
      [
        outlet.id,
        outlet.kind,
        outlet.name.en,
        outlet.name.zh,
        stage,
        s[stage] ?? '',
        city.id,
        city.name.en,
        city.name.zh,
        district?.id ?? '',
        district?.name.en ?? '',
        district?.name.zh ?? '',
        city.province.en,
        city.province.zh,
        city.tier,
        outlet.operator.en,
        outlet.operator.zh,
        servicesOf(outlet).join(' '),
        outlet.address.en,
        outlet.address.zh,
        outlet.point.lon,
        outlet.point.lat,
        crs,
        s.planned ?? '',
        s.signed ?? '',
        s.renovating ?? '',
        s.open ?? '',
        s.closed ?? '',
      ]
        .map(cell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
