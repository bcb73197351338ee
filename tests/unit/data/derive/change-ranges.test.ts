import { lastMilestoneBefore, presetRange } from '../../../../src/data/derive/change-ranges';
import type { Network } from '../../../../src/data/domain/schema';
import { makeNetwork } from '../../fixtures/network';

const milestone = (date: string) => ({
  date,
  title: { en: date, zh: date },
  description: { en: date, zh: date },
  source: 'test',
});

const network: Network = {
  ...makeNetwork(),
  milestones: ['2023-12-29', '2024-01-02', '2024-01-15'].map(milestone),
};

describe('the Compare presets', () => {
  it('makes the last 7 and 30 days end on the to-date, both days included', () => {
    expect(presetRange(network, 'last-7-days', '2024-01-15')).toEqual({
      from: '2024-01-09',
      to: '2024-01-15',
    });
    // 2024 is a leap year: 30 days to 1 March start on 1 February.
    expect(presetRange(network, 'last-30-days', '2024-03-01')).toEqual({
      from: '2024-02-01',
      to: '2024-03-01',
    });
  });

  it('starts "since the last milestone" on the latest milestone before the to-date', () => {
    expect(presetRange(network, 'since-milestone', '2024-01-15')).toMatchObject({
      from: '2024-01-02',
      to: '2024-01-15',
      milestone: { date: '2024-01-02' },
    });
    expect(presetRange(network, 'since-milestone', '2024-01-16')?.from).toBe('2024-01-15');
    expect(lastMilestoneBefore(network, '2024-01-01')?.date).toBe('2023-12-29');
  });

  it('has no "since the last milestone" before the first milestone', () => {
    expect(presetRange(network, 'since-milestone', '2023-12-29')).toBeNull();
    expect(presetRange(makeNetwork(), 'since-milestone', '2024-01-15')).toBeNull();
  });
});
