import { drawInset, drawLegend, roundRect } from './export-draw-parts';
import type { InsetCapture } from './export-inset';
import { EXPORT_METRICS as M, wrapText, type Rect } from './export-layout';
import { drawColumn, slideFonts } from './export-slide-column';
import type { SlideContent } from './export-slide-content';
import { exportFonts, KEY_SYMBOL, SYMBOL, type ExportColors } from './export-types';

/** A slide's size in pixels: full HD, the size of a projector or a shared screen. */
export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;

const PAD = 56;
const MAP_WIDTH = 1140;
const GAP = 48;
const FOOTER = 56;
const LEGEND_SCALE = 1.5;

/** The map as captured: its picture and its size on screen in CSS pixels, with its inset. */
export interface SlideMap {
  image: CanvasImageSource;
  width: number;
  height: number;
  inset: InsetCapture | null;
}

/** Where the map sits on the slide: as large as fits its area, centred, in its proportions. */
export function fitMap(
  area: Rect,
  map: { width: number; height: number },
): Rect & { scale: number } {
  const scale = Math.min(area.width / map.width, area.height / map.height);
  const width = map.width * scale;
  const height = map.height * scale;
  return {
    x: area.x + (area.width - width) / 2,
    y: area.y + (area.height - height) / 2,
    width,
    height,
    scale,
  };
}

/**
 * Composes a 1920×1080 slide: the title band (the comparison in words, or the dataset's title;
 * the date, the filters and the sample notice), the map with its legend and inset on the left,
 * the plan and the changes on the right, the attribution at the foot.
 */
export function composeSlide(
  content: SlideContent,
  colors: ExportColors,
  map: SlideMap,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE_SIZE.width;
  canvas.height = SLIDE_SIZE.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  const fonts = slideFonts(colors.fontFamily);
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

  // The title band.
  const inner = SLIDE_SIZE.width - 2 * PAD;
  const titleLines = wrapText(content.title, inner, measure(fonts.title)).slice(0, 2);
  let y = PAD - 8;
  for (const line of titleLines) {
    text(line, PAD, y + 24, fonts.title, colors.text);
    y += 52;
  }
  const meta = [content.subtitle, content.asOf, content.filters].filter(Boolean).join(' · ');
  const metaLine = wrapText(meta, inner - 420, measure(fonts.meta))[0] ?? '';
  text(metaLine, PAD, y + 16, fonts.meta, colors.text2);
  if (content.notice) {
    const width = measure(fonts.badge)(content.notice) + 24;
    const badge = { x: SLIDE_SIZE.width - PAD - width, y: y + 2, width, height: 30 };
    roundRect(context, badge, 15);
    context.fillStyle = colors.noticeBg;
    context.fill();
    context.strokeStyle = colors.noticeBorder;
    context.lineWidth = 1;
    context.stroke();
    text(content.notice, badge.x + 12, badge.y + 15, fonts.badge, colors.accentText);
  }
  const top = y + 52;
  const bottom = SLIDE_SIZE.height - FOOTER;

  // The map, its inset and its legend.
  const area = { x: PAD, y: top, width: MAP_WIDTH, height: bottom - top - 12 };
  context.fillStyle = colors.border;
  context.fillRect(area.x - 1, area.y - 1, area.width + 2, area.height + 2);
  context.fillStyle = colors.surface;
  context.fillRect(area.x, area.y, area.width, area.height);
  const placed = fitMap(area, map);
  context.save();
  context.translate(placed.x, placed.y);
  context.scale(placed.scale, placed.scale);
  context.drawImage(map.image, 0, 0, map.width, map.height);
  if (map.inset)
    drawInset(
      context,
      map.inset,
      { x: 0, y: 0, width: map.width, height: map.height },
      colors,
      exportFonts(colors.fontFamily).inset,
    );
  context.restore();
  drawSlideLegend(context, content, colors, placed);

  // The plan and the changes.
  const column = { x: PAD + MAP_WIDTH + GAP, width: inner - MAP_WIDTH - GAP };
  drawColumn(context, content, colors, fonts, column, top, bottom - 12, measure);

  context.font = fonts.small;
  context.fillStyle = colors.text2;
  const footer = wrapText(content.footer, inner, measure(fonts.small))[0] ?? '';
  context.fillText(footer, PAD, bottom + FOOTER / 2);
  return canvas;
}

function drawSlideLegend(
  context: CanvasRenderingContext2D,
  content: SlideContent,
  colors: ExportColors,
  map: Rect,
): void {
  const fonts = exportFonts(colors.fontFamily);
  const width = (font: string, value: string) => {
    context.font = font;
    return context.measureText(value).width;
  };
  const contentWidth = Math.max(
    width(fonts.label, content.legendTitle.toUpperCase()),
    ...content.legendRows.map(
      (row) => SYMBOL + 8 + width(fonts.body, row.name) + 20 + width(fonts.bold, row.count),
    ),
    ...content.legendKey.map((key) => KEY_SYMBOL + 6 + width(fonts.small, key.label)),
  );
  const keys = content.legendKey.length;
  const height =
    2 * M.legendPad +
    M.legendTitle +
    content.legendRows.length * M.legendRow +
    (keys > 0 ? M.legendKeyGap + keys * M.legendKeyLine : 0);
  const box = { x: 0, y: 0, width: Math.ceil(contentWidth) + 2 * M.legendPad, height };
  context.save();
  context.translate(map.x + 16, map.y + map.height - 16 - height * LEGEND_SCALE);
  context.scale(LEGEND_SCALE, LEGEND_SCALE);
  drawLegend(context, content, box, colors, fonts);
  context.restore();
}
