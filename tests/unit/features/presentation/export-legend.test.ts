import { cityMarksFor } from '../../../../src/data/derive/city-marks';
import { DEFAULT_FILTERS, type Filters } from '../../../../src/data/domain/filters';
import { exportLegendRows } from '../../../../src/features/presentation/export-legend';
import { DEFAULT_LAYERS } from '../../../../src/stores/app-store';
import { networkViewFor } from '../../../../src/stores/use-network-view';
import { makeNetwork } from '../../fixtures/network';

const counts = (filters: Partial<Filters>) =>
  Object.fromEntries(
    exportLegendRows(makeNetwork(), { ...DEFAULT_FILTERS, ...filters }, DEFAULT_LAYERS).map(
      (row) => [row.id, row.count],
    ),
  );

describe('export legend', () => {
  it('counts the cities drawn and the outlets of each kind in view', () => {
    expect(counts({})).toEqual({
      cities: 3,
      'delivery-center': 1,
      'partner-store': 2,
      'fusion-store': 1,
    });
  });

  it('counts what had been reached by the as-of date', () => {
    // The fusion store closed that day; the partner stores were only planned; Haikou, with no
    // outlet, recruits only from 2 Jan 2024 and is not drawn yet.
    expect(counts({ asOf: '2023-12-01' })).toEqual({
      cities: 2,
      'delivery-center': 1,
      'partner-store': 2,
      'fusion-store': 0,
    });
  });

  it('follows the place filters', () => {
    expect(counts({ tiers: ['1'] })).toEqual({
      cities: 1,
      'delivery-center': 1,
      'partner-store': 0,
      'fusion-store': 1,
    });
  });

  it('says what the map’s legend says, under any filter', () => {
    const network = makeNetwork();
    for (const filters of [{}, { tiers: ['1' as const] }, { asOf: '2023-12-01' }]) {
      const all = { ...DEFAULT_FILTERS, ...filters };
      const legend = cityMarksFor(networkViewFor(network, all), DEFAULT_LAYERS).legend;
      const rows = exportLegendRows(network, all, DEFAULT_LAYERS);
      expect(Object.fromEntries(rows.map((row) => [row.id, row.count]))).toEqual(legend);
    }
  });

  it('lists only the layers switched on, in the legend order', () => {
    const rows = exportLegendRows(makeNetwork(), DEFAULT_FILTERS, {
      ...DEFAULT_LAYERS,
      cities: false,
      'fusion-store': false,
    });
    expect(rows).toEqual([
      { id: 'delivery-center', count: 1 },
      { id: 'partner-store', count: 2 },
    ]);
  });
});
