import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The installed MapLibre: its version and its TypeScript sources, for the tests that pin the
 * internals a fix of the app rests on (an upgrade must look at the fix again).
 */
export function installedMaplibre(): { version: string; source: (path: string) => string } {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('maplibre-gl/package.json'));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { version, source: (path) => readFileSync(join(root, 'src', path), 'utf8') };
}
