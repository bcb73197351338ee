import { memo, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { KIND_COLORS } from '../../components/ui/map-colors';
import type { Filters, TierGroup } from '../../data/domain/filters';
import { OUTLET_KINDS, type Network, type OutletKind } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { networkViewFor } from '../../stores/use-network-view';
import * as theme from './chart-theme';
import { ChartFrame } from './chart-frame';
import { buildTierSeries, type TierBar } from './derive/tier-series';
import { KindLegend } from './kind-legend';
import { SeriesTooltip } from './series-tooltip';
import { insightsMessages } from './messages';
import { TierTable } from './tier-table';

export interface TierChartProps {
  network: Network;
  /** The filters to draw (deferred: see `InsightsCharts`). */
  filters: Filters;
}

/** The kinds as they lie in a bar, top to bottom: the stack's last series is on top. */
const STACK_TOP_DOWN: readonly string[] = [...OUTLET_KINDS].reverse();

/** Outlets by city tier, stacked by kind; a bar toggles the tier filter, a legend entry the kind. */
export const TierChart = memo(function TierChart({ network, filters }: TierChartProps) {
  const t = useMessages(insightsMessages);
  const language = useAppStore((state) => state.language);
  const { tiers, kinds } = filters;
  const toggleFilterValue = useAppStore((state) => state.toggleFilterValue);
  const view = networkViewFor(network, filters);
  const bars = useMemo(() => buildTierSeries(view), [view]);
  const data = bars.map((bar) => ({ ...bar, label: t(`tierShort.${bar.group}`) }));

  const isActive = (group: TierGroup, kind: OutletKind) =>
    (tiers.length === 0 || tiers.includes(group)) && (kinds.length === 0 || kinds.includes(kind));
  const segment =
    (kind: OutletKind) =>
    ({ x, y, width, height, payload }: BarShapeProps) => {
      const { group } = payload as TierBar;
      return (
        <rect
          className="tier-chart__segment"
          x={x}
          y={y}
          width={width}
          height={Math.max(height, 0)}
          fill={KIND_COLORS[kind]}
          fillOpacity={isActive(group, kind) ? 1 : theme.DIMMED}
          data-tier={group}
          data-kind={kind}
          onClick={() => toggleFilterValue('tiers', group)}
        />
      );
    };

  return (
    <ChartFrame
      title={t('tier.title')}
      chart={
        <>
          <div aria-hidden="true">
            <ResponsiveContainer width="100%" height={200}>
              <BarChart
                accessibilityLayer={false}
                data={data}
                margin={{ top: 8, right: 8, bottom: 0, left: -12 }}
              >
                <CartesianGrid
                  vertical={false}
                  verticalCoordinatesGenerator={theme.NO_VERTICAL_LINES}
                  stroke={theme.GRID_STROKE}
                />
                <XAxis
                  dataKey="label"
                  interval={0}
                  tick={theme.AXIS_TICK}
                  axisLine={theme.AXIS_LINE}
                  tickLine={false}
                />
                <YAxis
                  allowDecimals={false}
                  tick={theme.AXIS_TICK}
                  axisLine={false}
                  tickLine={false}
                />
                <Tooltip
                  cursor={theme.TOOLTIP_CURSOR}
                  content={(props) => (
                    <SeriesTooltip
                      {...props}
                      order={STACK_TOP_DOWN}
                      language={language}
                      title={(label) => label}
                      totalLabel={t('chart.total')}
                    />
                  )}
                />
                {OUTLET_KINDS.map((kind) => (
                  <Bar
                    key={kind}
                    dataKey={kind}
                    name={t(`kind.${kind}`)}
                    stackId="kinds"
                    fill={KIND_COLORS[kind]}
                    isAnimationActive={false}
                    shape={segment(kind)}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <KindLegend />
          <p className="chart-frame__hint">{t('chart.clickHint')}</p>
        </>
      }
      renderTable={(interactive) => (
        <TierTable bars={bars} caption={t('tier.title')} interactive={interactive} />
      )}
    />
  );
});
