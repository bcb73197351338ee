import type { Rect } from '../../../../src/features/presentation/export-layout';
import {
  layoutSlide,
  SLIDE_SIZE,
  slideFonts,
} from '../../../../src/features/presentation/export-slide-layout';
import type { ExportContent } from '../../../../src/features/presentation/export-types';

/** Ten pixels a character, whatever the font. */
const measure = () => (text: string) => text.length * 10;
const fonts = slideFonts('sans-serif');

const content: ExportContent & { subtitle: string | null } = {
  title: 'Xiaomi EV sales & service network',
  subtitle: null,
  asOf: 'As of 15 Jan 2024',
  notice: 'Sample data',
  filters: 'All outlets, nationwide',
  legendTitle: 'Layers',
  legendRows: [
    { symbol: { kind: 'city' }, name: 'Cities', count: '24' },
    {
      symbol: { kind: 'delivery-center', variant: 'solid' },
      name: 'Delivery centers',
      count: '12',
    },
    { symbol: { kind: 'partner-store', variant: 'solid' }, name: 'Partner stores', count: '29' },
    { symbol: { kind: 'fusion-store', variant: 'solid' }, name: 'Fusion stores', count: '37' },
  ],
  legendKey: [
    { symbol: { kind: 'gap' }, label: 'Recruiting, no partner store yet' },
    { symbol: { kind: 'ring', status: 'behind' }, label: 'Behind plan' },
    { symbol: { kind: 'halo', change: 'new' }, label: 'New outlet' },
  ],
  footer: 'Boundaries © Tianditu',
};

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const slide = { x: 0, y: 0, ...SLIDE_SIZE };

describe('layoutSlide', () => {
  it('keeps the legend under the map frame, never inside it, and every entry on the slide', () => {
    const layout = layoutSlide(content, true, fonts, measure);
    expect(overlaps(layout.legend, layout.map)).toBe(false);
    expect(layout.legend.y).toBeGreaterThan(layout.map.y + layout.map.height);
    for (const item of layout.legendItems) {
      const box = { x: item.x, y: item.y, width: item.size, height: item.size };
      expect(overlaps(box, layout.map)).toBe(false);
      expect(inside(box, layout.legend)).toBe(true);
    }
    expect(inside(layout.legend, slide)).toBe(true);
    expect(layout.footer.y).toBeGreaterThan(layout.legend.y + layout.legend.height);
    expect(layout.footer.y).toBeLessThan(SLIDE_SIZE.height);
  });

  it('puts the key on rows of its own after the layers', () => {
    const layout = layoutSlide(content, true, fonts, measure);
    const layers = layout.legendItems.filter((item) => !item.key);
    const keys = layout.legendItems.filter((item) => item.key);
    expect(layers.map((item) => item.count)).toEqual(['24', '12', '29', '37']);
    expect(keys).toHaveLength(3);
    const lastLayerBottom = Math.max(...layers.map((item) => item.y + item.size));
    for (const key of keys) expect(key.y).toBeGreaterThan(lastLayerBottom);
  });

  it('gives the plan and the changes a column beside the map, and the map the width without them', () => {
    const withColumn = layoutSlide(content, true, fonts, measure);
    expect(withColumn.column).not.toBeNull();
    expect(overlaps(withColumn.column!, withColumn.map)).toBe(false);
    expect(inside(withColumn.column!, slide)).toBe(true);
    const alone = layoutSlide(content, false, fonts, measure);
    expect(alone.column).toBeNull();
    expect(alone.map.width).toBeGreaterThan(withColumn.map.width);
    expect(alone.map.x + alone.map.width).toBe(SLIDE_SIZE.width - alone.map.x);
  });

  it('wraps a long title onto a second line and moves the map down for it, never a third', () => {
    const short = layoutSlide(content, true, fonts, measure);
    const long = layoutSlide({ ...content, title: 'Changes '.repeat(60) }, true, fonts, measure);
    expect(short.titleLines).toHaveLength(1);
    expect(long.titleLines).toHaveLength(2);
    expect(long.map.y).toBeGreaterThan(short.map.y);
    expect(long.map.height).toBeLessThan(short.map.height);
  });
});
