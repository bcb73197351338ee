import {
  countSkippedRecords,
  issueCounts,
  originName,
} from '../../../../src/features/data-quality/issue-counts';
import { issueSummary } from '../../../../src/features/data-quality/issue-summary';
import { translate } from '../../../../src/lib/i18n/messages';

describe('countSkippedRecords', () => {
  it('counts a record with two errors once, and ignores warnings', () => {
    expect(
      countSkippedRecords([
        { path: 'outlets[5].point', message: 'missing', severity: 'error' },
        { path: 'outlets[5].kind', message: 'unknown', severity: 'error' },
        { path: 'outlets[20].stages.open', message: 'order', severity: 'error' },
        { path: 'meta.crs', message: 'default', severity: 'warning' },
      ]),
    ).toBe(2);
  });

  it('counts CSV problems by line', () => {
    expect(
      countSkippedRecords([
        { path: 'line 8, column "lat"', line: 8, message: 'x', severity: 'error' },
        { path: 'line 8, column "kind"', line: 8, message: 'y', severity: 'error' },
        { path: 'line 9, column "lat"', line: 9, message: 'z', severity: 'error' },
      ]),
    ).toBe(2);
  });
});

describe('issueCounts and issueSummary', () => {
  const say = (issues: Parameters<typeof issueCounts>[0], language: 'en' | 'zh' = 'en') =>
    issueSummary(issueCounts(issues), (key, vars) => translate(language, key, vars));

  it('says a meta problem as a warning, never as "0 invalid records were skipped"', () => {
    const issues = [
      {
        path: 'meta.asOf',
        message: 'missing; using the latest stage date in the data, 2024-01-12',
        severity: 'warning' as const,
      },
    ];
    expect(issueCounts(issues)).toEqual({ skipped: 0, fileErrors: 0, warnings: 1 });
    expect(say(issues)).toBe('1 warning; nothing was skipped for it.');
    expect(say(issues, 'zh')).toBe('1 条警告；没有因此跳过任何内容。');
  });

  it('counts records skipped, errors of the file as a whole and warnings apart', () => {
    const issues = [
      { path: 'outlets', message: 'expected a list', severity: 'error' as const },
      { path: 'targets[3].cityId', message: 'unknown city id', severity: 'error' as const },
      { path: 'targets[3].count', message: 'must be at least 1', severity: 'error' as const },
      { path: 'meta.crs', message: 'default', severity: 'warning' as const },
    ];
    expect(issueCounts(issues)).toEqual({ skipped: 1, fileErrors: 1, warnings: 1 });
    expect(say(issues)).toBe(
      '1 invalid record was skipped; the valid ones are shown. ' +
        '1 problem with the file as a whole; what could be read is shown. ' +
        '1 warning; nothing was skipped for it.',
    );
  });
});

describe('originName', () => {
  it('names a file by its name, without the build’s content hash', () => {
    expect(originName('http://127.0.0.1:4173/assets/sample-network-Bf0UdN5F.json')).toBe(
      'sample-network.json',
    );
    expect(originName('broken.json')).toBe('broken.json');
    expect(originName('my-networks.json')).toBe('my-networks.json');
    expect(originName('/data/network.json?v=2')).toBe('network.json');
  });
});
