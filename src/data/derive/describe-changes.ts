import { formatDate, formatDayMonth, formatNumber } from '../../lib/format';
import { fill } from '../../lib/i18n/define-messages';
import type { Language } from '../../lib/i18n/messages';
import { planMessages } from '../../lib/i18n/plan-messages';
import { CHANGE_TYPE_CODE, type DateChanges } from './changes-between';
import { advancesInto } from './change-list';
import { STAGE_CODE } from './network-index';

/**
 * Two dates as a range: "1 Jan – 15 Jan 2024" within a year, "29 Dec 2023 – 15 Jan 2024"
 * across one; "2024年1月1日至1月15日" in Chinese.
 */
export function describeRange(from: string, to: string, language: Language): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const [first, last] =
    language === 'zh'
      ? [
          formatDate(from, language),
          sameYear ? formatDayMonth(to, language) : formatDate(to, language),
        ]
      : [
          sameYear ? formatDayMonth(from, language) : formatDate(from, language),
          formatDate(to, language),
        ];
  return fill(planMessages[language]['change.range'], { from: first, to: last });
}

/** The counts a comparison's title gives, in order: new, advanced into each stage, closed. */
export function changeCounts(changes: DateChanges) {
  const into = advancesInto(changes);
  return {
    planned: changes.byType[CHANGE_TYPE_CODE.new] ?? 0,
    signed: into[STAGE_CODE.signed] ?? 0,
    renovating: into[STAGE_CODE.renovating] ?? 0,
    open: into[STAGE_CODE.open] ?? 0,
    closed: changes.byType[CHANGE_TYPE_CODE.closure] ?? 0,
  };
}

/**
 * A comparison in words, as the presenter's title and the slide say it: "Changes 1 Jan – 15 Jan
 * 2024: 14 new, 3 signed, 2 renovating" (the new outlets, then the outlets that advanced into
 * each stage, then the closures; kinds without a change left out), or "No changes …".
 */
export function describeChanges(changes: DateChanges, language: Language): string {
  const t = planMessages[language];
  const range = describeRange(changes.from, changes.to, language);
  const parts = Object.entries(changeCounts(changes))
    .filter(([, count]) => count > 0)
    .map(([stage, count]) =>
      fill(t[`entered.${stage as keyof ReturnType<typeof changeCounts>}`], {
        count: formatNumber(count, language),
      }),
    );
  if (parts.length === 0) return fill(t['change.none'], { range });
  return fill(t['change.title'], { range, list: parts.join(t.separator) });
}
