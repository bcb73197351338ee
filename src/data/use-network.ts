import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { RuntimeConfig } from '../config/runtime-config';
import { convertNetwork } from './crs';
import type { LoadedNetwork } from './load-network';
import { networkQueryOptions } from './network-queries';
import type { Crs } from './schema';

/** The coordinate system the basemap draws in; points are converted to it once per load. */
export function basemapCrs(config: RuntimeConfig): Crs {
  return config.basemap.type === 'embedded' ? 'WGS84' : config.basemap.crs;
}

/** The dataset from the configured URL, validated and in the basemap's coordinate system. */
export function useNetwork(config: RuntimeConfig) {
  const crs = basemapCrs(config);
  const select = useCallback(
    (loaded: LoadedNetwork): LoadedNetwork => ({
      ...loaded,
      network: convertNetwork(loaded.network, crs),
    }),
    [crs],
  );
  return useQuery({ ...networkQueryOptions(config.dataUrl), select });
}
