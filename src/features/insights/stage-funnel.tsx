import { memo, useMemo } from 'react';
import {
  Bar,
  BarChart,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import type { Filters } from '../../data/domain/filters';
import type { Network } from '../../data/domain/schema';
import { formatNumber } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { networkViewFor } from '../../stores/use-network-view';
import * as theme from './chart-theme';
import { SeriesTooltip } from './series-tooltip';
import { ChartFrame } from './chart-frame';
import { buildStageFunnel, type FunnelStage } from './derive/stage-funnel';
import { FunnelTable } from './funnel-table';
import { insightsMessages } from './messages';

export interface StageFunnelProps {
  network: Network;
  /** The filters to draw (deferred: see `InsightsCharts`). */
  filters: Filters;
}

const FILL = 'var(--text-2)';
/** The bar's parts left to right, as the tooltip lists them; their sum is "reached". */
const FUNNEL_ORDER: readonly string[] = ['current', 'later'];

/**
 * Planned → signed → renovating → open: each bar is the outlets that reached at least that
 * stage, its solid part those at that stage now. A bar toggles the stage filter.
 */
export const StageFunnel = memo(function StageFunnel({ network, filters }: StageFunnelProps) {
  const t = useMessages(insightsMessages);
  const language = useAppStore((state) => state.language);
  const { stages } = filters;
  const toggleFilterValue = useAppStore((state) => state.toggleFilterValue);
  const view = networkViewFor(network, filters);
  const funnel = useMemo(() => buildStageFunnel(view), [view]);
  const data = funnel.steps.map((step) => ({
    ...step,
    label: t(`stage.${step.stage}`),
    later: step.reached - step.current,
  }));

  const segment =
    (part: 'current' | 'later') =>
    ({ x, y, width, height, payload }: BarShapeProps) => {
      const { stage } = payload as { stage: FunnelStage };
      const active = stages.length === 0 || stages.includes(stage);
      const opacity = part === 'current' ? 1 : 0.35;
      return (
        <rect
          className="stage-funnel__segment"
          x={x}
          y={y}
          width={Math.max(width, 0)}
          height={height}
          fill={FILL}
          fillOpacity={active ? opacity : opacity * theme.DIMMED}
          data-stage={stage}
          onClick={() => toggleFilterValue('stages', stage)}
        />
      );
    };

  return (
    <ChartFrame
      title={t('funnel.title')}
      chart={
        <>
          <div aria-hidden="true">
            <ResponsiveContainer width="100%" height={170}>
              <BarChart
                accessibilityLayer={false}
                data={data}
                layout="vertical"
                margin={{ top: 4, right: 36, bottom: 4, left: 4 }}
              >
                <XAxis type="number" hide allowDecimals={false} />
                <YAxis
                  type="category"
                  dataKey="label"
                  width={84}
                  tick={theme.AXIS_TICK}
                  axisLine={theme.AXIS_LINE}
                  tickLine={false}
                />
                <Tooltip
                  cursor={theme.TOOLTIP_CURSOR}
                  content={(props) => (
                    <SeriesTooltip
                      {...props}
                      order={FUNNEL_ORDER}
                      language={language}
                      title={(label) => label}
                      totalLabel={t('funnel.reached')}
                    />
                  )}
                />
                <Bar
                  dataKey="current"
                  name={t('funnel.current')}
                  stackId="funnel"
                  fill={FILL}
                  isAnimationActive={false}
                  shape={segment('current')}
                />
                <Bar
                  dataKey="later"
                  name={t('funnel.later')}
                  stackId="funnel"
                  fill={FILL}
                  fillOpacity={0.35}
                  isAnimationActive={false}
                  shape={segment('later')}
                >
                  <LabelList
                    dataKey="reached"
                    position="right"
                    fill="var(--text)"
                    fontSize={12}
                    formatter={(value) => formatNumber(Number(value), language)}
                  />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
          <p className="chart-frame__hint">{t('funnel.hint')}</p>
        </>
      }
      renderTable={(interactive) => (
        <FunnelTable steps={funnel.steps} caption={t('funnel.title')} interactive={interactive} />
      )}
      footer={
        funnel.closed > 0 && (
          <p className="chart-frame__note">
            {t('funnel.closed', { count: formatNumber(funnel.closed, language) })}
          </p>
        )
      }
    />
  );
});
