import { KIND_COLORS, TIER_COLORS } from './map-colors';
import type { OutletKind } from '../../data/domain/schema';
import { KIND_SHAPES } from './kind-shapes';

export interface LegendSymbolProps {
  /** An outlet kind, or a city bubble: any city, a recruitment city, or one with a partner gap. */
  kind: OutletKind | 'city' | 'recruiting' | 'gap';
  variant?: 'solid' | 'hollow';
  size?: number;
}

const CITY_EDGE = { city: 1, recruiting: 2.5, gap: 2.5 } as const;

/** The same shapes the map draws, as inline SVG for the legend and cards. */
export function LegendSymbol({ kind, variant = 'solid', size = 16 }: LegendSymbolProps) {
  if (kind === 'city' || kind === 'recruiting' || kind === 'gap') {
    // As the map draws them (`cityBubbleLayer`): a recruitment city's edge is twice as thick.
    const color = TIER_COLORS.new1;
    return (
      <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true">
        <circle
          cx="8"
          cy="8"
          r="6"
          fill={color}
          fillOpacity={kind === 'gap' ? 0.08 : 0.5}
          stroke={color}
          strokeWidth={CITY_EDGE[kind]}
        />
      </svg>
    );
  }
  const color = KIND_COLORS[kind];
  const fill = variant === 'solid' ? color : 'var(--surface)';
  const common = { fill, stroke: color, strokeWidth: variant === 'solid' ? 1 : 2.2 };
  const shape = KIND_SHAPES[kind];
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true">
      {shape === 'square' && <rect x="3" y="3" width="10" height="10" {...common} />}
      {shape === 'circle' && <circle cx="8" cy="8" r="5.5" {...common} />}
      {shape === 'triangle' && (
        <path d="M8 2.5 L14 13 L2 13 Z" strokeLinejoin="round" {...common} />
      )}
    </svg>
  );
}
