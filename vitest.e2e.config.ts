import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Set by .ci/run: also write a JSON report there, for the pass/fail summary.
const jsonDir = process.env.VITEST_JSON_DIR;

/** Browser tests: a real Chromium against the built app (see tests/e2e/support). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores and software WebGL: one browser at a time.
    fileParallelism: false,
    ...(jsonDir
      ? { reporters: ['default', 'json'], outputFile: { json: join(jsonDir, 'e2e.json') } }
      : {}),
  },
});
