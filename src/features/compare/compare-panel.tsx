import { useEffect, useId, type ReactNode } from 'react';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { CompareDates } from './compare-dates';
import { CompareFile } from './compare-file';
import { defaultComparison } from './compare-range';
import { useCompareUi } from './compare-state';
import { compareMessages } from './messages';
import { useComparePanel } from './use-compare-panel';
import { effectiveAsOf } from '../../data/domain/filters';
import './compare.css';

export interface ComparePanelProps {
  network: Network;
  /** More export actions beside the change list's CSV (the slide, from the presentation tools). */
  exportActions?: ReactNode;
}

/**
 * The comparison in the insights panel's place: two dates (what changed between them) or a
 * file (what changed since that export). Escape or "Close" ends it.
 */
export function ComparePanel({ network, exportActions }: ComparePanelProps) {
  const t = useMessages(compareMessages);
  const compare = useAppStore((state) => state.compare);
  const fileMode = useCompareUi((state) => state.fileMode);
  const { close } = useComparePanel(network);
  const headingId = useId();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const { selectedOutletId, selectedCityId, presenting } = useAppStore.getState();
      // The outlet card, then the city, then the comparison; presenting keeps it.
      if (selectedOutletId === null && selectedCityId === null && !presenting) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);

  const showDates = () => {
    useCompareUi.getState().showDates();
    const { filters, setCompare } = useAppStore.getState();
    if (!compare) setCompare(defaultComparison(network, effectiveAsOf(network, filters)));
  };
  const showFile = () => {
    useCompareUi.getState().showFile();
    useAppStore.getState().setCompare(null);
  };

  return (
    <section className="compare-panel" aria-labelledby={headingId}>
      <header className="compare-panel__header">
        <h2 id={headingId} className="compare-panel__title">
          {t('title')}
        </h2>
        <button type="button" className="icon-button" aria-label={t('close')} onClick={close}>
          ×
        </button>
      </header>
      <div className="compare-panel__modes" role="group" aria-label={t('modes')}>
        <button
          type="button"
          className="filter-toggle"
          aria-pressed={!fileMode}
          onClick={showDates}
        >
          {t('dates')}
        </button>
        <button type="button" className="filter-toggle" aria-pressed={fileMode} onClick={showFile}>
          {t('file')}
        </button>
      </div>
      {fileMode || !compare ? (
        <CompareFile network={network} />
      ) : (
        <CompareDates network={network} compare={compare} exportActions={exportActions} />
      )}
    </section>
  );
}
