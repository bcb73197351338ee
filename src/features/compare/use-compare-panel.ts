import { useCallback } from 'react';
import { effectiveAsOf } from '../../data/domain/filters';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { defaultComparison } from './compare-range';
import { useCompareUi } from './compare-state';

export interface ComparePanel {
  /** Whether the comparison panel is open: two dates compared, or a file. */
  open: boolean;
  /** Opens it on its default range (since the last milestone), or closes it. */
  toggle: () => void;
  close: () => void;
}

/** The comparison panel's open state: open while two dates are compared or a file is. */
export function useComparePanel(network: Network | null): ComparePanel {
  const compare = useAppStore((state) => state.compare);
  const fileMode = useCompareUi((state) => state.fileMode);
  const open = compare !== null || fileMode;
  const close = useCallback(() => {
    useCompareUi.getState().close();
    useAppStore.getState().setCompare(null);
  }, []);
  const toggle = useCallback(() => {
    if (open) return close();
    if (!network) return;
    const { filters, setCompare } = useAppStore.getState();
    setCompare(defaultComparison(network, effectiveAsOf(network, filters)));
  }, [open, close, network]);
  return { open, toggle, close };
}
