/**
 * `npm run bench [-- options]`: the app against its floor (bench/floor/) on synthetic datasets of
 * 1k, 10k and 100k outlets in headless Chromium, several runs each; writes bench/results/latest.md
 * and latest.json, updates the results in bench/README.md and prints the table. See
 * bench/README.md for what each figure means; `npm run bench -- --help` for the options.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { assertChromium, chromePath } from '../tests/e2e/support/browser';
import { startStaticServer } from '../tests/e2e/support/static-server';
import { parseBenchArgs, USAGE } from './lib/args';
import { measureBundle } from './lib/bundle-sizes';
import { measureApp } from './lib/measure-app';
import { measureFloor } from './lib/measure-floor';
import type { RunMetrics } from './lib/metrics';
import {
  APP_DIR,
  buildPages,
  DATA_DIR,
  FLOOR_DIR,
  isBuilt,
  prepareDataset,
  ROOT,
  writeAppConfig,
} from './lib/prepare';
import { profileApp } from './lib/profile';
import {
  renderMarkdown,
  summaryOf,
  type BenchCase,
  type BenchResult,
  type PageCase,
} from './lib/report';
import { METRICS } from './lib/metrics';
import { elapsed, VIEWPORT } from './lib/session';

const RESULTS = join(ROOT, 'bench/results');
const README = join(ROOT, 'bench/README.md');
const MARKERS = ['<!-- results:start -->', '<!-- results:end -->'] as const;

const log = (message: string) => process.stdout.write(`[bench] ${message}\n`);
const shortCount = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : `${n}`);
const errorText = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';

function chromiumVersion(): string {
  try {
    const text = execFileSync(chromePath(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return /Chromium \S+|Chrome \S+/.exec(text)?.[0] ?? text.trim();
  } catch {
    return 'Chromium (version unknown)';
  }
}

/** Measures one page once, recording the run or the failure that ends this page's case. */
async function attempt(
  page: PageCase,
  measure: () => Promise<RunMetrics>,
): Promise<RunMetrics | null> {
  if (page.error) return null;
  try {
    const metrics = await measure();
    page.runs.push(metrics);
    return metrics;
  } catch (error) {
    page.error = `${errorText(error)} (after ${page.runs.length} good runs)`;
    return null;
  }
}

function updateReadme(markdown: string): void {
  let text: string;
  try {
    text = readFileSync(README, 'utf8');
  } catch {
    return;
  }
  const [start, end] = MARKERS;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return;
  writeFileSync(README, `${text.slice(0, from + start.length)}\n\n${markdown}\n${text.slice(to)}`);
}

/** The target for the plan: statuses plus a date-range change list, at 100k and 5k. */
const PLAN_TARGET_MS = 50;

/**
 * Times the plan's derivations in Node (`bench/plan-timing.ts`: pure functions of the dataset,
 * the page's engine without a browser) after the browser runs, so the two never share the cores;
 * the section the report ends with, judged against its target.
 */
