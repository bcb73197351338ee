import { defineMessages } from '../lib/i18n/define-messages';

export const layoutMessages = defineMessages({
  en: {
    filters: 'Filters',
    insights: 'Insights',
    list: 'List',
    listTitle: 'Outlets',
    closeList: 'Close the list',
    closeSheet: 'Close',
    panels: 'Panels',
    menu: 'Menu',
    show: 'Show {count, plural, one {# outlet} other {# outlets}}',
  },
  zh: {
    filters: '筛选',
    insights: '概览',
    list: '列表',
    listTitle: '门店列表',
    closeList: '关闭列表',
    closeSheet: '关闭',
    panels: '面板',
    menu: '菜单',
    show: '查看 {count} 家门店',
  },
});
