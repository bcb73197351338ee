import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { NetworkLoadError, type LoadedNetwork } from '../src/data/sources/load-errors';
import { decodeDataBytes } from '../src/data/sources/decode-text';
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

/**
 * Reads a data file as text, as the app reads an opened file: refusing what is too big to be a
 * dataset, decoding UTF-8 (with or without a BOM) or UTF-16 with a BOM, refusing anything else.
 */
export function readTextFile(file: string, maxBytes = MAX_DATA_BYTES): string {
  const unreadable = (error: unknown) =>
    new NetworkLoadError(
      file,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  let bytes: Buffer;
  try {
    const tooBig = sizeProblem(statSync(file).size, maxBytes);
    if (tooBig) throw new NetworkLoadError(file, tooBig);
    bytes = readFileSync(file);
  } catch (error) {
    throw error instanceof NetworkLoadError ? error : unreadable(error);
  }
  return decodeDataBytes(bytes, file);
}

/** Parses and validates dataset JSON text exactly as the app does, province check included. */
export function parseDatasetText(
  text: string,
  origin: string,
  provinces?: ProvinceIndex,
): LoadedNetwork {
  return parseNetworkText(text, origin, provinces);
}
