import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSynth } from '../../scripts/data-synth';

export const ROOT = join(import.meta.dirname, '../..');
export const WORK = join(ROOT, '.tmp/bench');
export const APP_DIR = join(WORK, 'app');
export const FLOOR_DIR = join(WORK, 'floor');
export const DATA_DIR = join(WORK, 'data');

function run(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    child.on('error', fail);
    child.on('exit', (code, signal) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')}: ${signal ?? code}`)),
    );
  });
}

/**
 * Builds the app into .tmp/bench/app (never dist/, which the e2e tests use) and the floor page
 * into .tmp/bench/floor. `extra` adds vite flags, e.g. `--minify false` for profiling.
 */
export async function buildPages(appDir = APP_DIR, extra: string[] = []): Promise<void> {
  await run('npx', [
    'vite',
    'build',
    '--outDir',
    appDir,
    '--emptyOutDir',
    '--logLevel',
    'error',
    ...extra,
  ]);
  await run('npx', ['vite', 'build', '-c', 'bench/vite.floor.config.ts', '--logLevel', 'error']);
}

/** Writes the synthetic dataset of `outlets` (fixed seed) and makes it reachable from both pages. */
export async function prepareDataset(
  outlets: number,
  seed: number,
  pageDirs: string[],
): Promise<string> {
  const name = `synth-${outlets}.json`;
  const file = join(DATA_DIR, name);
  mkdirSync(DATA_DIR, { recursive: true });
  await runSynth({ outlets, seed, out: file });
  for (const dir of pageDirs) {
    const target = join(dir, 'data', name);
    mkdirSync(join(dir, 'data'), { recursive: true });
    rmSync(target, { force: true });
    try {
      linkSync(file, target);
    } catch {
      copyFileSync(file, target);
    }
  }
  return `data/${name}`;
}

/** Points the built app at a dataset through its runtime config. */
export function writeAppConfig(appDir: string, dataUrl: string): void {
  writeFileSync(
    join(appDir, 'config.json'),
    `${JSON.stringify({ dataUrl, basemap: { type: 'embedded' } })}\n`,
  );
}

/** Whether the pages are built (for --skip-build). */
export const isBuilt = (appDir = APP_DIR) =>
  existsSync(join(appDir, 'index.html')) && existsSync(join(FLOOR_DIR, 'index.html'));
