import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { KIND_COLORS } from '../../components/ui/map-colors';
import { OUTLET_KINDS } from '../../data/domain/schema';
import type { Language } from '../../lib/i18n/messages';
import * as theme from './chart-theme';
import type { RolloutPoint } from './derive/rollout-series';
import { formatMonth } from './format-month';

export type RolloutMode = 'stage' | 'kind';
export type StageLine = 'total' | 'signed' | 'renovating' | 'open';

/** Neutral ink told apart by dash and weight: stages are not a fourth hue. */
export const STAGE_LINES: readonly {
  key: StageLine;
  stroke: string;
  dash?: string;
  width: number;
}[] = [
  { key: 'total', stroke: 'var(--text-2)', dash: '2 3', width: 1.5 },
  { key: 'signed', stroke: 'var(--text-2)', dash: '7 3', width: 2 },
  { key: 'renovating', stroke: 'var(--text)', dash: '4 2', width: 2 },
  { key: 'open', stroke: 'var(--text)', width: 3 },
];

export interface RolloutPlotProps {
  mode: RolloutMode;
  points: RolloutPoint[];
  /** Milestone months with their labels, e.g. { month: '2024-01', label: '2, 3' }. */
  markers: { month: string; label: string }[];
  seriesName: (key: StageLine | (typeof OUTLET_KINDS)[number]) => string;
  language: Language;
}

const legendText = (value: string) => <span style={{ color: 'var(--text)' }}>{value}</span>;

/** The rollout lines (by stage) or stacked areas (by kind), with milestone lines. */
export function RolloutPlot({ mode, points, markers, seriesName, language }: RolloutPlotProps) {
  const common = [
    <CartesianGrid
      key="grid"
      vertical={false}
      verticalCoordinatesGenerator={theme.NO_VERTICAL_LINES}
      stroke={theme.GRID_STROKE}
    />,
    <XAxis
      key="x"
      dataKey="month"
      tickFormatter={(month: string) => formatMonth(month, language, 'short')}
      tick={theme.AXIS_TICK}
      axisLine={theme.AXIS_LINE}
      tickLine={false}
      interval="preserveStartEnd"
      minTickGap={8}
    />,
    <YAxis
      key="y"
      allowDecimals={false}
      tick={theme.AXIS_TICK}
      axisLine={false}
      tickLine={false}
    />,
    <Tooltip
      key="tooltip"
      contentStyle={theme.TOOLTIP_CONTENT_STYLE}
      labelStyle={theme.TOOLTIP_LABEL_STYLE}
      labelFormatter={(month) => formatMonth(String(month), language, 'long')}
    />,
    <Legend key="legend" iconSize={10} wrapperStyle={{ fontSize: 12 }} formatter={legendText} />,
    ...markers.map((marker) => (
      <ReferenceLine
        key={marker.month}
        x={marker.month}
        stroke="var(--accent)"
        strokeDasharray="3 3"
        label={{ value: marker.label, position: 'top', fill: 'var(--text)', fontSize: 12 }}
      />
    )),
  ];
  const margin = { top: 18, right: 12, bottom: 0, left: -12 };
  return (
    <ResponsiveContainer width="100%" height={230}>
      {mode === 'stage' ? (
        <LineChart accessibilityLayer={false} data={points} margin={margin}>
          {common}
          {STAGE_LINES.map((line) => (
            <Line
              key={line.key}
              dataKey={line.key}
              name={seriesName(line.key)}
              type="linear"
              stroke={line.stroke}
              strokeDasharray={line.dash}
              strokeWidth={line.width}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      ) : (
        <AreaChart accessibilityLayer={false} data={points} margin={margin}>
          {common}
          {OUTLET_KINDS.map((kind) => (
            <Area
              key={kind}
              dataKey={kind}
              name={seriesName(kind)}
              type="linear"
              stackId="kinds"
              stroke={KIND_COLORS[kind]}
              fill={KIND_COLORS[kind]}
              fillOpacity={0.45}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      )}
    </ResponsiveContainer>
  );
}
