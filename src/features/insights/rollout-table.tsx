import { OUTLET_KINDS } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { ChartTable } from './chart-table';
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
    <ChartTable
      caption={caption}
      corner={monthHeader}
      columns={columns.map(({ key, name }) => ({ key, label: name }))}
      rows={points.map((point) => ({
        key: point.month,
        label: formatMonth(point.month, language, 'long'),
        cells: columns.map((column) => point[column.key]),
      }))}
      interactive={false}
    />
  );
}
