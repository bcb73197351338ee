import { defineMessages } from '../../lib/i18n/define-messages';

export const timelineMessages = defineMessages({
  en: {
    region: 'Rollout playback',
    asOf: 'As of',
    play: 'Play',
    pause: 'Pause',
    speed: 'Speed',
    'speed.10': 'Fast · 10 s',
    'speed.30': 'Normal · 30 s',
    'speed.60': 'Slow · 60 s',
    latest: 'Latest',
    milestones: 'Milestones',
    milestone: 'Milestone: {title}, {date}',
    caption: 'Milestone reached',
    next: 'Next:',
  },
  zh: {
    region: '铺设进程回放',
    asOf: '截至',
    play: '播放',
    pause: '暂停',
    speed: '速度',
    'speed.10': '快 · 10 秒',
    'speed.30': '中 · 30 秒',
    'speed.60': '慢 · 60 秒',
    latest: '最新',
    milestones: '里程碑',
    milestone: '里程碑：{title}，{date}',
    caption: '到达里程碑',
    next: '下一个：',
  },
});
