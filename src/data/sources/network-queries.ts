import { queryOptions } from '@tanstack/react-query';
import { fetchRuntimeConfig } from '../../config/runtime-config';
import { fetchNetwork } from './load-network';
import { NetworkLoadError } from './load-errors';
import type { LoadOptions } from './load-options';

export const runtimeConfigQueryOptions = () =>
  queryOptions({
    queryKey: ['runtime-config'],
    queryFn: ({ signal }) => fetchRuntimeConfig(signal),
    staleTime: Infinity,
    retry: 1,
  });

export const networkQueryOptions = (url: string, options: Omit<LoadOptions, 'signal'> = {}) =>
  queryOptions({
    queryKey: ['network', url],
    queryFn: ({ signal }) => fetchNetwork(url, { ...options, signal }),
    staleTime: Infinity,
    // Bad content stays bad; only a server or network failure is worth another try.
    retry: (failures, error) =>
      failures < 2 && !(error instanceof NetworkLoadError && !error.retryable),
  });
