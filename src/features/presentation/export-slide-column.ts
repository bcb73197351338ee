import { PLAN_COLORS } from '../../components/ui/plan-colors';
import { roundRect } from './export-draw-parts';
import { wrapText, type Rect } from './export-layout';
import type { SlideContent } from './export-slide-content';
import type { ExportColors } from './export-types';

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
});

type Measure = (font: string) => (text: string) => number;

/** The right-hand column of a slide: the plan, then the changes, as far as they fit. */
export function drawColumn(
  context: CanvasRenderingContext2D,
  content: SlideContent,
  colors: ExportColors,
  fonts: ReturnType<typeof slideFonts>,
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
    for (const row of plan.rows) {
      const badgeWidth = measure(fonts.badge)(row.label) + 40;
      const wrapped = wrapText(row.text, width - badgeWidth - 12, measure(fonts.body)).slice(0, 2);
      const height = wrapped.length * 26 + 24 + 8;
      if (!fits(height)) break;
      drawStatusBadge(context, row, { x, y: y + 1, width: badgeWidth, height: 26 }, colors, fonts);
      wrapped.forEach((line, i) => {
        context.font = i === 0 ? fonts.bold : fonts.body;
        context.fillStyle = colors.text;
        context.fillText(line, x + badgeWidth + 12, y + 13 + i * 26);
      });
      context.font = fonts.small;
      context.fillStyle = colors.text2;
      context.fillText(row.due, x + badgeWidth + 12, y + wrapped.length * 26 + 10);
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
  fonts: ReturnType<typeof slideFonts>,
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
