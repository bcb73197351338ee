import { useMemo } from 'react';
import { cityProgress, type ProgressPoint } from '../../data/derive/city-progress';
import { dayNumber } from '../../data/derive/network-index';
import type { PlanView } from '../../data/derive/plan-status';
import type { TargetStage } from '../../data/domain/schema';
import { formatDayMonth, formatNumber } from '../../lib/format';
import type { Language } from '../../lib/i18n/messages';
import { useMessages } from '../../stores/use-messages';
import { messages } from './messages';

export interface CityProgressChartProps {
  plan: PlanView;
  /** The city's position in `network.cities`. */
  city: number;
  /** The target stage to draw: that of the city's most pressing target. */
  stage: TargetStage;
  language: Language;
}

const WIDTH = 280;
const HEIGHT = 72;
const PAD = { top: 8, right: 8, bottom: 16, left: 18 };

/** The value of steps on `date`. */
const valueOn = (points: readonly ProgressPoint[], date: string) =>
  points.reduce((value, point) => (point.date <= date ? point.value : value), 0);

/**
 * A city's progress against its plan for one target stage, day by day: what its targets require
 * (a dashed step at each due date) and what it had (a solid step line up to the as-of date).
 * Small enough for the city panel; its numbers are in its label.
 */
export function CityProgressChart({ plan, city, stage, language }: CityProgressChartProps) {
  const t = useMessages(messages);
  const progress = useMemo(() => cityProgress(plan, city, stage), [plan, city, stage]);
  if (!progress) return null;
  const { from, to, asOf, required, actual, max } = progress;
  const first = dayNumber(from);
  const span = Math.max(1, dayNumber(to) - first);
  const x = (date: string) =>
    PAD.left + ((dayNumber(date) - first) * (WIDTH - PAD.left - PAD.right)) / span;
  const y = (value: number) => PAD.top + (1 - value / max) * (HEIGHT - PAD.top - PAD.bottom);
  const path = (points: readonly ProgressPoint[], end: string) =>
    points
      .map(
        (point, i) =>
          `${i === 0 ? 'M' : `H${x(point.date)}V`}${i === 0 ? `${x(point.date)},` : ''}${y(point.value)}`,
      )
      .join('') + `H${x(end)}`;
  const n = (value: number) => formatNumber(value, language);
  const stageName = t(`progress.${stage}`);
  const label = t('progressChart', {
    stage: stageName,
    actual: n(valueOn(actual, asOf)),
    required: n(valueOn(required, asOf)),
    date: formatDayMonth(asOf, language),
  });

  return (
    <figure className="city-progress">
      <svg
        className="city-progress__chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={label}
      >
        <line
          className="city-progress__axis"
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={y(0)}
          y2={y(0)}
        />
        <text className="city-progress__tick" x={PAD.left - 4} y={y(max) + 3} textAnchor="end">
          {n(max)}
        </text>
        <text className="city-progress__tick" x={PAD.left - 4} y={y(0) + 3} textAnchor="end">
          0
        </text>
        <line className="city-progress__now" x1={x(asOf)} x2={x(asOf)} y1={PAD.top - 4} y2={y(0)} />
        <path className="city-progress__required" d={path(required, to)} />
        <path className="city-progress__actual" d={path(actual, asOf)} />
        <text className="city-progress__tick" x={x(from)} y={HEIGHT - 3} textAnchor="start">
          {formatDayMonth(from, language)}
        </text>
        <text className="city-progress__tick" x={x(to)} y={HEIGHT - 3} textAnchor="end">
          {formatDayMonth(to, language)}
        </text>
      </svg>
      <figcaption className="city-progress__key">
        <span className="city-progress__swatch" data-series="actual" aria-hidden="true" />
        {stageName}
        <span className="city-progress__swatch" data-series="required" aria-hidden="true" />
        {t('progressRequired')}
      </figcaption>
    </figure>
  );
}
