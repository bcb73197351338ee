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
    `connect-src ${connect}`,
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

export default defineConfig({
  plugins: [react(), cspMetaTag()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        advancedChunks: {
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
  server: { host: '127.0.0.1', port: 5173 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: { 'Content-Security-Policy': contentSecurityPolicy(process.env.ATLAS_CONNECT_SRC) },
  },
});
