import { queryOptions } from '@tanstack/react-query';
import { NetworkLoadError, parseNetworkText, type LoadedNetwork } from './load-network';
import { loadOutletsCsv } from './load-csv';
import { loadProvinceIndex } from './province-index';
import type { City } from './schema';
import { sizeProblem } from './size-limit';

/** Files the user opened in this session, by id. They are read here and never uploaded. */
const files = new Map<string, File>();
let counter = 0;

export function registerFile(file: File): string {
  counter += 1;
  const id = `${counter}:${file.name}`;
  files.set(id, file);
  return id;
}

export function fileName(id: string): string {
  return files.get(id)?.name ?? id.replace(/^\d+:/, '');
}

function isCsv(file: File, text: string): boolean {
  if (/\.csv$/i.test(file.name) || file.type === 'text/csv') return true;
  if (/\.json$/i.test(file.name) || file.type === 'application/json') return false;
  const first = text.trimStart()[0];
  return first !== '{' && first !== '[' && first !== '<';
}

/**
 * Reads and validates an opened file: a dataset JSON document, or a CSV of outlets whose
 * cities come from `cities` (the data on screen) or from the rows themselves.
 */
export async function readNetworkFile(file: File, cities: readonly City[]): Promise<LoadedNetwork> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) throw new NetworkLoadError(file.name, `${tooBig}; split it or load it from a URL`);
  const [text, provinces] = await Promise.all([file.text(), loadProvinceIndex()]);
  if (!isCsv(file, text)) return parseNetworkText(text, file.name, provinces);
  return loadOutletsCsv(text, { cities, citiesCrs: 'WGS84', fileName: file.name, provinces });
}

export const fileQueryOptions = (id: string, cities: readonly City[]) =>
  queryOptions({
    queryKey: ['network', 'file', id],
    queryFn: () => {
      const file = files.get(id);
      if (!file) throw new NetworkLoadError(id, 'the file is no longer available; open it again');
      return readNetworkFile(file, cities);
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
