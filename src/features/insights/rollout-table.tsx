import { OUTLET_KINDS } from '../../data/domain/schema';
import { formatNumber } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import type { RolloutPoint } from './derive/rollout-series';
import { formatMonth } from './format-month';
import { STAGE_LINES, type RolloutMode, type StageLine } from './rollout-plot';

export interface RolloutTableProps {
  mode: RolloutMode;
  points: RolloutPoint[];
  caption: string;
  monthHeader: string;
  totalHeader: string;
  seriesName: (key: StageLine | (typeof OUTLET_KINDS)[number]) => string;
}

/** The rollout series by month, as the chart shows them (by stage or by kind). */
export function RolloutTable(props: RolloutTableProps) {
  const { mode, points, caption, monthHeader, totalHeader, seriesName } = props;
  const language = useAppStore((state) => state.language);
  const columns =
    mode === 'stage'
      ? STAGE_LINES.map((line) => ({ key: line.key, name: seriesName(line.key) }))
      : [
          ...OUTLET_KINDS.map((kind) => ({ key: kind, name: seriesName(kind) })),
          { key: 'total' as const, name: totalHeader },
        ];
  return (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{monthHeader}</th>
          {columns.map((column) => (
            <th key={column.key} scope="col">
              {column.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.month}>
            <th scope="row">{formatMonth(point.month, language, 'long')}</th>
            {columns.map((column) => (
              <td key={column.key}>{formatNumber(point[column.key], language)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
