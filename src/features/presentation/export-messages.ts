import { defineMessages } from '../../lib/i18n/define-messages';

export const exportMessages = defineMessages({
  en: {
    button: 'Export',
    png1: 'PNG (1×)',
    png2: 'PNG (2×)',
    csv: 'CSV (filtered outlets)',
    working: 'Exporting…',
    done: 'Saved {file}',
    failed: 'Export failed: {message}',
    noFilters: 'All outlets, nationwide',
    filters: 'Filters: {list}',
    footer: '{app}, exported {date}',
  },
  zh: {
    button: '导出',
    png1: 'PNG（1×）',
    png2: 'PNG（2×）',
    csv: 'CSV（筛选后的门店）',
    working: '正在导出…',
    done: '已保存 {file}',
    failed: '导出失败：{message}',
    noFilters: '全部门店 · 全国',
    filters: '筛选：{list}',
    footer: '{app}，导出于 {date}',
  },
});
