import { useEffect, useMemo, useRef } from 'react';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { listActiveFilters, type ActiveFilter } from '../../data/derive/describe-filters';
import { messages } from '../../lib/i18n/filter-messages';
import './filter-chips.css';

export interface FilterChipsProps {
  network: Network;
}

function chipId(filter: ActiveFilter): string {
  return 'value' in filter ? `${filter.key}:${filter.value}` : filter.key;
}

/** The active filters as removable chips, and "Reset filters" while any is active. */
export function FilterChips({ network }: FilterChipsProps) {
  const t = useMessages(messages);
  const language = useAppStore((state) => state.language);
  const filters = useAppStore((state) => state.filters);
  const toggleFilterValue = useAppStore((state) => state.toggleFilterValue);
  const setRecruitmentOnly = useAppStore((state) => state.setRecruitmentOnly);
  const setAsOf = useAppStore((state) => state.setAsOf);
  const resetFilters = useAppStore((state) => state.resetFilters);
  const active = useMemo(
    () => listActiveFilters(filters, network, language),
    [filters, network, language],
  );
  const containerRef = useRef<HTMLDivElement>(null);
  // Where focus goes once a removed chip has left the page: the chip now at this index.
  const focusIndex = useRef<number | null>(null);

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null) return;
    focusIndex.current = null;
    const chips = containerRef.current?.querySelectorAll<HTMLButtonElement>('.filter-chip');
    const next = chips?.[Math.min(index, chips.length - 1)];
    (next ?? containerRef.current)?.focus();
  }, [active]);

  const remove = (filter: ActiveFilter, index: number) => {
    focusIndex.current = index;
    switch (filter.key) {
      case 'tiers':
        return toggleFilterValue('tiers', filter.value);
      case 'regions':
        return toggleFilterValue('regions', filter.value);
      case 'provinces':
        return toggleFilterValue('provinces', filter.value);
      case 'kinds':
        return toggleFilterValue('kinds', filter.value);
      case 'stages':
        return toggleFilterValue('stages', filter.value);
      case 'recruitmentOnly':
        return setRecruitmentOnly(false);
      case 'asOf':
        return setAsOf(null);
    }
  };

  return (
    <div
      ref={containerRef}
      className="filter-chips"
      role="group"
      aria-label={t('chips.label')}
      tabIndex={-1}
    >
      {active.length > 0 && (
        <>
          <ul className="filter-chips__list">
            {active.map((filter, index) => (
              <li key={chipId(filter)}>
                <button
                  type="button"
                  className="filter-chip"
                  aria-label={t('chips.remove', { label: filter.label })}
                  onClick={() => remove(filter, index)}
                >
                  {filter.label}
                  <span className="filter-chip__x" aria-hidden="true">
                    ×
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="filter-chips__reset"
            onClick={() => {
              focusIndex.current = 0;
              resetFilters();
            }}
          >
            {t('chips.reset')}
          </button>
        </>
      )}
    </div>
  );
}
