// @vitest-environment node
import { acceptsGzip, gzipEtag, matchesEtag } from '../../../server/http';

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.5', true],
    ['*', true],
    ['identity', false],
    ['gzip;q=0', false],
    [undefined, false],
  ])('reads %j as %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe('matchesEtag', () => {
  const etag = '"abc"';

  it('matches the current version in either encoding, weak or strong, in a list', () => {
    expect(matchesEtag('"abc"', etag)).toBe(true);
    expect(matchesEtag(gzipEtag(etag), etag)).toBe(true);
    expect(matchesEtag('"old", W/"abc"', etag)).toBe(true);
    expect(matchesEtag('*', etag)).toBe(true);
  });

  it('does not match another version or a missing header', () => {
    expect(matchesEtag('"abd"', etag)).toBe(false);
    expect(matchesEtag('"abc-br"', etag)).toBe(false);
    expect(matchesEtag(undefined, etag)).toBe(false);
  });
});
