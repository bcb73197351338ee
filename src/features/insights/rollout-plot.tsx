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
import { SeriesTooltip } from './series-tooltip';
import type { RolloutPoint } from './derive/rollout-series';
import { formatMonth } from './format-month';

export type RolloutMode = 'stage' | 'kind';
export type StageLine = 'total' | 'signed' | 'renovating' | 'open';

export type MarkerShape = 'none' | 'circle' | 'square' | 'diamond';

/**
 * The stage lines are told apart four ways at once, so that no one of them has to carry it
 * (colour vision, greyscale print, a projector's washed-out colours):
 * - All outlets: grey, thin, dotted, no marker — the reference the others rise towards.
 * - Signed or later: reddish purple, dashed, hollow circles.
 * - Renovating or later: ochre, long dashes, hollow squares.
 * - Open: the text colour, thick and solid, filled diamonds — solid as open outlets are on the map.
 * Purple and ochre (Paul Tol's and Okabe & Ito's colour-blind-safe sets) differ in lightness as
 * well as hue and are not the kinds' orange, blue and green; each theme sets its own shades
 * (`--rollout-signed`, `--rollout-renovating` in insights.css). The legend shows each marker.
 */
export const STAGE_LINES: readonly {
  key: StageLine;
  stroke: string;
  dash?: string;
  width: number;
  marker: MarkerShape;
}[] = [
  { key: 'total', stroke: 'var(--text-2)', dash: '1 3', width: 1.5, marker: 'none' },
  { key: 'signed', stroke: 'var(--rollout-signed)', dash: '6 3', width: 2, marker: 'circle' },
  {
    key: 'renovating',
    stroke: 'var(--rollout-renovating)',
    dash: '10 4',
    width: 2,
    marker: 'square',
  },
  { key: 'open', stroke: 'var(--text)', width: 3, marker: 'diamond' },
];

/** The stage lines top to bottom: each counts the outlets of the one below it and more. */
const STAGE_TOP_DOWN: readonly string[] = STAGE_LINES.map((line) => line.key);
/** The kinds as they lie in the stacked areas, top to bottom. */
const KINDS_TOP_DOWN: readonly string[] = [...OUTLET_KINDS].reverse();

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

/** A line's marker at each month: hollow for the pipeline, filled for open. */
function markerDot(shape: MarkerShape, stroke: string) {
  const Dot = ({ cx, cy, index }: DotProps) => {
    if (cx === undefined || cy === undefined || shape === 'none') return <g key={index} />;
    const common = { stroke, strokeWidth: 1.5, fill: 'var(--surface)' };
    if (shape === 'circle') return <circle key={index} cx={cx} cy={cy} r={3} {...common} />;
    if (shape === 'square')
      return <rect key={index} x={cx - 3} y={cy - 3} width={6} height={6} {...common} />;
    return (
      <path
        key={index}
        d={`M${cx} ${cy - 4.5}L${cx + 4.5} ${cy}L${cx} ${cy + 4.5}L${cx - 4.5} ${cy}Z`}
        {...common}
        fill={stroke}
      />
    );
  };
  return Dot;
}

const LEGEND_TYPES: Record<MarkerShape, 'plainline' | 'circle' | 'square' | 'diamond'> = {
  none: 'plainline',
  circle: 'circle',
  square: 'square',
  diamond: 'diamond',
};

interface MarkerLabelProps {
  viewBox?: { x?: number; y?: number };
  value: string;
  /** Which side of its line the label sits: the end side for a line in the right half. */
  anchor: 'start' | 'end';
  row: number;
}

/**
 * A milestone line's label: its days, above the plot beside the line, on two staggered rows so
 * that neighbouring months' labels do not meet.
 */
function MarkerLabel({ viewBox, value, anchor, row }: MarkerLabelProps) {
  const x = (viewBox?.x ?? 0) + (anchor === 'end' ? -4 : 4);
  const y = (viewBox?.y ?? 0) - 5 - row * 13;
  return (
    <text x={x} y={y} textAnchor={anchor} fill="var(--text)" fontSize={11.5} fontWeight={700}>
      {value}
    </text>
  );
}

export interface RolloutPlotProps {
  mode: RolloutMode;
  points: RolloutPoint[];
  /** Milestone months with their labels, e.g. { month: '2024-01', label: '2 Jan · 15 Jan' }. */
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
      content={(props) => (
        <SeriesTooltip
          {...props}
          order={mode === 'stage' ? STAGE_TOP_DOWN : KINDS_TOP_DOWN}
          language={language}
          title={(month) => formatMonth(month, language, 'long')}
        />
      )}
    />,
    // In the chart's order (top line first, or the stack's order), not by name.
    <Legend
      key="legend"
      iconSize={10}
      wrapperStyle={{ fontSize: 12 }}
      formatter={legendText}
      itemSorter={null}
    />,
    ...markers.map((marker, index) => {
      const at = points.findIndex((point) => point.month === marker.month);
      const anchor = at > (points.length - 1) / 2 ? 'end' : 'start';
      return (
        <ReferenceLine
          key={marker.month}
          x={marker.month}
          stroke="var(--accent)"
          strokeDasharray="3 3"
          label={<MarkerLabel value={marker.label} anchor={anchor} row={index % 2} />}
        />
      );
    }),
  ];
  const margin = { top: 34, right: 12, bottom: 0, left: -12 };
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
              legendType={LEGEND_TYPES[line.marker]}
              dot={line.marker === 'none' ? false : markerDot(line.marker, line.stroke)}
              activeDot={{ r: 4, fill: line.stroke }}
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
