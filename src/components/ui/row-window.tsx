import { useState, type ReactNode, type UIEvent } from 'react';

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
 * so a list of 100,000 rows scrolls as smoothly as one of 100. `WindowedTable` draws them.
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
function RowSpacer({ rows }: { rows: number }) {
  return rows > 0 ? <tr aria-hidden="true" style={{ height: rows * ROW_HEIGHT }} /> : null;
}

export interface WindowedTableProps {
  /** The table's name, and its scroll region's. */
  label: string;
  /** How many rows the table has in all. */
  count: number;
  /** Which rows are in the DOM (`useRowWindow(count)`). */
  rowWindow: RowWindow;
  /** The header row(s). */
  head: ReactNode;
  /** The rows `rowWindow.first` to `rowWindow.last`. */
  children: ReactNode;
  /** Shown under the table: why it is empty, say. */
  after?: ReactNode;
}

/**
 * A table of many rows in a focusable scroll region (the list drawer's `outlet-table` styles):
 * the rows in sight, one spacer for the rows above and one for those below, and `aria-rowcount`
 * for all of them, so a screen reader hears the whole list's size.
 */
export function WindowedTable({
  label,
  count,
  rowWindow,
  head,
  children,
  after,
}: WindowedTableProps) {
  return (
    <div
      className="outlet-table__scroll"
      onScroll={rowWindow.onScroll}
      tabIndex={0}
      aria-label={label}
      role="region"
    >
      <table aria-label={label} aria-rowcount={count + 1}>
        <thead>{head}</thead>
        <tbody>
          <RowSpacer rows={rowWindow.first} />
          {children}
          <RowSpacer rows={count - rowWindow.last} />
        </tbody>
      </table>
      {after}
    </div>
  );
}
