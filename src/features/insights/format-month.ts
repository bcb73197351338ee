import type { Language } from '../../lib/i18n/messages';

/** A YYYY-MM month for the language: short "Sep 23" / "2023年9月", long "September 2023" / "2023年9月". */
export function formatMonth(month: string, language: Language, style: 'short' | 'long'): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  const zh = language === 'zh';
  return new Intl.DateTimeFormat(zh ? 'zh-CN' : 'en-GB', {
    year: zh || style === 'long' ? 'numeric' : '2-digit',
    month: style === 'long' && !zh ? 'long' : 'short',
    timeZone: 'UTC',
  }).format(date);
}
