import { defineMessages } from '../../lib/i18n/define-messages';

export const planUiMessages = defineMessages({
  en: {
    title: 'Plan',
    explain: 'What “on plan” means',
    attention: 'At risk and behind',
    none: 'No city is at risk or behind as of {date}.',
    noTargets: 'No targets in view: the filters leave out every city with a target.',
    more: '+{count, plural, one {# more target} other {# more targets}} at risk or behind',
    open: 'Open {city}',
  },
  zh: {
    title: '计划',
    explain: '“按计划”的含义',
    attention: '有风险与落后',
    none: '截至 {date}，没有城市有风险或落后。',
    noTargets: '当前没有目标：筛选排除了所有设有目标的城市。',
    more: '另有 {count} 项目标有风险或落后',
    open: '打开{city}',
  },
});
