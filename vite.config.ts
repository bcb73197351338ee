import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: no inline or foreign scripts, and data only
 * from the app's own origin plus the origins a deployment names at build time
 * (`ATLAS_CONNECT_SRC="https://api.example.com https://tiles.example.com"`), e.g. its API.
 */
export function contentSecurityPolicy(extraConnect = ''): string {
  const connect = ['self', ...extraConnect.split(/\s+/).filter(Boolean)]
    .map((source) => (source === 'self' ? "'self'" : source))
    .join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect} blob:`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function cspMetaTag(): Plugin {
  return {
    name: 'channel-atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy(process.env.ATLAS_CONNECT_SRC),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * MapLibre's worker module has no exports and sets itself up when it runs, but its package marks
 * only CSS and sources as having side effects, so a bundle would drop it: keep it in the map's
 * worker (`src/features/map/outlet-source/map-worker.ts`).
 */
function keepMaplibreWorker(): Plugin {
  return {
    name: 'channel-atlas-maplibre-worker',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/maplibre-gl-worker.mjs')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && { ...resolved, moduleSideEffects: true };
    },
  };
}

export default defineConfig({
  plugins: [react(), cspMetaTag()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // React first, so that the lazily loaded charts do not carry it off with them.
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 30,
            },
            {
              name: 'maplibre',
              priority: 20,
              test: /node_modules[\\/](maplibre-gl|@maplibre|react-map-gl|@vis\.gl)/,
            },
            {
              name: 'charts',
              priority: 10,
              test: /node_modules[\\/](recharts|d3-|victory-vendor|@reduxjs|immer|reselect)/,
            },
          ],
        },
      },
    },
  },
  worker: { plugins: () => [keepMaplibreWorker()] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: { 'Content-Security-Policy': contentSecurityPolicy(process.env.ATLAS_CONNECT_SRC) },
  },
});
