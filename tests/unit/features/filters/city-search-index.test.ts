import sample from '../../../../data/sample-network.json';
import type { City } from '../../../../src/data/domain/schema';
import {
  buildCitySearchIndex,
  normalizeSearchText,
  searchCities,
} from '../../../../src/features/filters/city-search-index';
import { makeCity } from '../../fixtures/network';

const cities = (sample as unknown as { cities: City[] }).cities;
const index = buildCitySearchIndex(cities);
const ids = (query: string, limit?: number) => searchCities(index, query, limit).map((c) => c.id);

describe('normalizeSearchText', () => {
  it('drops case, tone marks, spaces, apostrophes and dashes', () => {
    expect(normalizeSearchText(" Xī'Ān ")).toBe('xian');
    expect(normalizeSearchText('Shi Jia-zhuang')).toBe('shijiazhuang');
    expect(normalizeSearchText('苏 州')).toBe('苏州');
  });
});

describe('buildCitySearchIndex', () => {
  it('reads polyphonic characters in city names as the city is called', () => {
    const byId = new Map(index.map((entry) => [entry.city.id, entry]));
    expect(byId.get('chongqing')).toMatchObject({ pinyin: 'chongqing', initials: 'cq' });
    expect(byId.get('changsha')).toMatchObject({ pinyin: 'changsha', initials: 'cs' });
    expect(byId.get('xiamen')).toMatchObject({ pinyin: 'xiamen', initials: 'xm' });
    expect(byId.get('shijiazhuang')).toMatchObject({ initials: 'sjz' });
  });
});

describe('searchCities', () => {
  it('finds a city by full pinyin, whatever the case', () => {
    expect(ids('suzhou')[0]).toBe('suzhou');
    expect(ids('SuZhou')[0]).toBe('suzhou');
  });

  it('finds a city by its Chinese name or the start of it', () => {
    expect(ids('苏州')).toEqual(['suzhou']);
    expect(ids('苏')).toEqual(['suzhou']);
    expect(ids('石家')).toEqual(['shijiazhuang']);
  });

  it("ignores apostrophes, spaces and tone marks: xian, xi'an, xī ān", () => {
    for (const query of ['xian', "xi'an", "Xi'an", 'xī ān', 'XI AN'])
      expect(ids(query)[0]).toBe('xian');
  });

  it('matches pinyin initials, ranking the cities whose initials are exactly the query first', () => {
    expect(ids('sz').slice(0, 2).sort()).toEqual(['shenzhen', 'suzhou']);
    expect(ids('sz')).not.toContain('shijiazhuang');
    expect(ids('sjz')).toEqual(['shijiazhuang']);
    expect(ids('cq')[0]).toBe('chongqing');
  });

  it('matches a mix of whole and partial syllables, like "szh" or "chongq"', () => {
    expect(ids('szh').sort()).toEqual(['shenzhen', 'suzhou']);
    expect(ids('chongq')).toEqual(['chongqing']);
    expect(ids('chong')).toEqual(['chongqing']);
  });

  it('ranks exact over prefix over initials over substring, before tier and name', () => {
    const city = (id: string, en: string, zh: string, tier: City['tier']) =>
      makeCity({ id, name: { en, zh }, tier });
    const small = buildCitySearchIndex([
      city('dashan', 'Dashan', '大山', '1'),
      city('songhuajiang', 'Songhuajiang', '松花江', '1'),
      city('suhe', 'Suhe', '苏河', 'new1'),
      city('shanghai', 'Shanghai', '上海', '2'),
      city('shanghe', 'Shanghe', '商河', '3'),
    ]);
    // exact; prefix; exact initials (s-h); syllable prefixes (s-h-j); substring.
    expect(searchCities(small, 'shanghe').map((c) => c.id)).toEqual(['shanghe']);
    expect(searchCities(small, 'sh').map((c) => c.id)).toEqual([
      'shanghai',
      'shanghe',
      'suhe',
      'songhuajiang',
      'dashan',
    ]);
    expect(searchCities(small, 'shang').map((c) => c.id)).toEqual(['shanghai', 'shanghe']);
    expect(searchCities(small, 'Shanghai').map((c) => c.id)).toEqual(['shanghai']);
  });

  it('breaks ties by tier, so the tier-1 city comes first', () => {
    expect(ids('sz')[0]).toBe('shenzhen');
  });

  it('accepts "v" for "ü" as pinyin keyboards type it', () => {
    const lvliang = makeCity({ id: 'lvliang', name: { en: 'Lüliang', zh: '吕梁' } });
    const small = buildCitySearchIndex([lvliang]);
    expect(searchCities(small, 'lvliang').map((c) => c.id)).toEqual(['lvliang']);
    expect(searchCities(small, 'll').map((c) => c.id)).toEqual(['lvliang']);
  });

  it('returns nothing for an empty or blank query, and at most `limit` cities', () => {
    expect(ids('')).toEqual([]);
    expect(ids("  ' ")).toEqual([]);
    expect(ids('a', 3)).toHaveLength(3);
    expect(ids('zzzz')).toEqual([]);
  });
});
