import { useMemo, useState } from 'react';
import { CHANGE_TYPES, type DateChanges } from '../../data/derive/changes-between';
import { OUTLET_KINDS } from '../../data/domain/schema';
import { formatNumber } from '../../lib/format';
import { planMessages } from '../../lib/i18n/plan-messages';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { compareMessages } from './messages';

export interface ChangeCountsProps {
  changes: DateChanges;
}

const TYPES = CHANGE_TYPES.length;
const SHOWN_CITIES = 12;

/** The changes counted by outlet type (new, advanced, closed) and by city, each city opening it. */
export function ChangeCounts({ changes }: ChangeCountsProps) {
  const t = useMessages(compareMessages);
  const language = useAppStore((state) => state.language);
  const selectCity = useAppStore((state) => state.selectCity);
  const [allCities, setAllCities] = useState(false);
  const words = planMessages[language];
  const n = (value: number) => formatNumber(value, language);
  const cities = useMemo(() => {
    const list = changes.network.cities.flatMap((city, c) => {
      let count = 0;
      for (let k = 0; k < TYPES; k += 1) count += changes.cityType[c * TYPES + k] ?? 0;
      return count > 0 ? [{ city, count }] : [];
    });
    return list.sort((a, b) => b.count - a.count || a.city.name.en.localeCompare(b.city.name.en));
  }, [changes]);
  if (changes.count === 0) return null;
  const shown = allCities ? cities : cities.slice(0, SHOWN_CITIES);

  return (
    <div className="change-counts">
      <table className="chart-table change-counts__table">
        <caption>{t('byKind')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kind')}</th>
            {CHANGE_TYPES.map((type) => (
              <th key={type} scope="col">
                {words[`type.${type}`]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {OUTLET_KINDS.map((kind, k) => (
            <tr key={kind}>
              <th scope="row">{t(`kind.${kind}`)}</th>
              {CHANGE_TYPES.map((type, i) => (
                <td key={type}>{n(changes.kindType[k * TYPES + i] ?? 0)}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('total')}</th>
            {CHANGE_TYPES.map((type, i) => (
              <td key={type}>{n(changes.byType[i] ?? 0)}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <h3 className="compare__heading">{t('byCity')}</h3>
      <ul className="change-counts__cities" aria-label={t('byCity')}>
        {shown.map(({ city, count }) => (
          <li key={city.id}>
            <button type="button" className="chip-button" onClick={() => selectCity(city.id)}>
              {city.name[language]} <strong>{n(count)}</strong>
            </button>
          </li>
        ))}
        {!allCities && cities.length > SHOWN_CITIES && (
          <li>
            <button type="button" className="chip-button" onClick={() => setAllCities(true)}>
              {t('showAll', { count: n(cities.length) })}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
