import {
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
import type { Language } from '../../lib/i18n/messages';
import * as theme from './chart-theme';
import type { BurnUpPoint } from './derive/burn-up-series';
import { formatMonth } from './format-month';
import { SeriesTooltip } from './series-tooltip';

export interface BurnUpPlotProps {
  points: BurnUpPoint[];
  /** The as-of date's month (YYYY-MM): where the actual line ends. */
  asOfMonth: string;
  names: { required: string; actual: string };
  language: Language;
  /** A month was picked: the as-of date moves to its end. */
  onPickMonth: (month: string) => void;
}

const ORDER: readonly string[] = ['required', 'actual'];
const legendText = (value: string) => <span style={{ color: 'var(--text)' }}>{value}</span>;

/**
 * The plan's cumulative requirement as a dashed step (a target counts from its due month) and
 * the actual as a thick solid line up to the as-of month: the gap between them is the shortfall.
 */
export function BurnUpPlot({ points, asOfMonth, names, language, onPickMonth }: BurnUpPlotProps) {
  return (
    <ResponsiveContainer width="100%" height={210}>
      <LineChart
        accessibilityLayer={false}
        data={points}
        margin={{ top: 12, right: 12, bottom: 0, left: -12 }}
        onClick={(state) => {
          if (typeof state?.activeLabel === 'string') onPickMonth(state.activeLabel);
        }}
        style={{ cursor: 'pointer' }}
      >
        <CartesianGrid
          vertical={false}
          verticalCoordinatesGenerator={theme.NO_VERTICAL_LINES}
          stroke={theme.GRID_STROKE}
        />
        <XAxis
          dataKey="month"
          tickFormatter={(month: string) => formatMonth(month, language, 'short')}
          tick={theme.AXIS_TICK}
          axisLine={theme.AXIS_LINE}
          tickLine={false}
          interval="preserveStartEnd"
          minTickGap={8}
        />
        <YAxis allowDecimals={false} tick={theme.AXIS_TICK} axisLine={false} tickLine={false} />
        <Tooltip
          content={(props) => (
            <SeriesTooltip
              {...props}
              order={ORDER}
              language={language}
              title={(month) => formatMonth(month, language, 'long')}
            />
          )}
        />
        <Legend
          iconSize={10}
          wrapperStyle={{ fontSize: 12 }}
          formatter={legendText}
          itemSorter={null}
        />
        <ReferenceLine x={asOfMonth} stroke="var(--accent)" strokeDasharray="3 3" />
        <Line
          dataKey="required"
          name={names.required}
          type="stepAfter"
          stroke="var(--text-2)"
          strokeDasharray="6 4"
          strokeWidth={2}
          dot={false}
          legendType="plainline"
          isAnimationActive={false}
        />
        <Line
          dataKey="actual"
          name={names.actual}
          type="linear"
          stroke="var(--text)"
          strokeWidth={3}
          dot={{ r: 3, fill: 'var(--text)', strokeWidth: 0 }}
          activeDot={{ r: 4.5, fill: 'var(--text)' }}
          legendType="diamond"
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
