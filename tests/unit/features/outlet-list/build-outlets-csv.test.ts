import Papa from 'papaparse';
import { DEFAULT_FILTERS } from '../../../../src/data/domain/filters';
import { filterOutlets } from '../../../../src/data/derive/view-outlets';
import { buildOutletsCsv } from '../../../../src/data/derive/build-outlets-csv';
import { makeNetwork } from '../../fixtures/network';

describe('buildOutletsCsv', () => {
  const views = filterOutlets(makeNetwork(), DEFAULT_FILTERS);

  it('starts with a byte-order mark so spreadsheets read Chinese as UTF-8', () => {
    expect(buildOutletsCsv(views).charCodeAt(0)).toBe(0xfeff);
  });

  it('has exactly one row per listed outlet, in the listed order', () => {
    const parsed = Papa.parse<Record<string, string>>(buildOutletsCsv(views).slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row.id)).toEqual(views.map((view) => view.outlet.id));
    expect(parsed.data[0]).toMatchObject({ city_zh: '苏州', name_zh: '苏州2S店', stage: 'signed' });
  });

  it('quotes commas, quotes and line breaks', () => {
    const network = makeNetwork();
    network.outlets[0]!.name.en = 'Store "A", Suzhou\nEast';
    const csv = buildOutletsCsv(filterOutlets(network, DEFAULT_FILTERS));
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data.find((row) => row.id === 'ps-suzhou-1')?.name_en).toBe(
      'Store "A", Suzhou\nEast',
    );
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const network = makeNetwork();
    network.outlets[0]!.operator.en = '=HYPERLINK("http://x")';
    const csv = buildOutletsCsv(filterOutlets(network, DEFAULT_FILTERS));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('writes only the header for an empty list', () => {
    expect(buildOutletsCsv([]).trim().split('\r\n')).toHaveLength(1);
  });
});
