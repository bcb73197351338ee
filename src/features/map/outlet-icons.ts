import { KIND_COLORS } from '../../config/map-colors';
import { OUTLET_KINDS, type OutletKind } from '../../data/schema';

export type IconVariant = 'solid' | 'hollow' | 'closed';

const SIZE = 22;

/** The symbol shape of each kind: colour is never the only cue. */
export const KIND_SHAPES: Record<OutletKind, 'square' | 'circle' | 'triangle'> = {
  'delivery-center': 'square',
  'partner-store': 'circle',
  'fusion-store': 'triangle',
};

/** Traces a kind's shape centred in a box of `size` CSS pixels. */
export function traceShape(
  context: CanvasRenderingContext2D | Path2D,
  kind: OutletKind,
  size: number,
): void {
  const c = size / 2;
  const r = size * 0.36;
  switch (KIND_SHAPES[kind]) {
    case 'square':
      context.rect(c - r * 0.9, c - r * 0.9, r * 1.8, r * 1.8);
      break;
    case 'circle':
      context.moveTo(c + r, c);
      context.arc(c, c, r, 0, Math.PI * 2);
      break;
    case 'triangle':
      context.moveTo(c, c - r * 1.1);
      context.lineTo(c + r * 1.05, c + r * 0.8);
      context.lineTo(c - r * 1.05, c + r * 0.8);
      context.closePath();
      break;
  }
}

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
