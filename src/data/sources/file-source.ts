import { queryOptions } from '@tanstack/react-query';
import { canParseInWorker, parseInWorker } from './load-network';
import { NetworkLoadError, type LoadedNetwork } from './load-errors';
import { parseNetworkFile } from './parse-file';
import { loadProvinceIndex } from './province-index';
import { convertNetwork } from '../domain/crs';
import type { City } from '../domain/schema';
import type { LoadOptions } from './load-options';
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

/**
 * Reads and validates an opened file: a dataset JSON document, or a CSV of outlets whose
 * cities come from `cities` (the data on screen) or from the rows themselves. In a Web Worker
 * where there is one, as for a dataset URL: a large file never freezes the page.
 */
export async function readNetworkFile(
  file: File,
  cities: readonly City[],
  options: LoadOptions = {},
): Promise<LoadedNetwork> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) throw new NetworkLoadError(file.name, `${tooBig}; split it or load it from a URL`);
  if (canParseInWorker())
    return parseInWorker({ kind: 'file', file, cities: [...cities] }, file.name, options);
  const crs = options.crs ?? 'WGS84';
  const [text, provinces] = await Promise.all([file.text(), loadProvinceIndex()]);
  const loaded = parseNetworkFile(file, text, cities, provinces, crs);
  return { ...loaded, network: convertNetwork(loaded.network, crs) };
}

export const fileQueryOptions = (
  id: string,
  cities: readonly City[],
  options: Omit<LoadOptions, 'signal'> = {},
) =>
  queryOptions({
    queryKey: ['network', 'file', id],
    queryFn: () => {
      const file = files.get(id);
      if (!file) throw new NetworkLoadError(id, 'the file is no longer available; open it again');
      return readNetworkFile(file, cities, options);
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
