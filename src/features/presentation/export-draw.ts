import { drawInset, drawLegend, roundRect } from './export-draw-parts';
import type { InsetCapture } from './export-inset';
import { EXPORT_METRICS as M, layoutExport, wrapText } from './export-layout';
import {
  exportFonts,
  KEY_SYMBOL,
  SYMBOL,
  type ExportColors,
  type ExportContent,
} from './export-types';

/**
 * Composes the exported image: title band (title, as-of date, sample notice, filters), the
 * captured map with its inset and a legend with counts, and a footer with the attribution.
 * `scale` multiplies every CSS pixel; the map capture should have been drawn at that ratio.
 */
export function composeExport(
  content: ExportContent,
  colors: ExportColors,
  map: { image: CanvasImageSource; width: number; height: number; inset: InsetCapture | null },
  scale: number,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  const fonts = exportFonts(colors.fontFamily);
  const measure = (font: string) => (text: string) => {
    context.font = font;
    return context.measureText(text).width;
  };
  const inner = Math.round(map.width) - 2 * M.pad;
  const titleLines = wrapText(content.title, inner, measure(fonts.title));
  const filterLines = wrapText(content.filters, inner, measure(fonts.body));
  const footerLines = wrapText(content.footer, inner, measure(fonts.small));
  const badgeWidth = content.notice ? measure(fonts.badge)(content.notice) + 20 : 0;
  const asOfWidth = measure(fonts.date)(content.asOf);
  const notice = !content.notice
    ? 'none'
    : asOfWidth + 12 + badgeWidth <= inner
      ? 'inline'
      : 'own-line';
  const legendContentWidth = Math.max(
    measure(fonts.label)(content.legendTitle.toUpperCase()),
    ...content.legendRows.map(
      (row) => SYMBOL + 8 + measure(fonts.body)(row.name) + 20 + measure(fonts.bold)(row.count),
    ),
    ...content.legendKey.map((key) => KEY_SYMBOL + 6 + measure(fonts.small)(key.label)),
  );
  const layout = layoutExport({
    mapWidth: map.width,
    mapHeight: map.height,
    titleLines: titleLines.length,
    notice,
    filterLines: filterLines.length,
    legendRows: content.legendRows.length,
    legendKeyLines: content.legendKey.length,
    legendContentWidth,
    footerLines: footerLines.length,
  });

  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  context.scale(scale, scale);
  context.fillStyle = colors.surface;
  context.fillRect(0, 0, layout.width, layout.height);
  context.textBaseline = 'middle';

  context.fillStyle = colors.text;
  context.font = fonts.title;
  titleLines.forEach((line, i) =>
    context.fillText(line, M.pad, layout.title.y + (i + 0.5) * M.titleLine),
  );
  const metaY = layout.meta.y + M.metaLine / 2;
  context.font = fonts.date;
  context.fillText(content.asOf, M.pad, metaY);
  if (content.notice) {
    const badge = layout.notice
      ? { x: M.pad, y: layout.notice.y + 2, width: badgeWidth, height: M.metaLine - 4 }
      : {
          x: M.pad + asOfWidth + 12,
          y: layout.meta.y + 2,
          width: badgeWidth,
          height: M.metaLine - 4,
        };
    roundRect(context, badge, badge.height / 2);
    context.fillStyle = colors.noticeBg;
    context.fill();
    context.strokeStyle = colors.noticeBorder;
    context.lineWidth = 1;
    context.stroke();
    context.fillStyle = colors.accentText;
    context.font = fonts.badge;
    context.fillText(content.notice, badge.x + 10, badge.y + badge.height / 2);
  }
  context.fillStyle = colors.text2;
  context.font = fonts.body;
  filterLines.forEach((line, i) =>
    context.fillText(line, M.pad, layout.filters.y + (i + 0.5) * M.filterLine),
  );

  const { x, y, width, height } = layout.map;
  context.drawImage(map.image, x, y, width, height);
  if (map.inset) drawInset(context, map.inset, layout.map, colors, fonts.inset);
  context.fillStyle = colors.border;
  context.fillRect(0, y, layout.width, 1);
  context.fillRect(0, y + height - 1, layout.width, 1);

  drawLegend(context, content, layout.legend, colors, fonts);

  context.fillStyle = colors.text2;
  context.font = fonts.small;
  footerLines.forEach((line, i) =>
    context.fillText(line, M.pad, layout.footer.y + M.footerPad + (i + 0.5) * M.footerLine),
  );
  return canvas;
}
