import { useId, useMemo, useState, type ReactNode } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { ATLAS_MAP_ID } from '../../config/map-defaults';
import { buildChangesCsv } from '../../data/derive/build-changes-csv';
import { changeList } from '../../data/derive/change-list';
import { CHANGE_PRESETS, type ChangePreset } from '../../data/derive/change-ranges';
import type { DateRange } from '../../data/derive/changes-between';
import { describeChanges } from '../../data/derive/describe-changes';
import { effectiveAsOf } from '../../data/domain/filters';
import type { Network } from '../../data/domain/schema';
import { downloadFile } from '../../lib/download';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { changesFor } from '../../stores/use-network-view';
import { ChangeCounts } from './change-counts';
import { ChangeListView } from './change-list-view';
import { dataRange, presetWithin, rangeProblem } from './compare-range';
import { useCompareUi } from './compare-state';
import { compareMessages } from './messages';

export interface CompareDatesProps {
  network: Network;
  compare: DateRange;
  /** More export actions beside "Export CSV" (the slide, from the presentation tools). */
  exportActions?: ReactNode;
}

/**
 * Two dates to compare — typed, or a preset ending on the to-date — held within the data's
 * dates; what changed between them in words, by type and city, and as a list; its CSV; the
 * split view. Every valid pair of dates goes to the store at once, so the map and the link follow.
 */
export function CompareDates({ network, compare, exportActions }: CompareDatesProps) {
  const t = useMessages(compareMessages);
  const language = useAppStore((state) => state.language);
  const filters = useAppStore((state) => state.filters);
  const setCompare = useAppStore((state) => state.setCompare);
  const split = useCompareUi((state) => state.split);
  const setSplit = useCompareUi((state) => state.setSplit);
  const maps = useMap();
  const [draft, setDraft] = useState<DateRange>(compare);
  const [applied, setApplied] = useState(compare);
  const [saved, setSaved] = useState('');
  const problemId = useId();
  // A comparison set elsewhere (a preset, Back, a tour scene) shows in the fields.
  if (applied !== compare) {
    setApplied(compare);
    if (draft.from !== compare.from || draft.to !== compare.to) setDraft(compare);
  }
  const range = dataRange(network);
  const problem = rangeProblem(network, draft.from, draft.to);
  const changes = changesFor(network, filters, compare.from, compare.to);
  const rows = useMemo(() => changeList(changes), [changes]);
  const dates = { from: formatDate(range.from, language), to: formatDate(range.to, language) };

  const edit = (field: keyof DateRange, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (rangeProblem(network, next.from, next.to) === null) setCompare(next);
  };
  const preset = (name: ChangePreset) => presetWithin(network, name, compare.to);
  const exportCsv = () => {
    const file = `channel-atlas-changes-${compare.from}-to-${compare.to}.csv`;
    downloadFile(buildChangesCsv(rows), file, 'text/csv;charset=utf-8');
    setSaved(t('saved', { file }));
  };

  return (
    <div className="compare-dates">
      <div className="compare__fields">
        {(['from', 'to'] as const).map((field) => (
          <label key={field} className="compare__field">
            <span>{t(field)}</span>
            <input
              type="date"
              value={draft[field]}
              min={range.from}
              max={range.to}
              aria-invalid={problem !== null}
              aria-describedby={problem ? problemId : undefined}
              onChange={(event) => edit(field, event.target.value)}
            />
          </label>
        ))}
      </div>
      {problem ? (
        <p id={problemId} className="compare__problem" role="alert">
          {t(`problem.${problem}`, dates)}
        </p>
      ) : (
        <p className="compare__hint">{t('range', dates)}</p>
      )}
      <div className="compare__presets" role="group" aria-label={t('presets')}>
        {CHANGE_PRESETS.map((name) => {
          const picked = preset(name);
          return (
            <button
              key={name}
              type="button"
              className="filter-toggle"
              disabled={!picked}
              aria-pressed={picked?.from === compare.from && picked.to === compare.to}
              onClick={() => picked && setCompare(picked)}
            >
              {t(`preset.${name}`)}
            </button>
          );
        })}
      </div>
      <p className="compare__summary" role="status">
        {describeChanges(changes, language)}
      </p>
      <div className="compare__actions">
        <button
          type="button"
          className="filter-toggle"
          aria-pressed={split}
          title={t('splitHint')}
          onClick={() => {
            // The split view shows the network before the range beside the map at its end.
            if (!split && effectiveAsOf(network, filters) !== compare.to)
              useAppStore.getState().setAsOf(compare.to === network.meta.asOf ? null : compare.to);
            const bounds = maps[ATLAS_MAP_ID]?.getMap().getBounds().toArray().flat();
            setSplit(!split, bounds ? (bounds as [number, number, number, number]) : null);
          }}
        >
          {t('split')}
        </button>
        <button type="button" className="button" onClick={exportCsv} disabled={rows.length === 0}>
          {t('exportCsv')}
        </button>
        {exportActions}
      </div>
      <p className="visually-hidden" role="status">
        {saved}
      </p>
      <ChangeCounts changes={changes} />
      <ChangeListView changes={changes} />
    </div>
  );
}
