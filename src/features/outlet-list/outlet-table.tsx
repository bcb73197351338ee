import { useMemo, useState } from 'react';
import { useRowWindow, WindowedTable } from '../../components/ui/row-window';
import type { DistrictAssignment } from '../../data/derive/district-assignment';
import type { OutletView } from '../../data/domain/filters';
import type { Crs } from '../../data/domain/schema';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { buildOutletsCsv } from '../../data/derive/build-outlets-csv';
import { downloadFile } from '../../lib/download';
import { messages } from './messages';
import { COLUMNS, sortRows, toRows, type Column, type SortDirection } from './outlet-rows';
import './outlet-list.css';

export interface OutletTableProps {
  outlets: readonly OutletView[];
  asOf: string;
  /** The outlets' districts, once worked out (the column fills in when they come). */
  districts?: DistrictAssignment;
  /** The coordinate system of the outlets' points, written in the exported CSV. */
  crs?: Crs;
}

/**
 * The filtered outlets as a sortable table — the accessible alternative to the map. Only the
 * rows in sight are in the DOM, so 100,000 outlets scroll as smoothly as 100.
 */
export function OutletTable({ outlets, asOf, districts, crs }: OutletTableProps) {
  const t = useMessages(messages);
  const language = useAppStore((state) => state.language);
  const selectOutlet = useAppStore((state) => state.selectOutlet);
  const selectedOutletId = useAppStore((state) => state.selectedOutletId);
  const [sort, setSort] = useState<{ column: Column; direction: SortDirection }>({
    column: 'city',
    direction: 'ascending',
  });

  const rows = useMemo(
    () =>
      sortRows(
        toRows(outlets, language, districts),
        sort.column,
        sort.direction,
        outlets,
        language,
      ),
    [outlets, language, sort, districts],
  );
  const byId = useMemo(() => new Map(outlets.map((view) => [view.outlet.id, view])), [outlets]);
  const rowWindow = useRowWindow(rows.length);
  const { first, last } = rowWindow;

  const toggleSort = (column: Column) =>
    setSort((current) => ({
      column,
      direction:
        current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  const exportCsv = () => {
    const views = rows.flatMap((row) => byId.get(row.id) ?? []);
    downloadFile(
      buildOutletsCsv(views, districts, crs),
      `channel-atlas-outlets-${asOf}.csv`,
      'text/csv;charset=utf-8',
    );
  };

  return (
    <div className="outlet-table">
      <div className="outlet-table__bar">
        <p className="outlet-table__count" aria-live="polite">
          {t('rows', { count: rows.length.toLocaleString(language === 'zh' ? 'zh-CN' : 'en') })}
        </p>
        <button type="button" className="button" onClick={exportCsv} disabled={rows.length === 0}>
          {t('exportCsv')}
        </button>
      </div>
      <WindowedTable
        label={t('title')}
        count={rows.length}
        rowWindow={rowWindow}
        head={
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column}
                scope="col"
                aria-sort={sort.column === column ? sort.direction : 'none'}
              >
                <button
                  type="button"
                  onClick={() => toggleSort(column)}
                  title={t('sortBy', { column: t(column) })}
                >
                  {t(column)}
                  <span aria-hidden="true" className="outlet-table__arrow">
                    {sort.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        }
        after={rows.length === 0 && <p className="outlet-table__empty">{t('empty')}</p>}
      >
        {rows.slice(first, last).map((row, index) => (
          <tr
            key={row.id}
            aria-rowindex={first + index + 2}
            aria-selected={row.id === selectedOutletId}
            data-stage={row.stage}
          >
            <th scope="row">
              <button type="button" className="link-button" onClick={() => selectOutlet(row.id)}>
                {row.cells.name}
              </button>
            </th>
            <td>{row.cells.kind}</td>
            <td>{row.cells.stage}</td>
            <td>{row.cells.since && formatDate(row.cells.since, language)}</td>
            <td>{row.cells.city}</td>
            <td>{row.cells.province}</td>
            <td>{row.cells.tier}</td>
            <td>{row.cells.operator}</td>
          </tr>
        ))}
      </WindowedTable>
    </div>
  );
}
