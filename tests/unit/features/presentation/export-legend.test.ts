import { DEFAULT_FILTERS } from '../../../../src/data/domain/filters';
import {
  exportLegendCounts,
  exportLegendRows,
} from '../../../../src/features/presentation/export-legend';
import { DEFAULT_LAYERS } from '../../../../src/stores/app-store';
import { makeNetwork } from '../../fixtures/network';

describe('export legend', () => {
  it('counts recruitment cities and the outlets of each kind in view', () => {
    expect(exportLegendCounts(makeNetwork(), DEFAULT_FILTERS)).toEqual({
      cities: 2,
      'delivery-center': 1,
      'partner-store': 2,
      'fusion-store': 1,
    });
  });

  it('counts what had been reached by the as-of date', () => {
    const counts = exportLegendCounts(makeNetwork(), { ...DEFAULT_FILTERS, asOf: '2023-12-01' });
    // The fusion store closed that day; the partner stores were only planned.
    expect(counts).toEqual({
      cities: 2,
      'delivery-center': 1,
      'partner-store': 2,
      'fusion-store': 0,
    });
  });

  it('follows the place filters', () => {
    const counts = exportLegendCounts(makeNetwork(), { ...DEFAULT_FILTERS, tiers: ['1'] });
    expect(counts).toEqual({
      cities: 0,
      'delivery-center': 1,
      'partner-store': 0,
      'fusion-store': 1,
    });
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
