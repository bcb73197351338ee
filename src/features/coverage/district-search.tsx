import { useId, useMemo, useState } from 'react';
import { reachKm } from '../../data/derive/coverage/coverage-figures';
import type { Network } from '../../data/domain/schema';
import { coverageMessages } from '../../lib/i18n/coverage-messages';
import { useAppStore } from '../../stores/app-store';
import type { CoverageResult } from '../../stores/use-coverage';
import { useMessages } from '../../stores/use-messages';
import { normalizeName, showDistrict } from './show-district';

export interface DistrictSearchProps {
  network: Network;
  coverage: CoverageResult;
}

const MAX_MATCHES = 8;

/**
 * Finds any district of China by its English or Chinese name; choosing one flies there and
 * shows the outlets nearest it (as a click on the map does).
 */
export function DistrictSearch({ network, coverage }: DistrictSearchProps) {
  const t = useMessages(coverageMessages);
  const language = useAppStore((state) => state.language);
  const [query, setQuery] = useState('');
  const listId = useId();
  const { table, context, reach } = coverage;
  const matches = useMemo(() => {
    const wanted = normalizeName(query.trim());
    if (!wanted) return [];
    const found: { d: number; rank: number }[] = [];
    for (let d = 0; d < table.size; d += 1) {
      const name = table.name[d];
      const en = normalizeName(name?.en ?? '');
      const zh = normalizeName(name?.zh ?? '');
      const rank =
        en === wanted || zh === wanted
          ? 0
          : en.startsWith(wanted) || zh.startsWith(wanted)
            ? 1
            : en.includes(wanted) || zh.includes(wanted)
              ? 2
              : -1;
      if (rank >= 0) found.push({ d, rank });
    }
    return found
      .sort((a, b) => a.rank - b.rank || (table.pop[b.d] ?? 0) - (table.pop[a.d] ?? 0))
      .slice(0, MAX_MATCHES)
      .map((match) => match.d);
  }, [query, table]);
  const placeOf = (d: number) =>
    network.cities[context.city[d] ?? -1]?.name[language] ??
    table.prefectureName.get(table.prefecture[d] ?? '')?.[language] ??
    '';
  return (
    <div className="district-search">
      <input
        type="search"
        className="whitespace__search"
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        aria-controls={listId}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      {query.trim() !== '' && (
        <ul id={listId} className="district-search__matches" aria-label={t('search.matches')}>
          {matches.map((d) => {
            const km = reachKm(reach, d);
            return (
              <li key={d}>
                <button
                  type="button"
                  onClick={() => {
                    setQuery('');
                    showDistrict(network, table, d);
                  }}
                >
                  <span className="district-search__name">{table.name[d]?.[language]}</span>{' '}
                  <span className="district-search__place">
                    {placeOf(d)}
                    {Number.isFinite(km) && ` · ${t('reach.km', { km: km.toFixed(1) })}`}
                  </span>
                </button>
              </li>
            );
          })}
          {matches.length === 0 && <li className="district-search__none">{t('search.none')}</li>}
        </ul>
      )}
    </div>
  );
}
