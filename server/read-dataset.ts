import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { NetworkLoadError, type LoadedNetwork } from '../src/data/sources/load-errors';
import { parseNetworkText } from '../src/data/sources/parse-text';
import { buildProvinceIndex, type ProvinceIndex } from '../src/data/domain/province-check';
import { MAX_DATA_BYTES, sizeProblem } from '../src/data/sources/size-limit';

/** The basemap's province boundaries, which the app draws and the province check uses. */
export const PROVINCES_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../public/basemap/provinces.json',
);

/** Reads the province boundaries for the province check. */
export function loadProvinces(file = PROVINCES_FILE): ProvinceIndex {
  return buildProvinceIndex(JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection);
}

/** Reads file bytes as text, refusing what is too big to be a dataset. */
export function readTextFile(file: string, maxBytes = MAX_DATA_BYTES): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new NetworkLoadError(
      file,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  const tooBig = sizeProblem(size, maxBytes);
  if (tooBig) throw new NetworkLoadError(file, tooBig);
  return readFileSync(file, 'utf8');
}

/** Parses and validates dataset JSON text exactly as the app does, province check included. */
export function parseDatasetText(
  text: string,
  origin: string,
  provinces?: ProvinceIndex,
): LoadedNetwork {
  return parseNetworkText(text, origin, provinces);
}
