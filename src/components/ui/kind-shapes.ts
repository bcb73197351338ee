import type { OutletKind } from '../../data/domain/schema';

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
