import { parseNetworkText } from './parse-text';
import { type LoadedNetwork } from './load-errors';
import { crsNote, loadOutletsCsv } from './load-csv';
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
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first !== '{' && first !== '[' && first !== '<';
}

/**
 * Parses and validates an opened file's text: a dataset JSON document, or a CSV of outlets
 * whose cities come from `cities` (the data on screen) or from the rows themselves. A CSV that
 * does not name its coordinate system takes `fileCrs` (the user's answer), else WGS-84; either
 * way the Data quality list says which.
 */
export function parseNetworkFile(
  file: FileFacts,
  text: string,
  cities: readonly City[],
  provinces: ProvinceIndex | undefined,
  /** The coordinate system of `cities` (the data on screen is in the basemap's). */
  citiesCrs: Crs = 'WGS84',
  /** The system the user chose for points the file leaves without one. */
  fileCrs?: Crs,
): LoadedNetwork {
  if (!isCsv(file, text)) return parseNetworkText(text, file.name, provinces);
  const loaded = loadOutletsCsv(text, {
    cities,
    citiesCrs,
    fileName: file.name,
    provinces,
    crs: fileCrs,
    crsGivenAs: 'chosen when the file was opened',
  });
  const note = crsNote(
    loaded,
    fileCrs ? 'as chosen when the file was opened' : 'assumed: nothing said which',
  );
  return note ? { ...loaded, issues: [note, ...loaded.issues] } : loaded;
}
