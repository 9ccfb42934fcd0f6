import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { visualizer } from 'rollup-plugin-visualizer';
import { type PluginOption, defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { catalogueChunkName, compiledCatalogues } from './catalogues.plugin.ts';

const api = process.env.THINLINE_API ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [
    react(),
    compiledCatalogues(fileURLToPath(new URL('./src/i18n/catalogues', import.meta.url))),
    // Every text file also as .br and .gz, compressed once at build time at the highest
    // levels; the API (and nginx) send the smaller one the browser accepts. Small files too:
    // the phone's first load is a dozen chunks under 1 KB each, and every byte counts there.
    compression({ algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })], threshold: 0, logLevel: 'silent' }),
    // BUNDLE_STATS=1 npm run build -w apps/web: what each chunk holds, in dist/bundle-stats.html.
    // (its types name rollup's Plugin, which this Vite does not install: hence the cast)
    ...(process.env.BUNDLE_STATS ? [visualizer({ filename: 'dist/bundle-stats.html', gzipSize: true, brotliSize: true, template: 'treemap' }) as PluginOption] : []),
  ],
  server: {
    port: 5173,
    proxy: {
      '/api': api,
      '/metrics': api,
      '/socket.io': { target: api, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 900,
    // Two pages: the app (every screen, with the router) and the phone's own (phone.html,
    // sent for /j and /j/CODE), so a phone downloads only what the participant needs.
    rolldownOptions: {
      input: { index: 'index.html', phone: 'phone.html' },
      // Each language's catalogue under a name the server can find (catalogue-de-phone-HASH.js):
      // the phone page preloads the one its Accept-Language asks for, so the first screen does
      // not wait for a round trip after the script ran.
      output: { chunkFileNames: (chunk) => `assets/${catalogueChunkName(chunk.facadeModuleId) ?? '[name]'}-[hash].js` },
    },
  },
});
