import type { Network } from '../../data/domain/schema';
import { useMessages } from '../../stores/use-messages';
import { compareMessages } from './messages';
import './compare.css';
import { useComparePanel } from './use-compare-panel';

export interface CompareButtonProps {
  network: Network | null;
}

/**
 * "Compare": opens the comparison of two dates (since the last milestone to start with) or of a
 * file in the insights panel's place, and closes it.
 */
export function CompareButton({ network }: CompareButtonProps) {
  const t = useMessages(compareMessages);
  const { open, toggle } = useComparePanel(network);
  return (
    <button
      type="button"
      className="button compare-button"
      aria-pressed={open}
      disabled={!network}
      onClick={toggle}
    >
      {t('button')}
    </button>
  );
}
