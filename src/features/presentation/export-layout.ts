/** A box in CSS pixels of the exported image (the canvas is scaled for 2×). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Sizes, in CSS pixels, of the parts of an exported image. */
export const EXPORT_METRICS = {
  pad: 20,
  titleLine: 30,
  metaLine: 24,
  filterLine: 19,
  footerPad: 10,
  footerLine: 16,
  legendInset: 12,
  legendPad: 12,
  legendTitle: 20,
  legendRow: 26,
  legendKeyGap: 6,
  legendKeyLine: 18,
} as const;

const M = EXPORT_METRICS;

/** What the layout needs to know about the content: line counts and measured widths. */
export interface ExportBlocks {
  mapWidth: number;
  mapHeight: number;
  titleLines: number;
  /** The sample-data notice: none, on the as-of line, or on a line of its own. */
  notice: 'none' | 'inline' | 'own-line';
  filterLines: number;
  legendRows: number;
  legendKeyLines: number;
  /** The widest legend row or key line, without the box's padding. */
  legendContentWidth: number;
  footerLines: number;
}

export interface ExportLayout {
  width: number;
  height: number;
  title: Rect;
  /** The as-of date (and the notice when inline). */
  meta: Rect;
  /** The notice's own line, when it has one. */
  notice: Rect | null;
  filters: Rect;
  map: Rect;
  /** Over the map, bottom-left, as on screen. */
  legend: Rect;
  footer: Rect;
}

/**
 * Stacks title band, map and footer, and places the legend over the map's bottom-left corner.
 * The image is as wide as the map on screen.
 */
export function layoutExport(blocks: ExportBlocks): ExportLayout {
  const width = Math.round(blocks.mapWidth);
  const inner = width - 2 * M.pad;
  let y = M.pad;
  const title = { x: M.pad, y, width: inner, height: blocks.titleLines * M.titleLine };
  y += title.height;
  const meta = { x: M.pad, y, width: inner, height: M.metaLine };
  y += meta.height;
  let notice: Rect | null = null;
  if (blocks.notice === 'own-line') {
    notice = { x: M.pad, y, width: inner, height: M.metaLine };
    y += notice.height;
  }
  const filters = { x: M.pad, y, width: inner, height: blocks.filterLines * M.filterLine };
  y += filters.height + M.pad - 6;
  const map = { x: 0, y, width, height: Math.round(blocks.mapHeight) };
  y += map.height;
  const footer = {
    x: M.pad,
    y,
    width: inner,
    height: 2 * M.footerPad + blocks.footerLines * M.footerLine,
  };

  const keyHeight =
    blocks.legendKeyLines > 0 ? M.legendKeyGap + blocks.legendKeyLines * M.legendKeyLine : 0;
  const legendHeight =
    2 * M.legendPad + M.legendTitle + blocks.legendRows * M.legendRow + keyHeight;
  const legendWidth = Math.min(
    Math.ceil(blocks.legendContentWidth) + 2 * M.legendPad,
    width - 2 * M.legendInset,
  );
  const legend = {
    x: map.x + M.legendInset,
    y: Math.max(map.y + M.legendInset, map.y + map.height - M.legendInset - legendHeight),
    width: legendWidth,
    height: legendHeight,
  };
  return {
    width,
    height: footer.y + footer.height,
    title,
    meta,
    notice,
    filters,
    map,
    legend,
    footer,
  };
}

const TOKENS =
  /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\s+/g;

/**
 * Breaks text into lines no wider than `maxWidth` as `measure` measures them: between words,
 * and between any two Chinese characters. A word wider than the line gets a line of its own.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKENS) ?? []) {
    const candidate = line + token;
    if (line.trim() === '' || measure(candidate.trimEnd()) <= maxWidth) {
      line = line.trim() === '' ? token.trimStart() : candidate;
      continue;
    }
    lines.push(line.trimEnd());
    line = token.trimStart();
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
