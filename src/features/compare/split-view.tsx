import { useEffect } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { COMPANION_MAP_ID } from '../../config/map-defaults';
import { addDays } from '../../data/derive/calendar-days';
import { effectiveAsOf } from '../../data/domain/filters';
import type { Network } from '../../data/domain/schema';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { useCompareUi } from './compare-state';
import { compareMessages } from './messages';
import './compare.css';

/** The split view's two dates: the day before the compared range, and the date the main map shows. */
export interface SplitDates {
  before: string;
  after: string;
}

/**
 * The split view's dates while it is on (two dates compared and the split chosen), else null.
 * As it opens, the map is half as wide: once the second map has drawn its style (and so is linked
 * to the first), the two frame what the map showed before, by the store's camera request.
 */
export function useSplitView(network: Network | null): SplitDates | null {
  const compare = useAppStore((state) => state.compare);
  const filters = useAppStore((state) => state.filters);
  const split = useCompareUi((state) => state.split);
  const frame = useCompareUi((state) => state.splitFrame);
  const companion = useMap()[COMPANION_MAP_ID]?.getMap();
  const on = Boolean(network && compare && split);
  useEffect(() => {
    if (!on || !companion || !frame) return;
    const fit = () => useAppStore.getState().requestCamera({ bounds: frame, animate: false });
    if (companion.loaded()) fit();
    else companion.once('load', fit);
    return () => void companion.off('load', fit);
  }, [on, companion, frame]);
  if (!network || !compare || !split) return null;
  return { before: addDays(compare.from, -1), after: effectiveAsOf(network, filters) };
}

export interface SplitCaptionProps {
  side: 'before' | 'after';
  date: string;
}

/** Which date a map of the split view shows, over its top edge. */
export function SplitCaption({ side, date }: SplitCaptionProps) {
  const t = useMessages(compareMessages);
  const language = useAppStore((state) => state.language);
  return (
    <p className="split-caption" data-side={side}>
      <time dateTime={date}>{t(side, { date: formatDate(date, language) })}</time>
    </p>
  );
}
