import { useId, type ReactNode } from 'react';
import { formatNumber } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { messages } from '../../lib/i18n/filter-messages';

export interface FilterOptionProps {
  /** The checkbox's accessible name. */
  name: string;
  /** Outlets this option would leave; shown, and given as the checkbox's description. */
  count: number;
  checked: boolean;
  onToggle: () => void;
  /** Visible after the name but not part of the accessible name, e.g. "and below". */
  hint?: string;
  symbol?: ReactNode;
}

/** A checkbox with its name and live count; dimmed (still operable) when it would leave nothing. */
export function FilterOption({ name, count, checked, onToggle, hint, symbol }: FilterOptionProps) {
  const t = useMessages(messages);
  const language = useAppStore((state) => state.language);
  const descriptionId = useId();
  const formatted = formatNumber(count, language);
  return (
    <div className="filter-option" data-empty={count === 0 && !checked ? 'true' : undefined}>
      <label className="filter-option__label">
        <input
          type="checkbox"
          checked={checked}
          onChange={onToggle}
          aria-describedby={descriptionId}
        />
        {symbol}
        <span className="filter-option__name">
          {name}
          {hint && (
            <span className="filter-option__hint" aria-hidden="true">
              {hint}
            </span>
          )}
        </span>
        <span className="filter-option__count" aria-hidden="true">
          {formatted}
        </span>
      </label>
      <span id={descriptionId} hidden>
        {t('option.count', { count: formatted })}
      </span>
    </div>
  );
}
