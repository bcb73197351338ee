import { useState, type UIEvent } from 'react';

/** The height of a row of a windowed table, px (the tables' CSS draws rows this high). */
export const ROW_HEIGHT = 34;
/** Rows kept in the DOM beyond each edge of the scroll region, so a fast scroll shows no gap. */
const OVERSCAN = 12;

export interface RowWindow {
  /** The first row in the DOM and the one after the last: `rows.slice(first, last)`. */
  first: number;
  last: number;
  /** For the scroll region's `onScroll`. */
  onScroll: (event: UIEvent<HTMLElement>) => void;
}

/**
 * Which of `count` rows a scrolled table puts in the DOM: those in sight and a few either side,
 * so a list of 100,000 rows scrolls as smoothly as one of 100. The rows above and below stand
 * as one `RowSpacer` each.
 */
export function useRowWindow(count: number): RowWindow {
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  const first = Math.max(0, Math.floor(scroll.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scroll.top + scroll.height) / ROW_HEIGHT) + OVERSCAN);
  const onScroll = (event: UIEvent<HTMLElement>) => {
    const { scrollTop, clientHeight } = event.currentTarget;
    setScroll({ top: scrollTop, height: clientHeight || 600 });
  };
  return { first, last, onScroll };
}

/** An empty row as high as `rows` rows, for the rows a windowed table leaves out. */
export function RowSpacer({ rows }: { rows: number }) {
  return rows > 0 ? <tr aria-hidden="true" style={{ height: rows * ROW_HEIGHT }} /> : null;
}
