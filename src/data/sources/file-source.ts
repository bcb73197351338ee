import { queryOptions } from '@tanstack/react-query';
import { canParseInWorker, parseInWorker } from './load-network';
import { decodeDataBytes } from './decode-text';
import { NetworkLoadError, type LoadedNetwork } from './load-errors';
import { parseNetworkFile } from './parse-file';
import { loadProvinceIndex } from './province-index';
import { convertNetwork } from '../domain/crs';
import type { City, Crs } from '../domain/schema';
import type { LoadOptions } from './load-options';
import { sizeProblem } from './size-limit';

interface OpenedFile {
  file: File;
  /** The system the user chose for points the file leaves without one (a CSV). */
  fileCrs?: Crs;
}

/** Files the user opened in this session, by id. They are read here and never uploaded. */
const files = new Map<string, OpenedFile>();
let counter = 0;

/** Keeps an opened file under a new id (each open, or each answer about it, is its own load). */
export function registerFile(file: File, fileCrs?: Crs): string {
  counter += 1;
  const id = `${counter}:${file.name}`;
  files.set(id, fileCrs ? { file, fileCrs } : { file });
  return id;
}

/** Lets go of an opened file that will not be shown (refused, superseded or turned down). */
export function forgetFile(id: string): void {
  files.delete(id);
}

export function fileName(id: string): string {
  return files.get(id)?.file.name ?? id.replace(/^\d+:/, '');
}

/**
 * Reads and validates an opened file: a dataset JSON document, or a CSV of outlets whose
 * cities come from `cities` (the data on screen) or from the rows themselves. In a Web Worker
 * where there is one, as for a dataset URL: a large file never freezes the page.
 */
export async function readNetworkFile(
  file: File,
  cities: readonly City[],
  options: LoadOptions & { fileCrs?: Crs } = {},
): Promise<LoadedNetwork> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) throw new NetworkLoadError(file.name, `${tooBig}; split it or load it from a URL`);
  const { fileCrs } = options;
  if (canParseInWorker()) {
    const source = {
      kind: 'file' as const,
      file,
      cities: [...cities],
      ...(fileCrs && { fileCrs }),
    };
    return parseInWorker(source, file.name, options);
  }
  const crs = options.crs ?? 'WGS84';
  const [bytes, provinces] = await Promise.all([file.arrayBuffer(), loadProvinceIndex()]);
  options.signal?.throwIfAborted();
  const text = decodeDataBytes(new Uint8Array(bytes), file.name);
  const loaded = parseNetworkFile(file, text, cities, provinces, crs, fileCrs);
  return { ...loaded, network: convertNetwork(loaded.network, crs) };
}

export const fileQueryOptions = (
  id: string,
  cities: readonly City[],
  options: Omit<LoadOptions, 'signal'> = {},
) =>
  queryOptions({
    queryKey: ['network', 'file', id],
    queryFn: ({ signal }) => {
      const opened = files.get(id);
      if (!opened) throw new NetworkLoadError(id, 'the file is no longer available; open it again');
      return readNetworkFile(opened.file, cities, { ...options, signal, fileCrs: opened.fileCrs });
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
