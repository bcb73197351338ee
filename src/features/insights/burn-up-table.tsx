import { formatNumber } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import type { BurnUpPoint } from './derive/burn-up-series';
import { formatMonth } from './format-month';

export interface BurnUpTableProps {
  points: BurnUpPoint[];
  caption: string;
  headers: { month: string; required: string; actual: string };
  /** In table mode the months are buttons that move the as-of date, as a click on the chart does. */
  interactive: boolean;
  /** The as-of date's month, marked as pressed. */
  asOfMonth: string;
  /** Whether a month can be picked (none after the data's own date). */
  canPick: (month: string) => boolean;
  onPickMonth: (month: string) => void;
}

/** The burn-up's numbers by month; "—" where there is no actual yet (after the as-of month). */
export function BurnUpTable(props: BurnUpTableProps) {
  const { points, caption, headers, interactive, asOfMonth, canPick, onPickMonth } = props;
  const language = useAppStore((state) => state.language);
  return (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{headers.month}</th>
          <th scope="col">{headers.required}</th>
          <th scope="col">{headers.actual}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => {
          const month = formatMonth(point.month, language, 'long');
          return (
            <tr key={point.month}>
              <th scope="row">
                {interactive && canPick(point.month) ? (
                  <button
                    type="button"
                    className="filter-toggle"
                    aria-pressed={point.month === asOfMonth}
                    onClick={() => onPickMonth(point.month)}
                  >
                    {month}
                  </button>
                ) : (
                  month
                )}
              </th>
              <td>{formatNumber(point.required, language)}</td>
              <td>{point.actual === null ? '—' : formatNumber(point.actual, language)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
