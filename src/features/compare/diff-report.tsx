import { useMemo, useState } from 'react';
import { buildDiffCsv } from '../../data/derive/build-diff-csv';
import { diffDatasets, DIFF_KINDS } from '../../data/derive/dataset-diff';
import { diffRows, type DiffRow } from '../../data/derive/diff-rows';
import type { Network } from '../../data/domain/schema';
import type { LoadedNetwork } from '../../data/sources/load-errors';
import { downloadFile } from '../../lib/download';
import { formatNumber } from '../../lib/format';
import { planMessages } from '../../lib/i18n/plan-messages';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { compareMessages } from './messages';

export interface DiffReportProps {
  /** The baseline file's name. */
  name: string;
  baseline: LoadedNetwork;
  /** The id of every outlet record of the baseline file, valid or not (`readFileIds`). */
  fileIds: readonly unknown[];
  /** The data on screen: the new side. */
  network: Network;
}

/**
 * The weekly change report of two datasets by outlet id — added, removed, stage changed, moved
 * more than 100 m, renamed, operator changed — with the ids that could not be compared (twice in
 * a file, only in invalid records, none at all) said rather than thrown on. A row of an outlet the
 * data on screen has opens it. Exported as CSV, row for row.
 */
export function DiffReport({ name, baseline, fileIds, network }: DiffReportProps) {
  const t = useMessages(compareMessages);
  const language = useAppStore((state) => state.language);
  const [saved, setSaved] = useState('');
  const old = baseline.network;
  const diff = useMemo(
    () =>
      diffDatasets(
        { outlets: old.outlets, crs: old.meta.crs, fileIds },
        { outlets: network.outlets, crs: network.meta.crs },
      ),
    [old, fileIds, network],
  );
  const rows = useMemo(() => diffRows(diff, old.outlets, network.outlets), [diff, old, network]);
  const cityNames = useMemo(
    () => new Map([...old.cities, ...network.cities].map((city) => [city.id, city.name])),
    [old, network],
  );
  const words = planMessages[language];
  const n = (value: number) => formatNumber(value, language);
  const skipped = baseline.issues.filter(
    (issue) => issue.severity === 'error' && /^(outlets|line)/.test(issue.path),
  ).length;
  const differences = DIFF_KINDS.reduce((sum, kind) => sum + diff.counts[kind], 0);
  const notes = rows.filter((row) => row.kind === 'duplicate' || row.kind === 'invalid');

  const describe = (row: DiffRow): string => {
    const outlet = row.outlet;
    const label = outlet ? outlet.name[language] : row.id;
    const city = outlet ? cityNames.get(outlet.cityId)?.[language] : undefined;
    const side = t(`side.${row.side ?? 'new'}`);
    if (row.kind === 'duplicate')
      return t('file.duplicate', { id: row.id, count: row.count ?? 2, side });
    if (row.kind === 'invalid') return t('file.invalid', { id: row.id, side });
    if (row.kind === 'moved')
      return `${label}: ${t('file.moved', { meters: n(Math.round(row.meters ?? 0)) })}`;
    if (row.kind === 'stage')
      return `${label}: ${t(`stage.${row.from?.en as 'open'}`)} → ${t(`stage.${row.to?.en as 'open'}`)}`;
    if (row.kind === 'renamed') return `${row.from?.[language]} → ${row.to?.[language]}`;
    if (row.kind === 'operator') return `${label}: ${row.from?.[language]} → ${row.to?.[language]}`;
    return [label, city, outlet && t(`kind.${outlet.kind}`), outlet && t(`stage.${outlet.status}`)]
      .filter(Boolean)
      .join(' · ');
  };
  const open = (row: DiffRow) => {
    const outlet = row.outlet;
    if (!outlet) return;
    const { selectOutlet, requestCamera } = useAppStore.getState();
    selectOutlet(outlet.id);
    requestCamera({ view: { ...outlet.point, zoom: 11 }, animate: true });
  };
  const exportCsv = () => {
    const file = `channel-atlas-changes-since-${name.replace(/\.[^.]+$/, '')}.csv`;
    downloadFile(buildDiffCsv(rows), file, 'text/csv;charset=utf-8');
    setSaved(t('saved', { file }));
  };

  return (
    <section className="diff-report" aria-label={t('file.title', { name })}>
      <h3 className="compare__summary">{t('file.title', { name })}</h3>
      <p className="compare__hint">
        {t('file.sides', { name, old: n(old.outlets.length), new: n(network.outlets.length) })}
        {skipped > 0 && ` ${t('file.problems', { count: n(skipped) })}`}
      </p>
      <ul className="diff-report__counts" aria-label={t('file.counts')}>
        {DIFF_KINDS.map((kind) => (
          <li key={kind}>
            <strong>{n(diff.counts[kind])}</strong> {words[`diff.${kind}`]}
          </li>
        ))}
        <li>{t('file.unchanged', { count: n(diff.unchanged) })}</li>
      </ul>
      <div className="compare__actions">
        <button type="button" className="button" onClick={exportCsv} disabled={rows.length === 0}>
          {t('file.exportCsv')}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {saved}
      </p>
      {differences === 0 && notes.length === 0 && (
        <p className="compare__empty">{t('file.same')}</p>
      )}
      {[...DIFF_KINDS, 'notes' as const].map((kind) => {
        const list = kind === 'notes' ? notes : rows.filter((row) => row.kind === kind);
        if (list.length === 0) return null;
        const title = kind === 'notes' ? t('file.notes') : words[`diff.${kind}`];
        return (
          <section key={kind} className="change-list__section">
            <h4 className="compare__heading">
              {title} <span className="compare__count">{n(list.length)}</span>
            </h4>
            <ul className="change-list__rows" aria-label={title}>
              {list.map((row, i) => (
                <li key={`${row.id}-${i}`} className="change-list__item">
                  {row.current && row.outlet && kind !== 'notes' ? (
                    <button type="button" className="change-row" onClick={() => open(row)}>
                      <span className="change-row__main">{describe(row)}</span>
                    </button>
                  ) : (
                    <p className="change-row change-row--static">{describe(row)}</p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {(['old', 'new'] as const).map(
        (side) =>
          diff.withoutId[side] > 0 && (
            <p key={side} className="compare__hint">
              {t('file.withoutId', { count: diff.withoutId[side], side: t(`side.${side}`) })}
            </p>
          ),
      )}
    </section>
  );
}
