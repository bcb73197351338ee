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
    ...(jsonDir
      ? { reporters: ['default', 'json'], outputFile: { json: join(jsonDir, 'unit.json') } }
      : {}),
  },
});
