import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import type { Feature, FeatureCollection } from 'geojson';
import type { Unit } from './admin-units.ts';

/** The pinned mapshaper, fetched with npx. */
export const MAPSHAPER = 'mapshaper@0.7.70';
/** Coordinates are rounded to this many degrees (about 11 m). */
export const PRECISION = '0.0001';
export const PROVINCE_SIMPLIFY = ['-simplify', '10%', 'keep-shapes'];

/** Runs a command, its output shown, in `cwd`. */
export const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });

const readFeatures = (path: string) =>
  (JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection).features;
const writeCollection = (path: string, features: Feature[]) =>
  writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }));

/**
 * Simplifies provinces and boundary lines together (shared arcs, so the Pamir line stays on
 * Xinjiang's edge). Each island is simplified as its own feature, since keep-shapes only protects
 * one part per feature and would otherwise drop the Xisha, Zhongsha and most Nansha islands.
 * Returns the provinces (with a numeric `id`) and their label points sorted by adcode, and the
 * lines with the country outline first.
 */
export function simplifyProvinces(dir: string, provinces: Feature[], lines: Feature[]) {
  writeCollection(join(dir, 'provinces.json'), provinces);
  writeCollection(join(dir, 'lines.json'), lines);
  const out = join(dir, 'mapshaper');
  mkdirSync(out);
  // prettier-ignore
  run('npx', [
    '--yes', MAPSHAPER,
    '-i', 'provinces.json', 'lines.json', 'combine-files',
    '-explode', 'target=provinces',
    ...PROVINCE_SIMPLIFY,
    '-clean', 'target=provinces',
    '-dissolve', 'adcode', 'copy-fields=name_zh,name_en', 'target=provinces',
    '-dissolve', 'target=provinces', '+', 'name=outline',
    '-lines', 'target=outline',
    '-points', 'target=provinces', 'inner', '+', 'name=labels',
    '-o', 'target=*', 'format=geojson', `precision=${PRECISION}`, `${out}/`,
  ], dir);

  const adcode = (f: Feature) => String(f.properties?.adcode);
  const withId = (f: Feature): Feature => ({
    type: 'Feature',
    id: Number(adcode(f)),
    properties: {
      adcode: adcode(f),
      name_zh: f.properties?.name_zh,
      name_en: f.properties?.name_en,
    },
    geometry: f.geometry,
  });
  const sorted = (file: string) =>
    readFeatures(join(out, file))
      .sort((a, b) => adcode(a).localeCompare(adcode(b)))
      .map(withId);
  const outline = readFeatures(join(out, 'outline.json')).map((f): Feature => ({
    type: 'Feature',
    properties: { kind: 'country-outline' },
    geometry: f.geometry,
  }));
  const result = {
    provinces: sorted('provinces.json'),
    labels: sorted('labels.json'),
    lines: [...outline, ...readFeatures(join(out, 'lines.json'))],
  };
  if (result.provinces.length !== 34 || result.labels.length !== 34) {
    throw new Error('Lost a province');
  }
  return result;
}

/**
 * Simplifies units part by part (every island kept) to `interval` metres and takes a label
 * point inside each (`-points inner`). Returns polygons and labels sorted by code, each with a
 * numeric `id` and the unit's properties.
 */
export function simplifyUnits<P extends { id: string }>(
  dir: string,
  name: string,
  units: Unit<P>[],
  interval: number,
): { polygons: Feature[]; labels: Feature[] } {
  const input = `${name}-source.json`;
  writeCollection(
    join(dir, input),
    units.map(({ properties, geometry }) => ({ type: 'Feature', properties, geometry })),
  );
  mkdirSync(join(dir, name));
  // prettier-ignore
  run('npx', [
    '--yes', MAPSHAPER, '-i', input, 'name=units',
    '-filter-fields', 'id',
    '-explode',
    '-simplify', `interval=${interval}`, 'keep-shapes',
    '-clean',
    '-dissolve', 'id',
    '-points', 'inner', '+', 'name=labels',
    '-o', 'target=*', 'format=geojson', `precision=${PRECISION}`, `${dir}/${name}/`,
  ], dir);

  const byId = new Map(units.map((u) => [u.properties.id, u.properties]));
  const read = (file: string) =>
    readFeatures(join(dir, name, file))
      .map((f): Feature => {
        const id = String(f.properties?.id);
        return {
          type: 'Feature',
          id: Number(id),
          properties: byId.get(id) ?? null,
          geometry: f.geometry,
        };
      })
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const polygons = read('units.json');
  const labels = read('labels.json');
  if (polygons.length !== units.length || labels.length !== units.length) {
    throw new Error(`${name}: ${units.length} units in, ${polygons.length}, ${labels.length} out`);
  }
  return { polygons, labels };
}
