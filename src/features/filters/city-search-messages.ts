import { defineMessages } from '../../lib/i18n/define-messages';

/** UI strings of the city search. */
export const citySearchMessages = defineMessages({
  en: {
    label: 'Search cities',
    placeholder: 'City, pinyin or initials',
    listLabel: 'Matching cities',
    outlets: '{count, plural, one {# outlet} other {# outlets}} in view',
    results: '{count, plural, one {# city} other {# cities}} found',
    noResults: 'No city matches “{query}”',
  },
  zh: {
    label: '搜索城市',
    placeholder: '城市名、拼音或首字母',
    listLabel: '匹配的城市',
    outlets: '当前显示 {count} 家门店',
    results: '找到 {count} 个城市',
    noResults: '没有与“{query}”匹配的城市',
  },
});
