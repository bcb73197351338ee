import type { InsetCapture } from './export-inset';
import { EXPORT_METRICS as M, type Rect } from './export-layout';
import {
  KEY_SYMBOL,
  SYMBOL,
  type ExportColors,
  type ExportContent,
  type ExportFonts,
} from './export-types';
import { drawExportSymbol } from './export-symbols';

/** Traces a rounded rectangle as the current path. */
export function roundRect(context: CanvasRenderingContext2D, rect: Rect, radius: number): void {
  context.beginPath();
  context.roundRect(rect.x, rect.y, rect.width, rect.height, radius);
}

/** The South China Sea inset where it sits over the map on screen. */
export function drawInset(
  context: CanvasRenderingContext2D,
  inset: InsetCapture,
  map: Rect,
  colors: ExportColors,
  font: string,
): void {
  const at = (rect: Rect) => ({ ...rect, x: map.x + rect.x, y: map.y + rect.y });
  const box = at(inset.box);
  roundRect(context, box, 4);
  context.fillStyle = colors.surface;
  context.fill();
  context.strokeStyle = colors.border;
  context.lineWidth = 1;
  context.stroke();
  const picture = at(inset.picture);
  context.drawImage(inset.image, picture.x, picture.y, picture.width, picture.height);
  if (inset.caption) {
    const caption = at(inset.caption.rect);
    context.fillStyle = colors.text2;
    context.font = font;
    context.textAlign = 'center';
    context.fillText(
      inset.caption.text,
      caption.x + caption.width / 2,
      caption.y + caption.height / 2,
    );
    context.textAlign = 'start';
  }
}

/** The legend box: layers with symbols and counts, then the key to open and pipeline symbols. */
export function drawLegend(
  context: CanvasRenderingContext2D,
  content: ExportContent,
  box: Rect,
  colors: ExportColors,
  fonts: ExportFonts,
): void {
  roundRect(context, box, 10);
  context.globalAlpha = 0.94;
  context.fillStyle = colors.surface;
  context.fill();
  context.globalAlpha = 1;
  context.strokeStyle = colors.border;
  context.lineWidth = 1;
  context.stroke();

  const left = box.x + M.legendPad;
  const right = box.x + box.width - M.legendPad;
  let y = box.y + M.legendPad;
  context.fillStyle = colors.text2;
  context.font = fonts.label;
  context.fillText(content.legendTitle.toUpperCase(), left, y + M.legendTitle / 2 - 2);
  y += M.legendTitle;
  for (const row of content.legendRows) {
    const middle = y + M.legendRow / 2;
    drawExportSymbol(context, row.symbol, left, middle - SYMBOL / 2, SYMBOL, colors.mapTheme);
    context.fillStyle = colors.text;
    context.font = fonts.body;
    context.fillText(row.name, left + SYMBOL + 8, middle);
    context.font = fonts.bold;
    context.textAlign = 'right';
    context.fillText(row.count, right, middle);
    context.textAlign = 'start';
    y += M.legendRow;
  }
  if (content.legendKey.length === 0) return;
  y += M.legendKeyGap;
  context.fillStyle = colors.border;
  context.fillRect(left, y - M.legendKeyGap / 2, right - left, 1);
  for (const key of content.legendKey) {
    const middle = y + M.legendKeyLine / 2;
    drawExportSymbol(
      context,
      key.symbol,
      left,
      middle - KEY_SYMBOL / 2,
      KEY_SYMBOL,
      colors.mapTheme,
    );
    context.fillStyle = colors.text2;
    context.font = fonts.small;
    context.fillText(key.label, left + KEY_SYMBOL + 6, middle);
    y += M.legendKeyLine;
  }
}
