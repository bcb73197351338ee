import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Set by .ci/run: also write a JSON report there, for the pass/fail summary.
const jsonDir = process.env.VITEST_JSON_DIR;

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    css: false,
    // A component test renders the whole dashboard in jsdom: on a busy two-core machine one case
    // can take several seconds. A wrong result still fails at once; only a hang waits this long.
    testTimeout: 20_000,
    ...(jsonDir
      ? { reporters: ['default', 'json'], outputFile: { json: join(jsonDir, 'unit.json') } }
      : {}),
  },
});
