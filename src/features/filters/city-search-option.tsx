import type { City } from '../../data/domain/schema';
import { formatNumber } from '../../lib/format';
import type { Language } from '../../lib/i18n/messages';
import { useMessages } from '../../stores/use-messages';
import { citySearchMessages } from './city-search-messages';

export interface CitySearchOptionProps {
  id: string;
  city: City;
  /** The city's outlets that pass the current filters. */
  outletCount: number;
  language: Language;
  isActive: boolean;
  onChoose: (city: City) => void;
  onHover: () => void;
}

const LANG_ATTRIBUTE: Record<Language, string> = { en: 'en', zh: 'zh-CN' };

/** One suggestion: the name in both languages, the province and its outlets under the filters. */
export function CitySearchOption({
  id,
  city,
  outletCount,
  language,
  isActive,
  onChoose,
  onHover,
}: CitySearchOptionProps) {
  const t = useMessages(citySearchMessages);
  const other: Language = language === 'en' ? 'zh' : 'en';
  return (
    // Keyboard users reach options through the combobox (aria-activedescendant), not by Tab.
    <li
      id={id}
      role="option"
      aria-selected={isActive}
      className={
        isActive ? 'city-search__option city-search__option--active' : 'city-search__option'
      }
      // Keeps focus in the input, so choosing with the mouse does not blur and close the list first.
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={isActive ? undefined : onHover}
      onClick={() => onChoose(city)}
    >
      <span className="city-search__name">{city.name[language]}</span>{' '}
      <span className="city-search__alt" lang={LANG_ATTRIBUTE[other]}>
        {city.name[other]}
      </span>{' '}
      <span className="city-search__meta">
        {city.province[language]}
        {' · '}
        {t('outlets', { count: formatNumber(outletCount, language) })}
      </span>
    </li>
  );
}
