import type { Language } from '../../lib/i18n/messages';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A YYYY-MM month for the language: short "Sep 23" / "2023年9月", long "September 2023" / "2023年9月". */
export function formatMonth(month: string, language: Language, style: 'short' | 'long'): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  const key = `${language}:${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const zh = language === 'zh';
    // Building a formatter costs far more than formatting: one per language and style.
    formatter = new Intl.DateTimeFormat(zh ? 'zh-CN' : 'en-GB', {
      year: zh || style === 'long' ? 'numeric' : '2-digit',
      month: style === 'long' && !zh ? 'long' : 'short',
      timeZone: 'UTC',
    });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}
