import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { KIND_COUNT } from '../../data/derive/network-index';
import type { City, Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { useNetworkView } from '../../stores/use-network-view';
import { buildCitySearchIndex, searchCities } from './city-search-index';
import { citySearchMessages } from './city-search-messages';
import { CitySearchOption } from './city-search-option';
import './city-search.css';

export interface CitySearchProps {
  network: Network;
}

const MAX_RESULTS = 8;

/**
 * Finds a city by English or Chinese name, pinyin or pinyin initials, and selects it
 * (an ARIA 1.2 combobox with a listbox popup; the first match is highlighted as you type).
 */
export function CitySearch({ network }: CitySearchProps) {
  const t = useMessages(citySearchMessages);
  const language = useAppStore((state) => state.language);
  const selectCity = useAppStore((state) => state.selectCity);
  const index = useMemo(() => buildCitySearchIndex(network.cities), [network.cities]);
  const view = useNetworkView(network);
  // What the filters show of a city: its outlets in view, as the list and the figures count them.
  const countOf = (city: City) => {
    const c = view.index.cityPosition.get(city.id) ?? -1;
    let count = 0;
    for (let k = 0; c >= 0 && k < KIND_COUNT; k += 1)
      count += view.cityKind[c * KIND_COUNT + k] ?? 0;
    return count;
  };
  const [query, setQuery] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const results = useMemo(() => searchCities(index, query, MAX_RESULTS), [index, query]);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (position: number) => `${id}-option-${position}`;
  const isExpanded = isOpen && results.length > 0;
  const activeIndex = isExpanded && active < results.length ? active : -1;

  const choose = (city: City) => {
    selectCity(city.id);
    setQuery('');
    setIsOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = results.length - 1;
    const move = (next: number) => {
      event.preventDefault();
      setIsOpen(true);
      setActive(next);
    };
    switch (event.key) {
      case 'ArrowDown':
        if (last >= 0) move(!isExpanded || activeIndex >= last ? 0 : activeIndex + 1);
        break;
      case 'ArrowUp':
        if (last >= 0) move(!isExpanded || activeIndex <= 0 ? last : activeIndex - 1);
        break;
      case 'Home':
      case 'End':
        if (isExpanded) move(event.key === 'Home' ? 0 : last);
        break;
      case 'Enter': {
        const city = results[activeIndex];
        if (city) {
          event.preventDefault();
          choose(city);
        }
        break;
      }
      case 'Escape':
        // Unhandled (empty and closed), it is left to an enclosing sheet or dialog.
        if (!isExpanded && query === '') break;
        event.preventDefault();
        if (isExpanded) setIsOpen(false);
        else setQuery('');
        setActive(-1);
        break;
    }
  };

  const trimmed = query.trim();
  const status =
    trimmed === ''
      ? ''
      : results.length === 0
        ? t('noResults', { query: trimmed })
        : t('results', { count: results.length });

  return (
    <div className="city-search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('label')}
      </label>
      <input
        id={`${id}-input`}
        className="city-search__input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={isExpanded}
        aria-controls={listId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={50}
        placeholder={t('placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setIsOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setIsOpen(false)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('listLabel')}
        className="city-search__list"
        hidden={!isExpanded}
      >
        {isExpanded &&
          results.map((city, position) => (
            <CitySearchOption
              key={city.id}
              id={optionId(position)}
              city={city}
              outletCount={countOf(city)}
              language={language}
              isActive={position === activeIndex}
              onChoose={choose}
              onHover={() => setActive(position)}
            />
          ))}
      </ul>
      <p
        role="status"
        className={
          isOpen && trimmed !== '' && results.length === 0
            ? 'city-search__empty'
            : 'visually-hidden'
        }
      >
        {status}
      </p>
    </div>
  );
}
