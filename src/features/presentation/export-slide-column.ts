import { PLAN_COLORS } from '../../components/ui/plan-colors';
import { roundRect } from './export-draw-parts';
import { wrapText, type Rect } from './export-layout';
import type { SlideContent } from './export-slide-content';
import type { SlideFonts } from './export-slide-layout';
import type { ExportColors } from './export-types';

type Measure = (font: string) => (text: string) => number;

/** The right-hand column of a slide: the plan, then the changes, as far as they fit. */
export function drawColumn(
  context: CanvasRenderingContext2D,
  content: SlideContent,
  colors: ExportColors,
  fonts: SlideFonts,
  column: { x: number; width: number },
  top: number,
  bottom: number,
  measure: Measure,
): void {
  let y = top;
  const { x, width } = column;
  const fits = (height: number) => y + height <= bottom;
  const lines = (value: string, font: string, color: string, lineHeight: number, max = 3) => {
    for (const line of wrapText(value, width, measure(font)).slice(0, max)) {
      if (!fits(lineHeight)) return;
      context.font = font;
      context.fillStyle = color;
      context.fillText(line, x, y + lineHeight / 2);
      y += lineHeight;
    }
  };
  const heading = (value: string) => {
    y += 6;
    lines(value.toUpperCase(), fonts.label, colors.text2, 26, 1);
    y += 2;
  };

  const { plan, changes } = content;
  if (plan) {
    heading(plan.heading);
    lines(plan.figure, fonts.figure, colors.text, 44, 2);
    lines(plan.rule, fonts.small, colors.text2, 22, 3);
    y += 8;
    heading(plan.attentionHeading);
    if (plan.empty) lines(plan.empty, fonts.body, colors.text2, 28);
    // One badge width for every row, so the cities line up.
    const badgeWidth = Math.max(0, ...plan.rows.map((row) => measure(fonts.badge)(row.label))) + 40;
    const textX = x + badgeWidth + 12;
    const textWidth = width - badgeWidth - 12;
    for (const row of plan.rows) {
      const heading = wrapText(row.heading, textWidth, measure(fonts.bold))[0] ?? '';
      const detail = wrapText(row.text, textWidth, measure(fonts.small)).slice(0, 2);
      const height = 28 + detail.length * 22 + 10;
      if (!fits(height)) break;
      drawStatusBadge(context, row, { x, y: y + 1, width: badgeWidth, height: 26 }, colors, fonts);
      context.font = fonts.bold;
      context.fillStyle = colors.text;
      context.fillText(heading, textX, y + 14);
      context.font = fonts.small;
      context.fillStyle = colors.text2;
      detail.forEach((line, i) => context.fillText(line, textX, y + 28 + 11 + i * 22));
      y += height;
    }
    if (plan.more) lines(plan.more, fonts.small, colors.text2, 24, 1);
    y += 14;
  }
  if (changes) {
    heading(changes.heading);
    const first = 230;
    const cell = (width - first) / Math.max(1, changes.table.header.length - 1);
    const row = (cells: string[], font: string, color: string) => {
      if (!fits(32)) return;
      cells.forEach((value, i) => {
        context.font = font;
        context.fillStyle = color;
        context.textAlign = i === 0 ? 'left' : 'right';
        context.fillText(value, i === 0 ? x : x + first + cell * i - 8, y + 16);
      });
      context.textAlign = 'left';
      context.fillStyle = colors.border;
      context.fillRect(x, y + 31, width, 1);
      y += 32;
    };
    row(changes.table.header, fonts.small, colors.text2);
    for (const cells of changes.table.rows) row(cells, fonts.body, colors.text);
    y += 8;
    for (const line of changes.lines) lines(line, fonts.body, colors.text, 28, 2);
  }
}

function drawStatusBadge(
  context: CanvasRenderingContext2D,
  row: { status: string; label: string },
  box: Rect,
  colors: ExportColors,
  fonts: SlideFonts,
): void {
  const color =
    row.status === 'behind' || row.status === 'at-risk' ? PLAN_COLORS[row.status] : colors.border;
  roundRect(context, box, box.height / 2);
  context.fillStyle = colors.surface;
  context.fill();
  context.lineWidth = 2;
  context.strokeStyle = color;
  context.stroke();
  context.beginPath();
  context.arc(box.x + 15, box.y + box.height / 2, 6, 0, Math.PI * 2);
  context.lineWidth = row.status === 'behind' ? 4 : 2.5;
  context.strokeStyle = color;
  context.stroke();
  context.font = fonts.badge;
  context.fillStyle = colors.text;
  context.fillText(row.label, box.x + 28, box.y + box.height / 2);
}
