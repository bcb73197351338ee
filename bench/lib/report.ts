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

/** The targets (issue 18), judged on the 100k case, the fly-to also on 10k (null: not measured). */
export function evaluateTargets(result: BenchResult): Target[] {
  const sized = (outlets: number) => result.cases.find((entry) => entry.outlets === outlets);
  const big = sized(100_000);
  const ratioOf = (key: keyof RunMetrics, outlets = 100_000) => {
    const entry = sized(outlets);
    if (!entry) return null;
    const app = summaryOf(entry.app, key);
    const floor = summaryOf(entry.floor, key);
    return app.n && floor.n ? app.median / floor.median : null;
  };
  const derive = big ? summaryOf(big.app, 'filterDeriveMs') : null;
  const reach = big ? summaryOf(big.app, 'coverageReachMs') : null;
  const reachTasks = big ? summaryOf(big.app, 'coverageLongTaskMax') : null;
  const reachScripts = big ? summaryOf(big.app, 'coverageScriptMax') : null;
  const longest = big ? summaryOf(big.app, 'loadLongTasks') : null;
  const initial = result.bundle.initialJsGzipWithoutMaplibre;
  const judge = (value: number | null, limit: number) => (value === null ? null : value <= limit);
  const missing = 'not measured in this run (or the app did not get there; see below)';
  const show = (value: number | null, text: (v: number) => string) =>
    value === null || !Number.isFinite(value) ? missing : text(value);
  const ratio = (label: string, value: number | null): Target => ({
    label,
    value: show(value, (v) => `${v.toFixed(2)}×`),
    pass: judge(value, 1.3),
  });
  return [
    ratio('Load at 100k within 1.3× of the floor', ratioOf('loadMs')),
    ratio('Tier filter → idle at 100k within 1.3× of the floor', ratioOf('filterIdleMs')),
    ratio('Fly-to frame time p50 at 10k within 1.3× of the floor', ratioOf('flyP50', 10_000)),
    ratio('Fly-to frame time p95 at 10k within 1.3× of the floor', ratioOf('flyP95', 10_000)),
    ratio('Fly-to frame time p50 at 100k within 1.3× of the floor', ratioOf('flyP50')),
    ratio('Fly-to frame time p95 at 100k within 1.3× of the floor', ratioOf('flyP95')),
    {
      label:
        'Figures for a filter change at 100k under 16 ms (the app’s `atlas:derive` measure; React’s render of the panels is the click handling row below)',
      value: show(derive?.n ? derive.median : null, (v) => `${v.toFixed(1)} ms`),
      pass: judge(derive?.n ? derive.median : null, 16),
    },
    {
      label: 'No main-thread task over 300 ms while 100k outlets load (longest over all runs)',
      value: show(longest?.n ? longest.max : null, (v) => `${Math.round(v)} ms`),
      pass: judge(longest?.n ? longest.max : null, 300),
    },
    {
      label:
        'Coverage: a filter change at 100k recomputes the reach of every district off the main thread in under 200 ms (the worker’s own time)',
      value: show(reach?.n ? reach.median : null, (v) => `${Math.round(v)} ms`),
      pass: judge(reach?.n ? reach.median : null, 200),
    },
    {
      label:
        'Coverage: no main-thread task over 50 ms from the reach’s arrival to idle at 100k (longest over all runs; each such task is a map frame, see the next row)',
      value: show(reachTasks?.n ? reachTasks.max : null, (v) => `${Math.round(v)} ms`),
      pass: judge(reachTasks?.n ? reachTasks.max : null, 50),
    },
    {
      label:
        'Coverage: no script over 50 ms in that time, the app’s handling of the answer and MapLibre’s frame callbacks (Long Animation Frames; longest over all runs, 0 when none took 5 ms)',
      value: show(reachScripts?.n ? reachScripts.max : null, (v) => `${Math.round(v)} ms`),
      pass: judge(reachScripts?.n ? reachScripts.max : null, 50),
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
