import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature } from 'geojson';

/** One feature per line keeps the committed files diffable without making them much larger. */
export function writeGeoJson(dir: string, name: string, features: Feature[]): void {
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(join(dir, name), `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
}

/** A table as `{ ...about, columns, rows }`, one row a line. */
export function writeTable(
  dir: string,
  name: string,
  about: Record<string, unknown>,
  columns: string[],
  rows: unknown[][],
): void {
  const head = JSON.stringify({ ...about, columns }).slice(0, -1);
  const body = rows.map((row) => JSON.stringify(row)).join(',\n');
  writeFileSync(join(dir, name), `${head},"rows":[\n${body}\n]}\n`);
}

/** Raw and gzipped size of a file, in bytes. */
export function sizeOf(dir: string, name: string): { raw: number; gzip: number } {
  const bytes = readFileSync(join(dir, name));
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

/** Rounds a coordinate or another number to a step such as 1e-4. */
export const roundTo = (value: number, step: number): number =>
  Number((Math.round(value / step) * step).toFixed(Math.max(0, -Math.floor(Math.log10(step)))));
