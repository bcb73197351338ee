import { isCalendarDate, stageDatesSchema } from '../../../../src/data/domain/schema';

describe('isCalendarDate', () => {
  it('gives the same answer when asked again', () => {
    for (let round = 0; round < 2; round++) {
      expect(isCalendarDate('2024-02-29')).toBe(true);
      expect(isCalendarDate('2024-02-30')).toBe(false);
      expect(isCalendarDate('2023-02-29')).toBe(false);
      expect(isCalendarDate('2024-13-01')).toBe(false);
      expect(isCalendarDate('2024-12-31')).toBe(true);
    }
  });

  it('keeps answering right past the size of its cache', () => {
    for (let day = 0; day < 12_000; day++) {
      const date = new Date(Date.UTC(2000, 0, 1 + day)).toISOString().slice(0, 10);
      expect(isCalendarDate(date)).toBe(true);
    }
    expect(isCalendarDate('2024-02-30')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });

  it('still rejects an impossible stage date in a record', () => {
    for (let round = 0; round < 2; round++) {
      expect(stageDatesSchema.safeParse({ planned: '2024-02-29' }).success).toBe(true);
      const result = stageDatesSchema.safeParse({ planned: '2024-02-30' });
      expect(result.error?.issues[0]?.message).toBe('not a real calendar date');
    }
  });
});
