import { useId, useMemo, useRef } from 'react';
import type { Network } from '../../data/domain/schema';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { networkIndex } from '../../data/derive/network-index';
import { messages } from '../../lib/i18n/filter-messages';

export interface AsOfFilterProps {
  network: Network;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The as-of date: empty means the dataset's own date; "Latest" empties it. */
export function AsOfFilter({ network }: AsOfFilterProps) {
  const t = useMessages(messages);
  const language = useAppStore((state) => state.language);
  const asOf = useAppStore((state) => state.filters.asOf);
  const setAsOf = useAppStore((state) => state.setAsOf);
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const min = useMemo(() => networkIndex(network).firstDate, [network]);
  const max = network.meta.asOf;

  const onChange = (value: string) => {
    if (value === '') setAsOf(null);
    else if (ISO_DATE.test(value)) setAsOf(value > max ? max : value);
  };

  return (
    <div className="filter-as-of">
      <label className="filter-group__legend" htmlFor={inputId}>
        {t('asOf.label')}
      </label>
      <div className="filter-as-of__row">
        <input
          ref={inputRef}
          id={inputId}
          type="date"
          className="filter-as-of__input"
          min={min ?? undefined}
          max={max}
          value={asOf ?? ''}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.target.value)}
        />
        <button
          type="button"
          className="filter-as-of__latest"
          disabled={asOf === null}
          onClick={() => {
            setAsOf(null);
            // The button disables itself; keep focus on the date instead of losing it.
            inputRef.current?.focus();
          }}
        >
          {t('asOf.latest')}
        </button>
      </div>
      <p id={hintId} className="filter-as-of__hint">
        {t('asOf.hint', { date: formatDate(max, language) })}
      </p>
    </div>
  );
}
