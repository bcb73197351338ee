import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One JS or CSS file of a build and how it loads. */
export interface ChunkSize {
  file: string;
  type: 'js' | 'css';
  /**
   * `initial`: referenced by index.html (entry script, modulepreload, stylesheet); `lazy`: loaded
   * by a dynamic import; `worker`: a worker script: the map's (MapLibre's worker with the app's
   * outlet protocol), fetched when the map starts, and the parse worker, when data loads.
   */
  load: 'initial' | 'lazy' | 'worker';
  bytes: number;
  gzip: number;
}

export interface BundleSizes {
  chunks: ChunkSize[];
  /** Initial JS, gzip, all of it and without the MapLibre chunk. */
  initialJsGzip: number;
  initialJsGzipWithoutMaplibre: number;
  initialCssGzip: number;
}

const isMaplibre = (file: string) => /^maplibre-(?!gl-worker)/.test(basename(file));

/** Sizes (raw and gzip level 9) of the JS and CSS of a Vite build, initial vs lazy. */
export function measureBundle(outDir: string): BundleSizes {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const referenced = new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)]
      .map((match) => match[1] ?? '')
      .filter((url) => /\.(js|mjs|css)$/.test(url))
      .map((url) => basename(url)),
  );
  const assets = join(outDir, 'assets');
  const chunks = readdirSync(assets)
    .filter((file) => /\.(js|mjs|css)$/.test(file))
    .map((file): ChunkSize => {
      const content = readFileSync(join(assets, file));
      const type = file.endsWith('.css') ? 'css' : 'js';
      const load = referenced.has(file) ? 'initial' : /worker/.test(file) ? 'worker' : 'lazy';
      return {
        file,
        type,
        load,
        bytes: content.length,
        gzip: gzipSync(content, { level: 9 }).length,
      };
    })
    .sort((a, b) => a.load.localeCompare(b.load) || b.gzip - a.gzip);
  const sum = (list: ChunkSize[]) => list.reduce((total, chunk) => total + chunk.gzip, 0);
  const initialJs = chunks.filter((c) => c.load === 'initial' && c.type === 'js');
  return {
    chunks,
    initialJsGzip: sum(initialJs),
    initialJsGzipWithoutMaplibre: sum(initialJs.filter((c) => !isMaplibre(c.file))),
    initialCssGzip: sum(chunks.filter((c) => c.load === 'initial' && c.type === 'css')),
  };
}
