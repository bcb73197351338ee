import { useMemo, useState } from 'react';
import { useRowWindow, WindowedTable } from '../../components/ui/row-window';
import { buildWhitespaceCsv } from '../../data/derive/coverage/build-whitespace-csv';
import { whitespaceRows } from '../../data/derive/coverage/coverage-figures';
import type { Network } from '../../data/domain/schema';
import { downloadFile } from '../../lib/download';
import { formatNumber } from '../../lib/format';
import { coverageMessages } from '../../lib/i18n/coverage-messages';
import { useAppStore } from '../../stores/app-store';
import { useCoverage } from '../../stores/use-coverage';
import { useMessages } from '../../stores/use-messages';
import './coverage.css';
import { normalizeName, showDistrict } from './show-district';

export interface WhitespaceTableProps {
  network: Network;
}

/**
 * The whitespace list: the districts in view (of the open city, when one is open) beyond the
 * radius from every open sales or service point, the most people the farthest from reach
 * first. A row flies the map to its district and shows the outlets nearest it; the list
 * exports as CSV.
 */
export function WhitespaceTable({ network }: WhitespaceTableProps) {
  const t = useMessages(coverageMessages);
  const language = useAppStore((state) => state.language);
  const { mode, radiusKm } = useAppStore((state) => state.coverage);
  const selectedCityId = useAppStore((state) => state.selectedCityId);
  const reachPoint = useAppStore((state) => state.reachPoint);
  const status = useCoverage(network);
  const [query, setQuery] = useState('');
  const shown = status?.shown ?? null;
  const kind = mode === 'sales' ? 'sales' : 'service';
  const cityPosition = network.cities.findIndex((city) => city.id === selectedCityId);

  const all = useMemo(() => {
    if (!shown) return [];
    const rows = whitespaceRows(shown.reach, shown.table, radiusKm);
    // With a city open, its districts (when it has any in view).
    const ofCity = rows.filter((row) => shown.context.city[row.district] === cityPosition);
    return cityPosition >= 0 && shown.context.city.includes(cityPosition) ? ofCity : rows;
  }, [shown, radiusKm, cityPosition]);
  const rows = useMemo(() => {
    const wanted = normalizeName(query.trim());
    if (!wanted || !shown) return all;
    return all.filter((row) => {
      const name = shown.table.name[row.district];
      return (
        normalizeName(name?.en ?? '').includes(wanted) ||
        normalizeName(name?.zh ?? '').includes(wanted)
      );
    });
  }, [all, query, shown]);
  const rowWindow = useRowWindow(rows.length);
  const { first, last } = rowWindow;

  if (!shown) return <p className="whitespace__empty">{t('panel.loading')}</p>;
  const { table, context } = shown;
  const n = (value: number) => formatNumber(value, language);
  const km = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : t('whitespace.none'));

  const show = (d: number) => showDistrict(network, table, d);
  const exportCsv = () =>
    downloadFile(
      buildWhitespaceCsv(all, table, context, network, {
        kind,
        radiusKm,
        asOf: shown.view.asOf,
      }),
      `channel-atlas-whitespace-${kind}-${radiusKm}km-${shown.view.asOf}.csv`,
      'text/csv;charset=utf-8',
    );
  const placeOf = (d: number) => {
    const city = network.cities[context.city[d] ?? -1];
    if (city) return city.name[language];
    return table.prefectureName.get(table.prefecture[d] ?? '')?.[language] ?? '';
  };
  const nearestName = (position: number) =>
    network.outlets[position]?.name[language] ?? t('whitespace.none');

  return (
    <div className="outlet-table whitespace">
      <div className="outlet-table__bar whitespace__bar">
        <div>
          <p className="outlet-table__count" aria-live="polite">
            {t(`whitespace.summary.${kind}`, { count: n(all.length), km: radiusKm })}
          </p>
          <p className="whitespace__ranking">{t('whitespace.ranking')}</p>
        </div>
        <input
          type="search"
          className="whitespace__search"
          placeholder={t('whitespace.search')}
          aria-label={t('whitespace.search')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
        <button type="button" className="button" onClick={exportCsv} disabled={all.length === 0}>
          {t('exportCsv')}
        </button>
      </div>
      <WindowedTable
        label={t('whitespace.title')}
        count={rows.length}
        rowWindow={rowWindow}
        head={
          <tr>
            <th scope="col">{t('whitespace.rank')}</th>
            <th scope="col">{t('whitespace.district')}</th>
            <th scope="col">{t('whitespace.city')}</th>
            <th scope="col" className="whitespace__number">
              {t('whitespace.pop')}
            </th>
            <th scope="col" className="whitespace__number">
              {t('whitespace.km')}
            </th>
            <th scope="col" className="whitespace__number">
              {t('whitespace.comingKm')}
            </th>
            <th scope="col">{t('whitespace.nearest')}</th>
          </tr>
        }
        after={
          <>
            {all.length === 0 && <p className="outlet-table__empty">{t('whitespace.empty')}</p>}
            {all.length > 0 && rows.length === 0 && (
              <p className="outlet-table__empty">{t('whitespace.noMatch')}</p>
            )}
          </>
        }
      >
        {rows.slice(first, last).map((row, index) => {
          const d = row.district;
          const name = table.name[d]?.[language] ?? '';
          const nearest = Number.isFinite(row.km) ? nearestName(row.nearest) : '';
          return (
            <tr
              key={d}
              aria-rowindex={first + index + 2}
              aria-selected={reachPoint?.districtId === table.id[d]}
            >
              <td>{n(all.indexOf(row) + 1)}</td>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  title={t('whitespace.show', { name })}
                  onClick={() => show(d)}
                >
                  {name}
                </button>
              </th>
              <td>{placeOf(d)}</td>
              <td className="whitespace__number">{n(row.pop)}</td>
              <td className="whitespace__number">{km(row.km)}</td>
              <td className="whitespace__number">{km(row.comingKm)}</td>
              <td className="whitespace__nearest" title={nearest || undefined}>
                {nearest}
              </td>
            </tr>
          );
        })}
      </WindowedTable>
    </div>
  );
}
