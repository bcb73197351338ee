import {
  BASEMAP_PALETTES,
  COVERAGE_OPACITY,
  KIND_COLORS,
  TIER_RAMPS,
  type MapTheme,
} from '../../components/ui/map-colors';
import type { OutletKind } from '../../data/domain/schema';
import { traceShape } from '../../components/ui/kind-shapes';
import { CHANGE_HALO_COLORS, PLAN_COLORS } from '../../components/ui/plan-colors';

export type ExportSymbol =
  | { kind: OutletKind; variant: 'solid' | 'hollow' }
  | { kind: 'city' | 'recruiting' | 'gap' }
  /** A coverage band: a swatch of the map's shading. */
  | { kind: 'band'; color: string }
  /** The ring of a city behind or at risk against its plan. */
  | { kind: 'ring'; status: keyof typeof PLAN_COLORS }
  /** The halo under an outlet that changed between two compared dates. */
  | { kind: 'halo'; change: keyof typeof CHANGE_HALO_COLORS };

/**
 * Draws a legend symbol with its top-left corner at (x, y): the map's own shapes and colours
 * (outlet icons, city bubbles), so the key of an image matches its map.
 */
export function drawExportSymbol(
  context: CanvasRenderingContext2D,
  symbol: ExportSymbol,
  x: number,
  y: number,
  size: number,
  theme: MapTheme,
): void {
  context.save();
  context.translate(x, y);
  context.beginPath();
  if (symbol.kind === 'band') {
    context.rect(1, size * 0.2, size - 2, size * 0.6);
    context.globalAlpha = COVERAGE_OPACITY[theme];
    context.fillStyle = symbol.color;
    context.fill();
  } else if (symbol.kind === 'ring' || symbol.kind === 'halo') {
    const behind = symbol.kind === 'ring' && symbol.status === 'behind';
    const color =
      symbol.kind === 'ring' ? PLAN_COLORS[symbol.status] : CHANGE_HALO_COLORS[symbol.change];
    context.arc(size / 2, size / 2, size * (symbol.kind === 'ring' ? 0.36 : 0.4), 0, Math.PI * 2);
    if (symbol.kind === 'halo') {
      context.globalAlpha = 0.35;
      context.fillStyle = color;
      context.fill();
      context.globalAlpha = 1;
    }
    context.lineWidth = symbol.kind === 'halo' ? 1.5 : behind ? 3.5 : 2;
    context.strokeStyle = color;
    context.stroke();
  } else if (!('variant' in symbol)) {
    const color = TIER_RAMPS[theme].new1;
    context.arc(size / 2, size / 2, size * 0.375, 0, Math.PI * 2);
    context.globalAlpha = symbol.kind === 'gap' ? 0.08 : 0.5;
    context.fillStyle = color;
    context.fill();
    context.globalAlpha = 1;
    context.lineWidth = symbol.kind === 'city' ? 1 : 2.5;
    context.strokeStyle = color;
    context.stroke();
  } else {
    const color = KIND_COLORS[symbol.kind];
    const hollowFill = BASEMAP_PALETTES[theme].hollowFill;
    const solid = symbol.variant === 'solid';
    traceShape(context, symbol.kind, size);
    context.fillStyle = solid ? color : hollowFill;
    context.fill();
    context.lineJoin = 'round';
    context.lineWidth = solid ? 1.2 : 2.2;
    context.strokeStyle = solid ? hollowFill : color;
    context.stroke();
  }
  context.restore();
}
