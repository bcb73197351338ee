import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { BUNDLED_SAMPLE_URL, type RuntimeConfig } from '../../config/runtime-config';
import { apiNetworkQueryOptions } from './api-source';
import { fileQueryOptions } from './file-source';
import type { LoadedNetwork } from './load-errors';
import type { LoadProgress } from './load-options';
import { networkQueryOptions } from './network-queries';
import type { Crs } from '../domain/schema';

/** The coordinate system the basemap draws in; points are converted to it once per load. */
export function basemapCrs(config: RuntimeConfig): Crs {
  return config.basemap.type === 'embedded' ? 'WGS84' : config.basemap.crs;
}

export type SourceKind = 'static' | 'api' | 'file' | 'fallback';

export interface ActiveNetwork {
  loaded: LoadedNetwork | undefined;
  kind: SourceKind;
  /** When the data on screen was received (ms since epoch). */
  updatedAt: number;
  /** The last failure while data stays on screen, or the failure that left no data. */
  error: Error | null;
  isLoading: boolean;
  /** How the load under way is going, or null. */
  progress: LoadProgress | null;
  retry: () => void;
}

/**
 * The dataset on screen: an opened file, else the live API, else the configured static URL —
 * validated and in the basemap's coordinate system. A failing API keeps its last good data; the
 * bundled sample stands in only when the API never answered.
 */
export function useNetwork(
  config: RuntimeConfig,
  /** An opened file to show (`file-source.ts`), or null for the configured source. */
  fileSourceId: string | null,
): ActiveNetwork {
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  // Points are converted to the basemap's system where the data is parsed, once per load.
  const options = { crs: basemapCrs(config), onProgress: setProgress };
  const api = config.api;
  const apiQuery = useQuery({
    ...apiNetworkQueryOptions(api?.url ?? '', api?.pollSeconds ?? 60, options),
    enabled: api !== undefined,
  });
  const fallback = api !== undefined && apiQuery.isError && apiQuery.data === undefined;
  const staticQuery = useQuery({
    ...networkQueryOptions(fallback ? BUNDLED_SAMPLE_URL : config.dataUrl, options),
    enabled: api === undefined || fallback,
  });
  const fileQuery = useQuery({
    ...fileQueryOptions(fileSourceId ?? '', [], options),
    enabled: fileSourceId !== null,
  });

  const [query, kind]: [typeof staticQuery, SourceKind] =
    fileSourceId !== null
      ? [fileQuery, 'file']
      : api === undefined
        ? [staticQuery, 'static']
        : fallback
          ? [staticQuery, 'fallback']
          : [apiQuery, 'api'];
  return {
    loaded: query.data,
    kind,
    updatedAt: query.dataUpdatedAt,
    error: fallback ? apiQuery.error : query.error,
    isLoading: query.isPending && query.fetchStatus !== 'idle',
    progress,
    retry: () => void query.refetch(),
  };
}
