import { useId, useMemo, useState } from 'react';
import type { Language } from '../../lib/i18n/messages';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import type { ProvinceOption } from '../../data/derive/option-counts';
import { FilterOption } from './filter-option';
import { messages } from '../../lib/i18n/filter-messages';

export interface ProvinceFilterProps {
  options: ProvinceOption[];
}

const COLLATORS: Record<Language, Intl.Collator> = {
  en: new Intl.Collator('en'),
  zh: new Intl.Collator('zh-CN'),
};

/** Provinces present in the data, most outlets first, with a search box to narrow the list. */
export function ProvinceFilter({ options }: ProvinceFilterProps) {
  const t = useMessages(messages);
  const language = useAppStore((state) => state.language);
  const selected = useAppStore((state) => state.filters.provinces);
  const toggleFilterValue = useAppStore((state) => state.toggleFilterValue);
  const [query, setQuery] = useState('');
  const searchId = useId();

  const sorted = useMemo(
    () =>
      [...options].sort(
        (a, b) =>
          b.count - a.count || COLLATORS[language].compare(a.label[language], b.label[language]),
      ),
    [options, language],
  );
  const needle = query.trim().toLowerCase();
  // Checked provinces stay in the list so they can always be unticked.
  const visible = needle
    ? sorted.filter(
        (option) =>
          selected.includes(option.key) ||
          option.label.en.toLowerCase().includes(needle) ||
          option.label.zh.includes(needle),
      )
    : sorted;

  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{t('group.provinces')}</legend>
      <label className="visually-hidden" htmlFor={searchId}>
        {t('province.search')}
      </label>
      <input
        id={searchId}
        type="search"
        className="filter-search"
        placeholder={t('province.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <div className="filter-group__scroll">
        {visible.map((option) => (
          <FilterOption
            key={option.key}
            name={option.label[language]}
            count={option.count}
            checked={selected.includes(option.key)}
            onToggle={() => toggleFilterValue('provinces', option.key)}
          />
        ))}
        {visible.length === 0 && <p className="filter-group__empty">{t('province.noMatch')}</p>}
      </div>
    </fieldset>
  );
}
