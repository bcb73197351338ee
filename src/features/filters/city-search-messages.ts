import { defineMessages } from '../../lib/i18n/define-messages';

/** UI strings of the city search. */
export const citySearchMessages = defineMessages({
  en: {
    label: 'Search cities',
    placeholder: 'City, pinyin or initials (e.g. sz)',
    listLabel: 'Matching cities',
    outlets: '{count} outlets',
    outletsOne: '1 outlet',
    results: '{count} cities found',
    resultsOne: '1 city found',
    noResults: 'No city matches “{query}”',
  },
  zh: {
    label: '搜索城市',
    placeholder: '城市名、拼音或首字母（如 sz）',
    listLabel: '匹配的城市',
    outlets: '{count} 家门店',
    outletsOne: '1 家门店',
    results: '找到 {count} 个城市',
    resultsOne: '找到 1 个城市',
    noResults: '没有与“{query}”匹配的城市',
  },
});
