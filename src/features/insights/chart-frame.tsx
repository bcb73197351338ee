import { useId, useState, type ReactNode } from 'react';
import { useMessages } from '../../stores/use-messages';
import { insightsMessages } from './messages';

export interface ChartFrameProps {
  title: string;
  /** Controls shown next to the title in both modes. */
  toolbar?: ReactNode;
  /** The chart with its legend; replaced by the table in table mode. */
  chart: ReactNode;
  /** The same numbers as a `<table>`; `interactive` adds the cross-filter buttons. */
  renderTable: (interactive: boolean) => ReactNode;
  /** Text shown under the chart or table in both modes. */
  footer?: ReactNode;
}

/**
 * A titled chart with a text alternative: a visually hidden table for screen readers, and a
 * "Show as table" toggle that shows the table (with keyboard-operable filter buttons) instead.
 */
export function ChartFrame({ title, toolbar, chart, renderTable, footer }: ChartFrameProps) {
  const t = useMessages(insightsMessages);
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  return (
    <section className="chart-frame" aria-labelledby={headingId}>
      <div className="chart-frame__head">
        <h2 id={headingId} className="chart-frame__title">
          {title}
        </h2>
        <button
          type="button"
          className="chart-frame__mode"
          aria-pressed={asTable}
          onClick={() => setAsTable((value) => !value)}
        >
          {t('chart.showTable')}
        </button>
      </div>
      {toolbar}
      {asTable ? (
        <div className="chart-frame__table">{renderTable(true)}</div>
      ) : (
        <>
          <div className="chart-frame__chart">{chart}</div>
          <div className="visually-hidden">{renderTable(false)}</div>
        </>
      )}
      {footer}
    </section>
  );
}
