import { useQuery } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { BUNDLED_SAMPLE_URL, type RuntimeConfig } from '../../config/runtime-config';
import {
  apiHealth,
  expectRecovery,
  HEALTHY,
  subscribeApiHealth,
  type ApiHealth,
} from './api-health';
import { apiNetworkQueryOptions, DEFAULT_API_TIMEOUT_SECONDS, networkEndpoint } from './api-source';
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

function useApiHealth(endpoint: string | null): ApiHealth {
  return useSyncExternalStore(subscribeApiHealth, () =>
    endpoint === null ? HEALTHY : apiHealth(endpoint),
  );
}

/**
 * The dataset on screen: an opened file, else the live API, else the configured static URL —
 * validated and in the basemap's coordinate system. A failing API keeps its last good data and
 * says why until it has answered well again (`api-health.ts`); the bundled sample stands in
 * only when the API never answered.
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
    ...apiNetworkQueryOptions(api?.url ?? '', api?.pollSeconds ?? 60, {
      ...options,
      timeoutMs: (api?.timeoutSeconds ?? DEFAULT_API_TIMEOUT_SECONDS) * 1000,
    }),
    enabled: api !== undefined,
  });
  const health = useApiHealth(api ? networkEndpoint(api.url) : null);
  const apiFailed = apiQuery.isError || health.failing;
  const fallback = api !== undefined && apiFailed && apiQuery.data === undefined;
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
  const apiError = health.failing ? new Error(health.reason ?? '') : apiQuery.error;
  return {
    loaded: query.data,
    kind,
    updatedAt: query.dataUpdatedAt,
    error: fallback || kind === 'api' ? apiError : query.error,
    isLoading: query.isPending && query.fetchStatus !== 'idle',
    progress,
    retry: () => {
      if (kind === 'file' || !api) return void query.refetch();
      // "Retry now" asks the API again (not the stand-in); its good answer ends the outage.
      expectRecovery(networkEndpoint(api.url));
      void apiQuery.refetch();
    },
  };
}
