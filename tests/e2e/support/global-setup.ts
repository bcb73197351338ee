import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { assertChromium } from './browser';

const ROOT = resolve(import.meta.dirname, '../../..');

function viteBuild(): Promise<void> {
  return new Promise((done, fail) => {
    // A child process, so the build runs with NODE_ENV=production rather than vitest's `test`.
    const child = spawn('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (code === 0) done();
      else fail(new Error(`vite build failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** Fails fast without Chromium, then builds `dist/` once for every e2e file. */
export default async function setup(): Promise<void> {
  assertChromium();
  if (process.env.E2E_SKIP_BUILD === '1') {
    if (!existsSync(resolve(ROOT, 'dist/index.html')))
      throw new Error('E2E_SKIP_BUILD=1 but dist/index.html is missing: run `npx vite build`.');
    return;
  }
  const started = Date.now();
  await viteBuild();
  console.log(`[e2e] vite build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
