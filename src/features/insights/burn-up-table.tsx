import { useAppStore } from '../../stores/app-store';
import { ChartTable } from './chart-table';
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
    <ChartTable
      caption={caption}
      corner={headers.month}
      columns={[
        { key: 'required', label: headers.required },
        { key: 'actual', label: headers.actual },
      ]}
      rows={points.map((point) => ({
        key: point.month,
        label: formatMonth(point.month, language, 'long'),
        ...(canPick(point.month) && {
          toggle: {
            pressed: point.month === asOfMonth,
            onToggle: () => onPickMonth(point.month),
          },
        }),
        cells: [point.required, point.actual],
      }))}
      interactive={interactive}
    />
  );
}
