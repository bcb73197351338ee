import type { Filters } from '../../data/domain/filters';

const MAX_SCOPE_PARTS = 4;

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * What a file shows, for its name: `national` without place, type or stage filters, else the
 * filter values, e.g. `tier-1_east_partner-store`.
 */
export function exportScope(filters: Filters): string {
  const parts = [
    ...filters.tiers.map((tier) => `tier-${tier === '3+' ? '3plus' : tier}`),
    ...filters.regions,
    ...filters.provinces.map(slug),
    ...filters.kinds,
    ...filters.stages,
    ...(filters.recruitmentOnly ? ['recruiting'] : []),
  ].filter((part) => part !== '');
  if (parts.length === 0) return 'national';
  if (parts.length <= MAX_SCOPE_PARTS) return parts.join('_');
  const shown = parts.slice(0, MAX_SCOPE_PARTS - 1);
  return [...shown, `and-${parts.length - shown.length}-more`].join('_');
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `YYYYMMDD-HHmm` in local time: when the file was made. */
export function exportTimestamp(now: Date): string {
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  return `${date}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}

/**
 * `channel-atlas-{scope}-{asOf}-{YYYYMMDD-HHmm}.{ext}`: what the file shows, as of which date,
 * made when; a 2× image adds `@2x` before the extension.
 */
export function exportFileName(
  filters: Filters,
  asOf: string,
  now: Date,
  extension: 'png' | 'csv',
  scale = 1,
): string {
  const suffix = scale === 1 ? '' : `@${scale}x`;
  return `channel-atlas-${exportScope(filters)}-${asOf}-${exportTimestamp(now)}${suffix}.${extension}`;
}
