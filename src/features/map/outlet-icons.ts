import { KIND_COLORS } from '../../components/ui/map-colors';
import { OUTLET_KINDS, type OutletKind } from '../../data/domain/schema';
import { traceShape } from '../../components/ui/kind-shapes';

export type IconVariant = 'solid' | 'hollow' | 'closed';

const SIZE = 22;

/** Draws one outlet icon; returns RGBA pixels for `map.addImage`. */
export function drawOutletIcon(
  kind: OutletKind,
  variant: IconVariant,
  hollowFill: string,
  pixelRatio: number,
): { width: number; height: number; data: Uint8ClampedArray } | null {
  const canvas = document.createElement('canvas');
  const size = Math.round(SIZE * pixelRatio);
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.scale(pixelRatio, pixelRatio);
  context.beginPath();
  traceShape(context, kind, SIZE);
  const color = KIND_COLORS[kind];
  context.globalAlpha = variant === 'closed' ? 0.45 : 1;
  context.fillStyle = variant === 'solid' ? color : hollowFill;
  context.fill();
  context.lineJoin = 'round';
  context.lineWidth = variant === 'solid' ? 1.5 : 3;
  context.strokeStyle = variant === 'solid' ? hollowFill : color;
  context.stroke();
  return { width: size, height: size, data: context.getImageData(0, 0, size, size).data };
}

/** Names of every icon image the outlet layers use. */
export const OUTLET_ICON_NAMES = OUTLET_KINDS.flatMap((kind) =>
  (['solid', 'hollow', 'closed'] as const).map((variant) => ({
    name: `${kind}-${variant}`,
    kind,
    variant,
  })),
);
