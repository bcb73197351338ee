/**
 * `npm run test:e2e`: checks that Chromium is there, then runs the browser tests with vitest.
 * Extra arguments go to vitest, e.g. `npm run test:e2e -- map-layers`; the exit code is vitest's.
 * Chromium: CHROME_PATH, else /usr/bin/chromium. E2E_SKIP_BUILD=1 reuses an existing dist/.
 */
import { spawn } from 'node:child_process';
import console from 'node:console';
import { existsSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';

if (!existsSync(chrome)) {
  console.error(
    `Chromium not found at ${chrome}. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.`,
  );
  process.exit(1);
}

const child = spawn(
  'npx',
  ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}

child.on('error', (error) => {
  console.error(`Could not start vitest: ${error.message}`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