function planTiming(seed: number): string {
  log('timing the plan and changes at 100k outlets and 5k targets (Node)');
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'bench/plan-timing.ts'), '--seed', String(seed)],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    return `\n### Plan and changes (Node)\n\nNot measured: ${errorText(error)}\n`;
  }
  const lines = output.trim().split('\n');
  const table = lines.filter((line) => line.startsWith('|'));
  const notes = lines.filter((line) => line.trim() !== '' && !line.startsWith('|'));
  const both = /^\| plan statuses \+ changes, no filter \| ([\d.]+) \|/m.exec(output);
  const median = both ? Number(both[1]) : null;
  const verdict =
    median === null
      ? 'not measured'
      : `${median.toFixed(1)} ms (median) ${median < PLAN_TARGET_MS ? '✅ met' : '❌ missed'}`;
  return [
    '',
    '### Plan and changes (Node, 100k outlets, 5k targets)',
    '',
    `Target: plan statuses plus a 30-day change list under ${PLAN_TARGET_MS} ms — ${verdict}.`,
    '',
    ...notes.map((line) => `${line}  `),
    '',
    ...table,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    log(USAGE);
    return;
  }
  const args = parseBenchArgs(process.argv.slice(2));
  assertChromium();
  const started = performance.now();
  const loadAtStart = os.loadavg()[0] ?? 0;
  if (args.profileOnly) return writeProfile(args.profileSize, args.seed, args.timeout, started);
  if (!args.skipBuild || !isBuilt()) {
    log('building the app into .tmp/bench/app and the floor into .tmp/bench/floor');
    await buildPages();
  }
  const bundle = measureBundle(APP_DIR);
  const appServer = await startStaticServer(APP_DIR);
  const floorServer = await startStaticServer(FLOOR_DIR);
  const cases: BenchCase[] = [];
  let mapBox = { width: 0, height: 0 };
  try {
    for (const outlets of args.sizes) {
      const dataUrl = await prepareDataset(outlets, args.seed, [APP_DIR, FLOOR_DIR]);
      writeAppConfig(APP_DIR, dataUrl);
      const bytes = statSync(join(DATA_DIR, `synth-${outlets}.json`)).size;
      const entry: BenchCase = {
        outlets,
        bytes,
        app: { runs: [], error: null },
        floor: { runs: [], error: null },
      };
      cases.push(entry);
      for (let run = 1; run <= args.runs; run++) {
        // App and floor alternate, so a slow spell of the machine hits both.
        const app = await attempt(entry.app, async () => {
          const result = await measureApp({ url: appServer.url, timeout: args.timeout });
          mapBox = result.mapBox;
          return result.metrics;
        });
        const query = `?data=${dataUrl}&w=${mapBox.width}&h=${mapBox.height}`;
        const floor = await attempt(entry.floor, () =>
          measureFloor({ url: `${floorServer.url}${query}`, timeout: args.timeout }),
        );
        const show = (m: RunMetrics | null) =>
          !m
            ? 'failed'
            : m.mapError
              ? `map error, figures ${Math.round(m.readyMs ?? NaN)}`
              : `load ${Math.round(m.loadMs)}, filter ${Math.round(m.filterIdleMs)}`;
        log(
          `${shortCount(outlets)} run ${run}/${args.runs}: app ${show(app)} · floor ${show(floor)} ` +
            `(${elapsed(started)})`,
        );
        if (entry.app.error && entry.floor.error) break;
      }
    }
  } finally {
    await appServer.close();
    await floorServer.close();
  }

  const result: BenchResult = {
    meta: {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      chromium: chromiumVersion(),
      node: process.versions.node,
      runs: args.runs,
      seed: args.seed,
      viewport: `${VIEWPORT.width}×${VIEWPORT.height}`,
      mapBox: `${mapBox.width}×${mapBox.height}`,
      minutes: Math.round((performance.now() - started) / 6000) / 10,
      loadAverage: [loadAtStart, os.loadavg()[0] ?? 0],
    },
    cases,
    bundle,
  };
  const markdown = renderMarkdown(result) + (args.plan ? planTiming(args.seed) : '');
  const summaries = cases.map((entry) => ({
    outlets: entry.outlets,
    app: Object.fromEntries(METRICS.map(({ key }) => [key, summaryOf(entry.app, key)])),
    floor: Object.fromEntries(METRICS.map(({ key }) => [key, summaryOf(entry.floor, key)])),
  }));
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'latest.md'), `# Benchmark: latest results\n\n${markdown}`);
  writeFileSync(
    join(RESULTS, 'latest.json'),
    `${JSON.stringify({ ...result, summaries }, null, 2)}\n`,
  );
  if (args.updateReadme) updateReadme(markdown);
  process.stdout.write(`\n${markdown}\n`);
  log(`wrote bench/results/latest.md and latest.json (${elapsed(started)})`);

  if (args.profile) await writeProfile(args.profileSize, args.seed, args.timeout, started);
}

async function writeProfile(outlets: number, seed: number, timeout: number, started: number) {
  log(`profiling the app at ${shortCount(outlets)} outlets (unminified build)`);
  const report = await profileApp(outlets, seed, timeout);
  const file = `profile-${shortCount(outlets)}.md`;
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, file), report);
  process.stdout.write(`\n${report}\n`);
  log(`wrote bench/results/${file} (${elapsed(started)})`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
