import {
  countSkippedRecords,
  originName,
} from '../../../../src/features/data-quality/issue-counts';

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
