import { DEFAULT_FILTERS } from '../../../../src/data/domain/filters';
import {
  exportFileName,
  exportScope,
  exportTimestamp,
} from '../../../../src/features/presentation/export-file-name';

const now = new Date(2024, 2, 5, 9, 7);

describe('export file names', () => {
  it('names an unfiltered view national, with its as-of date and the local time it was made', () => {
    expect(exportFileName(DEFAULT_FILTERS, '2024-01-15', now, 'png')).toBe(
      'channel-atlas-national-2024-01-15-20240305-0907.png',
    );
  });

  it('marks a 2× image and names a CSV the same way', () => {
    expect(exportFileName(DEFAULT_FILTERS, '2024-01-06', now, 'png', 2)).toBe(
      'channel-atlas-national-2024-01-06-20240305-0907@2x.png',
    );
    expect(exportFileName(DEFAULT_FILTERS, '2024-01-06', now, 'csv')).toMatch(/-0907\.csv$/);
  });

  it('says which filters made the view', () => {
    expect(exportScope({ ...DEFAULT_FILTERS, tiers: ['1'] })).toBe('tier-1');
    expect(
      exportScope({
        ...DEFAULT_FILTERS,
        tiers: ['3+'],
        provinces: ['Inner Mongolia'],
        recruitmentOnly: true,
      }),
    ).toBe('tier-3plus_inner-mongolia_recruiting');
  });

  it('ignores the date filter in the scope: the date has its own place', () => {
    expect(exportScope({ ...DEFAULT_FILTERS, asOf: '2024-01-06' })).toBe('national');
  });

  it('keeps long scopes short', () => {
    const scope = exportScope({
      ...DEFAULT_FILTERS,
      tiers: ['1', 'new1', '2'],
      regions: ['east', 'south'],
      kinds: ['partner-store'],
    });
    expect(scope).toBe('tier-1_tier-new1_tier-2_and-3-more');
  });

  it('pads the time stamp', () => {
    expect(exportTimestamp(new Date(2023, 11, 31, 23, 5))).toBe('20231231-2305');
  });
});
