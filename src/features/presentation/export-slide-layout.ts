import { wrapText, type Rect } from './export-layout';
import type { ExportSymbol } from './export-symbols';
import type { ExportContent } from './export-types';

/** A slide's size in CSS pixels: full HD, 16:9 (a 2× slide is 3840×2160 of the same layout). */
export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;

export const SLIDE_METRICS = {
  pad: 56,
  /** The map's width when the plan or the changes take the right-hand column. */
  mapWidth: 1140,
  gap: 48,
  footer: 56,
  titleLine: 52,
  metaLine: 36,
  /** Legend strip under the map: a row of layers, then rows of the key. */
  legendGap: 14,
  legendRow: 34,
  legendKeyRow: 28,
  legendSymbol: 20,
  legendKeySymbol: 16,
  legendItemGap: 32,
} as const;

const M = SLIDE_METRICS;

/** The slide's fonts, sized to be read from the back of a meeting room. */
export const slideFonts = (family: string) => ({
  title: `700 40px ${family}`,
  meta: `400 22px ${family}`,
  badge: `700 16px ${family}`,
  label: `700 16px ${family}`,
  figure: `700 34px ${family}`,
  body: `400 19px ${family}`,
  bold: `700 19px ${family}`,
  small: `400 16px ${family}`,
  legend: `400 20px ${family}`,
  legendCount: `700 20px ${family}`,
  key: `400 17px ${family}`,
  inset: `400 12px ${family}`,
});
export type SlideFonts = ReturnType<typeof slideFonts>;

/** A legend entry placed on the strip under the map. */
export interface PlacedLegendItem {
  symbol: ExportSymbol;
  /** Where the symbol's top-left corner is, and its size. */
  x: number;
  y: number;
  size: number;
  label: string;
  /** The layer's count, bold after the label; none for a key entry. */
  count: string | null;
  /** Whether it is a key entry (smaller, secondary colour). */
  key: boolean;
}

export interface SlideLayout {
  /** The title's lines (at most two) and where the first sits (its middle). */
  titleLines: string[];
  titleY: number;
  meta: { text: string; y: number; maxWidth: number };
  /** Where the sample-data notice's badge starts (top edge), beside the meta line. */
  noticeY: number;
  /** The map frame: the map is drawn to fill it, nothing else draws inside it but the inset. */
  map: Rect;
  /** The legend strip under the map, outside its frame, on the slide's own background. */
  legend: Rect;
  legendItems: PlacedLegendItem[];
  /** The right-hand column of the plan and the changes; null when the slide has neither. */
  column: (Rect & { bottom: number }) | null;
  footer: { text: string; y: number };
}

type Measure = (font: string) => (text: string) => number;

/**
 * Lays a slide out: the title band (the title on up to two lines, then the subtitle, the date
 * and the filters on one), the map frame on the left (the whole width without a plan or
 * changes to show), the legend as a strip under the frame, the plan and the changes in a
 * column on the right, the attribution at the foot. Pure: the canvas only measures text.
 */
export function layoutSlide(
  content: ExportContent & { subtitle?: string | null },
  hasColumn: boolean,
  fonts: SlideFonts,
  measure: Measure,
): SlideLayout {
  const inner = SLIDE_SIZE.width - 2 * M.pad;
  const titleLines = wrapText(content.title, inner, measure(fonts.title)).slice(0, 2);
  const titleY = M.pad - 8 + 24;
  const metaY = M.pad - 8 + titleLines.length * M.titleLine + 16;
  const noticeRoom = content.notice ? measure(fonts.badge)(content.notice) + 24 + 24 : 0;
  const metaText = [content.subtitle, content.asOf, content.filters].filter(Boolean).join(' · ');
  const metaWidth = inner - noticeRoom;
  const meta = {
    text: wrapText(metaText, metaWidth, measure(fonts.meta))[0] ?? '',
    y: metaY,
    maxWidth: metaWidth,
  };
  const top = metaY + M.metaLine;
  const bottom = SLIDE_SIZE.height - M.footer;
  const mapWidth = hasColumn ? M.mapWidth : inner;

  const { items: legendItems, height: legendHeight } = placeLegend(
    content,
    { x: M.pad, width: mapWidth },
    fonts,
    measure,
  );
  const mapHeight = bottom - 12 - top - legendHeight - M.legendGap;
  const map = { x: M.pad, y: top, width: mapWidth, height: mapHeight };
  const legend = {
    x: M.pad,
    y: top + mapHeight + M.legendGap,
    width: mapWidth,
    height: legendHeight,
  };
  for (const item of legendItems) item.y += legend.y;

  const columnX = M.pad + mapWidth + M.gap;
  const column = hasColumn
    ? {
        x: columnX,
        y: top,
        width: SLIDE_SIZE.width - M.pad - columnX,
        height: bottom - 12 - top,
        bottom: bottom - 12,
      }
    : null;
  const footer = {
    text: wrapText(content.footer, inner, measure(fonts.small))[0] ?? '',
    y: bottom + M.footer / 2,
  };
  return {
    titleLines,
    titleY,
    meta,
    noticeY: metaY - 15,
    map,
    legend,
    legendItems,
    column,
    footer,
  };
}

/**
 * The legend's entries in rows across `area`'s width: the layers with their counts first, then
 * the key (coverage gap, plan rings, change halos) on rows of their own. `y` is relative to the
 * strip's top.
 */
function placeLegend(
  content: ExportContent,
  area: { x: number; width: number },
  fonts: SlideFonts,
  measure: Measure,
): { items: PlacedLegendItem[]; height: number } {
  const items: PlacedLegendItem[] = [];
  let x = area.x;
  let y = 0;
  let rowHeight = 0;
  const place = (
    entry: { symbol: ExportSymbol; label: string; count: string | null },
    key: boolean,
  ) => {
    const size = key ? M.legendKeySymbol : M.legendSymbol;
    const height = key ? M.legendKeyRow : M.legendRow;
    const width =
      size +
      10 +
      measure(key ? fonts.key : fonts.legend)(entry.label) +
      (entry.count === null ? 0 : 8 + measure(fonts.legendCount)(entry.count));
    if (x > area.x && x + width > area.x + area.width) {
      x = area.x;
      y += rowHeight;
    }
    rowHeight = height;
    items.push({ ...entry, x, y: y + (height - size) / 2, size, key });
    x += width + M.legendItemGap;
  };
  for (const row of content.legendRows)
    place({ symbol: row.symbol, label: row.name, count: row.count }, false);
  if (content.legendKey.length > 0) {
    x = area.x;
    y += rowHeight;
    rowHeight = 0;
  }
  for (const key of content.legendKey)
    place({ symbol: key.symbol, label: key.label, count: null }, true);
  return { items, height: y + rowHeight };
}
