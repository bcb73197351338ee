import type { Language } from './i18n/messages';

const LOCALES: Record<Language, string> = { en: 'en-GB', zh: 'zh-CN' };

/**
 * One formatter per language and options: building an `Intl` formatter costs far more than
 * formatting, and the panels format thousands of numbers per filter change.
 */
function cached<T>(make: (language: Language) => T): (language: Language) => T {
  const made = new Map<Language, T>();
  return (language) => {
    let formatter = made.get(language);
    if (!formatter) {
      formatter = make(language);
      made.set(language, formatter);
    }
    return formatter;
  };
}

const dates = cached(
  (language) =>
    new Intl.DateTimeFormat(LOCALES[language], {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    }),
);
const numbers = cached((language) => new Intl.NumberFormat(LOCALES[language]));
const percents = cached(
  (language) =>
    new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 }),
);

/** Formats an ISO date (YYYY-MM-DD) for the language, e.g. "15 Jan 2024" / "2024年1月15日". */
export function formatDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dates(language).format(date);
}

export function formatNumber(value: number, language: Language): string {
  return numbers(language).format(value);
}

export function formatPercent(value: number, language: Language): string {
  return percents(language).format(value);
}

const dayMonths = cached(
  (language) =>
    new Intl.DateTimeFormat(LOCALES[language], { month: 'short', day: 'numeric', timeZone: 'UTC' }),
);

/** An ISO date as day and month, e.g. "29 Dec" / "12月29日", for labels where the year is known. */
export function formatDayMonth(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dayMonths(language).format(date);
}
