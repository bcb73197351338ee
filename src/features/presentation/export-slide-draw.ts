import { drawInset, roundRect } from './export-draw-parts';
import type { InsetCapture } from './export-inset';
import { drawColumn } from './export-slide-column';
import type { SlideContent } from './export-slide-content';
import { SLIDE_SIZE, type SlideFonts, type SlideLayout } from './export-slide-layout';
import { drawExportSymbol } from './export-symbols';
import type { ExportColors } from './export-types';

/** The map as captured for the slide: drawn at the frame's size, with its inset if due. */
export interface SlideMap {
  image: CanvasImageSource;
  inset: InsetCapture | null;
}

/**
 * Composes a slide of `SLIDE_SIZE` times `scale` pixels: the title band (the comparison in
 * words, or the dataset's title; the date, the filters and the sample notice), the map filling
 * its frame with the inset in the corner the map left free, the legend under the frame on the
 * slide's opaque background, the plan and the changes in the right-hand column, the
 * attribution at the foot.
 */
export function composeSlide(
  content: SlideContent,
  colors: ExportColors,
  layout: SlideLayout,
  fonts: SlideFonts,
  map: SlideMap,
  scale: number,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE_SIZE.width * scale;
  canvas.height = SLIDE_SIZE.height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(scale, scale);
  const measure = (font: string) => (text: string) => {
    context.font = font;
    return context.measureText(text).width;
  };
  const text = (value: string, x: number, y: number, font: string, color: string) => {
    context.font = font;
    context.fillStyle = color;
    context.fillText(value, x, y);
  };
  context.fillStyle = colors.surface;
  context.fillRect(0, 0, SLIDE_SIZE.width, SLIDE_SIZE.height);
  context.textBaseline = 'middle';

  layout.titleLines.forEach((line, i) =>
    text(line, layout.map.x, layout.titleY + i * 52, fonts.title, colors.text),
  );
  text(layout.meta.text, layout.map.x, layout.meta.y, fonts.meta, colors.text2);
  if (content.notice) {
    const width = measure(fonts.badge)(content.notice) + 24;
    const right = SLIDE_SIZE.width - layout.map.x;
    const badge = { x: right - width, y: layout.noticeY, width, height: 30 };
    roundRect(context, badge, 15);
    context.fillStyle = colors.noticeBg;
    context.fill();
    context.strokeStyle = colors.noticeBorder;
    context.lineWidth = 1;
    context.stroke();
    text(content.notice, badge.x + 12, badge.y + 15, fonts.badge, colors.accentText);
  }

  const frame = layout.map;
  context.fillStyle = colors.border;
  context.fillRect(frame.x - 1, frame.y - 1, frame.width + 2, frame.height + 2);
  context.drawImage(map.image, frame.x, frame.y, frame.width, frame.height);
  if (map.inset) drawInset(context, map.inset, frame, colors, fonts.inset);

  for (const item of layout.legendItems) {
    drawExportSymbol(context, item.symbol, item.x, item.y, item.size, colors.mapTheme);
    const middle = item.y + item.size / 2;
    const labelX = item.x + item.size + 10;
    text(
      item.label,
      labelX,
      middle,
      item.key ? fonts.key : fonts.legend,
      item.key ? colors.text2 : colors.text,
    );
    if (item.count !== null)
      text(
        item.count,
        labelX + measure(fonts.legend)(item.label) + 8,
        middle,
        fonts.legendCount,
        colors.text,
      );
  }

  if (layout.column)
    drawColumn(
      context,
      content,
      colors,
      fonts,
      layout.column,
      layout.column.y,
      layout.column.bottom,
      measure,
    );

  text(layout.footer.text, frame.x, layout.footer.y, fonts.small, colors.text2);
  return canvas;
}
