import { parseNetworkText } from './parse-text';
import { type LoadedNetwork } from './load-errors';
import { loadOutletsCsv } from './load-csv';
import type { ProvinceIndex } from '../domain/province-check';
import type { City, Crs } from '../domain/schema';

/** The name and type of an opened file: what tells a CSV from a JSON document. */
export interface FileFacts {
  name: string;
  type: string;
}

function isCsv(file: FileFacts, text: string): boolean {
  if (/\.csv$/i.test(file.name) || file.type === 'text/csv') return true;
  if (/\.json$/i.test(file.name) || file.type === 'application/json') return false;
  const first = text.trimStart()[0];
  return first !== '{' && first !== '[' && first !== '<';
}

/**
 * Parses and validates an opened file's text: a dataset JSON document, or a CSV of outlets
 * whose cities come from `cities` (the data on screen) or from the rows themselves.
 */
export function parseNetworkFile(
  file: FileFacts,
  text: string,
  cities: readonly City[],
  provinces: ProvinceIndex | undefined,
  /** The coordinate system of `cities` (the data on screen is in the basemap's). */
  citiesCrs: Crs = 'WGS84',
): LoadedNetwork {
  if (!isCsv(file, text)) return parseNetworkText(text, file.name, provinces);
  return loadOutletsCsv(text, { cities, citiesCrs, fileName: file.name, provinces });
}
