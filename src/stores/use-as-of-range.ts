import { useEffect } from 'react';
import { asOfRange } from '../data/derive/as-of-range';
import type { Network } from '../data/domain/schema';
import { useAppStore } from './app-store';

/** Tells the store the dates the data on screen covers, so its as-of date stays within them. */
export function useAsOfRange(network: Network | null): void {
  useEffect(() => {
    useAppStore.getState().setAsOfRange(network ? asOfRange(network) : null);
  }, [network]);
}
