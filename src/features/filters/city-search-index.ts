import { pinyin } from 'pinyin-pro';
import { TIERS, type City } from '../../data/domain/schema';

/** One city with the forms a query is compared against, all normalized. */
export interface CitySearchEntry {
  city: City;
  en: string;
  zh: string;
  /** Full pinyin without tones, e.g. "chongqing". */
  pinyin: string;
  /** One letter per syllable, e.g. "cq". */
  initials: string;
  syllables: string[];
}

export type CitySearchIndex = readonly CitySearchEntry[];

const MAX_QUERY_LENGTH = 50;

/** Lower case without tone marks, spaces, apostrophes or dashes: "Xī'ān" → "xian". */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'’‘`´\-·.]/g, '');
}

/**
 * Precomputes each city's pinyin from its Chinese name (pinyin-pro's dictionary reads
 * polyphonic characters in place names right: 重庆 chongqing, 长沙 changsha, 厦门 xiamen).
 * Build it once per dataset.
 */
export function buildCitySearchIndex(cities: readonly City[]): CitySearchIndex {
  return cities.map((city) => {
    const syllables = pinyin(city.name.zh, { toneType: 'none', type: 'array' })
      .map(normalizeSearchText)
      .filter((syllable) => /^[a-z]+$/.test(syllable));
    return {
      city,
      en: normalizeSearchText(city.name.en),
      zh: normalizeSearchText(city.name.zh),
      pinyin: syllables.join(''),
      initials: syllables.map((syllable) => syllable[0]).join(''),
      syllables,
    };
  });
}

/** Whether the query reads as the start of each syllable in turn: "sz", "szh", "chongq". */
function matchesSyllablePrefixes(syllables: string[], query: string, from = 0, at = 0): boolean {
  if (at === query.length) return true;
  const syllable = syllables[from];
  if (syllable === undefined) return false;
  for (let length = Math.min(syllable.length, query.length - at); length >= 1; length--) {
    if (
      query.startsWith(syllable.slice(0, length), at) &&
      matchesSyllablePrefixes(syllables, query, from + 1, at + length)
    )
      return true;
  }
  return false;
}

/** Lower is better: exact, prefix, exact initials, syllable prefixes, substring; null: no match. */
function rank(entry: CitySearchEntry, query: string, pinyinQuery: string): number | null {
  const { en, zh } = entry;
  if (query === en || query === zh || pinyinQuery === entry.pinyin) return 0;
  if (en.startsWith(query) || zh.startsWith(query) || entry.pinyin.startsWith(pinyinQuery))
    return 1;
  if (entry.syllables.length > 1 && pinyinQuery === entry.initials) return 2;
  if (matchesSyllablePrefixes(entry.syllables, pinyinQuery)) return 3;
  if (en.includes(query) || zh.includes(query) || entry.pinyin.includes(pinyinQuery)) return 4;
  return null;
}

/**
 * The cities matching a query by English name, Chinese name, full pinyin or pinyin initials,
 * best first; ties go to the higher tier, then the English name.
 */
export function searchCities(index: CitySearchIndex, query: string, limit = 8): City[] {
  const normalized = normalizeSearchText(query.slice(0, MAX_QUERY_LENGTH));
  if (normalized === '') return [];
  // Pinyin has no "v": people type it for "ü" (lü → lv), which the index stores as "u".
  const pinyinQuery = normalized.replace(/v/g, 'u');
  const hits: { entry: CitySearchEntry; rank: number }[] = [];
  for (const entry of index) {
    const score = rank(entry, normalized, pinyinQuery);
    if (score !== null) hits.push({ entry, rank: score });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      TIERS.indexOf(a.entry.city.tier) - TIERS.indexOf(b.entry.city.tier) ||
      a.entry.city.name.en.localeCompare(b.entry.city.name.en),
  );
  return hits.slice(0, limit).map((hit) => hit.entry.city);
}
