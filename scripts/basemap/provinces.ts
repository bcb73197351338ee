import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** adcode → English name (pinyin or the established English form). */
// prettier-ignore
const NAME_EN: Record<string, string> = {
  110000: 'Beijing', 120000: 'Tianjin', 130000: 'Hebei', 140000: 'Shanxi',
  150000: 'Inner Mongolia', 210000: 'Liaoning', 220000: 'Jilin', 230000: 'Heilongjiang',
  310000: 'Shanghai', 320000: 'Jiangsu', 330000: 'Zhejiang', 340000: 'Anhui', 350000: 'Fujian',
  360000: 'Jiangxi', 370000: 'Shandong', 410000: 'Henan', 420000: 'Hubei', 430000: 'Hunan',
  440000: 'Guangdong', 450000: 'Guangxi', 460000: 'Hainan', 500000: 'Chongqing', 510000: 'Sichuan',
  520000: 'Guizhou', 530000: 'Yunnan', 540000: 'Tibet', 610000: 'Shaanxi', 620000: 'Gansu',
  630000: 'Qinghai', 640000: 'Ningxia', 650000: 'Xinjiang', 710000: 'Taiwan', 810000: 'Hong Kong',
  820000: 'Macau',
};

/** The source's line features carry no category, so name each by where it lies. */
function lineKind(geometry: Geometry): string {
  const points: Position[] =
    geometry.type === 'LineString'
      ? geometry.coordinates
      : geometry.type === 'MultiLineString'
        ? geometry.coordinates.flat()
        : [];
  const lons = points.map(([lon = NaN]) => lon);
  const lats = points.map(([, lat = NaN]) => lat);
  if (Math.min(...lats) < 12) return 'ten-dash-line'; // South China Sea
  if (Math.max(...lons) < 80) return 'undetermined-national-boundary'; // Pamir, China–Tajikistan
  if (Math.min(...lons) > 108 && Math.max(...lats) < 33) return 'maritime-provincial-boundary';
  throw new Error(`Unrecognised boundary line near ${lons[0]},${lats[0]}`);
}

/**
 * Splits the source's level-1 file into the 34 provincial-level divisions (properties adcode,
 * name_zh, name_en) and its unnamed boundary lines (property kind).
 */
export function splitLevel1(source: FeatureCollection): {
  provinces: Feature[];
  lines: Feature[];
} {
  const provinces: Feature[] = [];
  const lines: Feature[] = [];
  for (const f of source.features) {
    if (f.geometry.type.endsWith('LineString')) {
      lines.push({
        type: 'Feature',
        properties: { kind: lineKind(f.geometry) },
        geometry: f.geometry,
      });
      continue;
    }
    const adcode = String(f.properties?.gb).replace(/^156/, '');
    const name_en = NAME_EN[adcode];
    if (!name_en) throw new Error(`No English name for ${adcode} ${f.properties?.full_name}`);
    const properties = { adcode, name_zh: f.properties?.full_name as string, name_en };
    provinces.push({ type: 'Feature', properties, geometry: f.geometry });
  }
  if (provinces.length !== 34) throw new Error(`Expected 34 provinces, got ${provinces.length}`);
  return { provinces, lines };
}
