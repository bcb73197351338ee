import type { BundleSizes } from './bundle-sizes';
import { METRICS, metricValue, type RunMetrics } from './metrics';
import { summarize, type Summary } from './stats';

/** The runs of one page on one dataset, or why it could not be measured. */
export interface PageCase {
  runs: RunMetrics[];
  error: string | null;
}

export interface BenchCase {
  outlets: number;
  /** Dataset file size in bytes. */
  bytes: number;
  app: PageCase;
  floor: PageCase;
}

export interface BenchMeta {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  chromium: string;
  node: string;
  runs: number;
  seed: number;
  viewport: string;
  mapBox: string;
  minutes: number;
  /** The machine's 1-minute load average at the start and the end (other work skews times). */
  loadAverage: [number, number];
}

export interface BenchResult {
  meta: BenchMeta;
  cases: BenchCase[];
  bundle: BundleSizes;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;

function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'MB') return value.toFixed(1);
  return Math.round(value).toLocaleString('en-US');
}

function cell(summary: Summary, unit: string): string {
  if (summary.n === 0) return '—';
  const median = format(summary.median, unit);
  if (summary.n === 1) return median;
  return `${median} (${format(summary.min, unit)}–${format(summary.max, unit)})`;
}

/** Median, min and max of one metric over the runs of a page. */
export function summaryOf(page: PageCase, key: keyof RunMetrics): Summary {
  return summarize(page.runs.map((run) => metricValue(run, key)));
}

function ratio(app: Summary, floor: Summary): string {
  if (app.n === 0 || floor.n === 0 || floor.median <= 0) return '—';
  return `${(app.median / floor.median).toFixed(2)}×`;
}

function caseTable(entry: BenchCase): string[] {
  const lines = [
    `### ${entry.outlets.toLocaleString('en-US')} outlets (dataset ${(entry.bytes / 1024 / 1024).toFixed(1)} MB)`,
    '',
  ];
  for (const [name, page] of [
    ['app', entry.app],
    ['floor', entry.floor],
  ] as const)
    if (page.error) lines.push(`- The ${name} failed: ${page.error}`, '');
  const broken = entry.app.runs.filter((run) => run.mapError);
  if (broken.length > 0)
    lines.push(
      `- The app's map threw while loading in ${broken.length} of ${entry.app.runs.length} runs ` +
        `(its map figures are missing; load figures stop at the Key figures): \`${broken[0]?.mapError}\``,
      '',
    );
  lines.push('| Metric | App | Floor | App / floor |', '| --- | ---: | ---: | ---: |');
  for (const { key, label, unit } of METRICS) {
    const app = summaryOf(entry.app, key);
    const floor = summaryOf(entry.floor, key);
    if (app.n === 0 && floor.n === 0) continue;
    const suffix = unit === 'MB' ? ' (MB)' : '';
    lines.push(
      `| ${label}${suffix} | ${cell(app, unit)} | ${cell(floor, unit)} | ${ratio(app, floor)} |`,
    );
  }
  lines.push('');
  return lines;
}

interface Target {
  label: string;
  value: string;
  pass: boolean | null;
}

/** The targets, judged on the 100k case (null: not measured in this run). */
export function evaluateTargets(result: BenchResult): Target[] {
  const big = result.cases.find((entry) => entry.outlets === 100_000);
  const ratioOf = (key: keyof RunMetrics) => {
    if (!big) return null;
    const app = summaryOf(big.app, key);
    const floor = summaryOf(big.floor, key);
    return app.n && floor.n ? app.median / floor.median : null;
  };
  const load = ratioOf('loadMs');
  const filter = ratioOf('filterIdleMs');
  const derive = big ? summaryOf(big.app, 'filterDeriveMs') : null;
  const longest = big ? summaryOf(big.app, 'loadLongTasks') : null;
  const initial = result.bundle.initialJsGzipWithoutMaplibre;
  const judge = (value: number | null, limit: number) => (value === null ? null : value <= limit);
  const missing = !big
    ? 'not measured (no 100k case in this run)'
    : 'not measurable: the app did not get there at 100k (see below)';
  const show = (value: number | null, text: (v: number) => string) =>
    value === null || !Number.isFinite(value) ? missing : text(value);
  return [
    {
      label: 'Load at 100k within 1.2× of the floor',
      value: show(load, (v) => `${v.toFixed(2)}×`),
      pass: judge(load, 1.2),
    },
    {
      label: 'Filter → idle at 100k within 1.2× of the floor',
      value: show(filter, (v) => `${v.toFixed(2)}×`),
      pass: judge(filter, 1.2),
    },
    {
      label:
        'Figure and chart recomputation for a filter change at 100k under 16 ms (the app’s `atlas:derive` measure; React’s render of the panels is the click handling row below)',
      value: show(derive?.n ? derive.median : null, (v) => `${v.toFixed(1)} ms`),
      pass: judge(derive?.n ? derive.median : null, 16),
    },
    {
      label: 'No long task over 200 ms during load at 100k (longest over all runs)',
      value: show(longest?.n ? longest.max : null, (v) => `${Math.round(v)} ms`),
      pass: judge(longest?.n ? longest.max : null, 200),
    },
    {
      label: 'Initial JS outside the MapLibre chunk under 250 KB gzip',
      value: `${kb(initial)} KB`,
      pass: initial < 250 * 1024,
    },
  ];
}

function bundleTable(bundle: BundleSizes): string[] {
  const lines = ['| Chunk | Loads | Size (KB) | Gzip (KB) |', '| --- | --- | ---: | ---: |'];
  for (const chunk of bundle.chunks)
    lines.push(`| ${chunk.file} | ${chunk.load} | ${kb(chunk.bytes)} | ${kb(chunk.gzip)} |`);
  lines.push(
    '',
    `Initial JS ${kb(bundle.initialJsGzip)} KB gzip, of which outside the MapLibre chunk ` +
      `${kb(bundle.initialJsGzipWithoutMaplibre)} KB; initial CSS ${kb(bundle.initialCssGzip)} KB gzip.`,
  );
  return lines;
}

/** The results as Markdown: header, targets, one table per dataset size, bundle sizes. */
export function renderMarkdown(result: BenchResult): string {
  const { meta } = result;
  const mark = (pass: boolean | null) => (pass === null ? '—' : pass ? '✅ met' : '❌ missed');
  return [
    `Run ${meta.date} · ${meta.cpus} × ${meta.cpuModel}, ${meta.memoryGb} GB · ${meta.chromium} ` +
      `(headless, software WebGL) · Node ${meta.node} · ${meta.runs} runs per case, seed ` +
      `${meta.seed} · viewport ${meta.viewport}, map ${meta.mapBox} · took ${meta.minutes} min · ` +
      `load average ${meta.loadAverage.map((v) => v.toFixed(1)).join(' → ')} on ${meta.cpus} cores`,
    '',
    'Median (min–max) over the runs; times in ms from the input (or navigation) to the effect.',
    '',
    '### Targets',
    '',
    '| Target | Measured | |',
    '| --- | ---: | --- |',
    ...evaluateTargets(result).map((t) => `| ${t.label} | ${t.value} | ${mark(t.pass)} |`),
    '',
    ...result.cases.flatMap(caseTable),
    '### Bundle (app build, gzip level 9)',
    '',
    ...bundleTable(result.bundle),
    '',
  ].join('\n');
}
