import type { LocalizedText, Network, Outlet } from '../src/data/domain/schema';
import type { DatasetDiff, DiffKind } from '../src/data/derive/dataset-diff';
import { plural } from './data-cli';

/** Lines listed per kind of difference before the rest is summed up (`--all` lists all). */
export const SHOWN_PER_KIND = 50;

/** One compared file, as the report names it. */
export interface DiffFile {
  file: string;
  /** e.g. `dataset JSON, WGS84`. */
  kind: string;
  network: Network;
  errors: number;
  warnings: number;
}

const HEADINGS: Record<DiffKind, string> = {
  added: 'added',
  removed: 'removed',
  stage: 'stage changed',
  moved: `moved more than 100 m`,
  renamed: 'renamed',
  operator: 'operator changed',
};

const both = (text: LocalizedText) => `${text.en} / ${text.zh}`;

function describeOutlet(outlet: Outlet | undefined): string {
  if (!outlet) return '';
  return `${outlet.name.en} (${outlet.kind}, ${outlet.status}, ${outlet.cityId})`;
}

type Sides = { old: Network; next: Network };
type Formats = { [K in DiffKind]: (entry: DatasetDiff[K][number], sides: Sides) => string };

const pad = (id: string) => id.padEnd(24);
const FORMATS: Formats = {
  added: (e, { next }) => `  + ${pad(e.id)} ${describeOutlet(next.outlets[e.new])}`,
  removed: (e, { old }) => `  - ${pad(e.id)} ${describeOutlet(old.outlets[e.old])}`,
  stage: (e) => `  ~ ${pad(e.id)} ${e.from} → ${e.to}`,
  moved: (e) => `  ~ ${pad(e.id)} ${Math.round(e.meters).toLocaleString('en-US')} m`,
  renamed: (e) => `  ~ ${pad(e.id)} "${both(e.from)}" → "${both(e.to)}"`,
  operator: (e) => `  ~ ${pad(e.id)} "${both(e.from)}" → "${both(e.to)}"`,
};

function kindLines<K extends DiffKind>(kind: K, diff: DatasetDiff, sides: Sides, all: boolean) {
  const entries = diff[kind] as DatasetDiff[K][number][];
  if (entries.length === 0) return [];
  const format = FORMATS[kind] as (entry: DatasetDiff[K][number], sides: Sides) => string;
  const shown = all ? entries : entries.slice(0, SHOWN_PER_KIND);
  const lines = [
    '',
    `${HEADINGS[kind]} (${entries.length})`,
    ...shown.map((e) => format(e, sides)),
  ];
  if (shown.length < entries.length)
    lines.push(`  … and ${entries.length - shown.length} more (--all lists them)`);
  return lines;
}

/**
 * The text report: the two files, the summary counts, then the lines of each kind of
 * difference (past `SHOWN_PER_KIND` summed up unless `all`), then the ids not compared.
 */
export function formatDiffReport(
  diff: DatasetDiff,
  old: DiffFile,
  next: DiffFile,
  all: boolean,
): string[] {
  const lines: string[] = [];
  for (const [label, side] of [
    ['old', old],
    ['new', next],
  ] as const) {
    const problems = side.errors + side.warnings;
    lines.push(
      `${label}: ${side.file} (${side.kind}): ${plural(side.network.outlets.length, 'outlet')}` +
        (problems > 0
          ? `; ${plural(side.errors, 'error')}, ${plural(side.warnings, 'warning')} (npm run data:validate -- ${side.file})`
          : ''),
    );
  }
  const counts = (Object.keys(HEADINGS) as DiffKind[]).map(
    (kind) => `${diff.counts[kind]} ${HEADINGS[kind]}`,
  );
  lines.push(`summary: ${counts.join(', ')}; ${diff.unchanged} unchanged`);
  const notCompared = diff.duplicates.length + diff.invalid.length;
  if (notCompared + diff.withoutId.old + diff.withoutId.new > 0)
    lines.push(
      `  ${plural(diff.duplicates.length, 'id')} more than once, ${plural(diff.invalid.length, 'id')} only in invalid records, ` +
        `records without an id: ${diff.withoutId.old} old, ${diff.withoutId.new} new`,
    );

  const sides = { old: old.network, next: next.network };
  for (const kind of Object.keys(HEADINGS) as DiffKind[])
    lines.push(...kindLines(kind, diff, sides, all));
  if (diff.duplicates.length > 0) {
    lines.push('', `ids more than once (${diff.duplicates.length}): the first record is compared`);
    for (const { id, side, count } of diff.duplicates)
      lines.push(
        `  ! ${id.padEnd(24)} ${count} records in ${side === 'old' ? old.file : next.file}`,
      );
  }
  if (diff.invalid.length > 0) {
    lines.push('', `ids only in invalid records (${diff.invalid.length}): not compared`);
    for (const { id, side } of diff.invalid)
      lines.push(`  ! ${id.padEnd(24)} in ${side === 'old' ? old.file : next.file}`);
  }
  return lines;
}
