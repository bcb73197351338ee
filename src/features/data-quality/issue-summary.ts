import type { MessageKey } from '../../lib/i18n/messages';
import type { IssueCounts } from './issue-counts';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * The problems in words, each sentence counting what it says it counts: records skipped, errors
 * of the file as a whole, warnings (nothing skipped). A problem of the meta is a warning, so it
 * never reads as "0 invalid records were skipped".
 */
export function issueSummary({ skipped, fileErrors, warnings }: IssueCounts, t: Translate): string {
  return [
    skipped > 0 ? t('issues.summary', { count: skipped }) : '',
    fileErrors > 0 ? t('issues.fileErrors', { count: fileErrors }) : '',
    warnings > 0 ? t('issues.warningsKept', { count: warnings }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
