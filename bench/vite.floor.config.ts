import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The benchmark's floor page (bench/floor/) built on its own into .tmp/bench/floor/, with the
 * app's public/ folder (the embedded basemap and its fonts) and relative asset URLs.
 */
export default defineConfig({
  root: here('./floor'),
  base: './',
  publicDir: here('../public'),
  logLevel: 'warn',
  build: {
    outDir: here('../.tmp/bench/floor'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
});
