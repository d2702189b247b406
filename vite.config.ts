import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspForSingleFile, cspForSite, DEV_POLICY } from './scripts/csp.ts';
import { pageMeta } from './scripts/page-meta.ts';

// base './': the built site works from any sub-path of any static host.
// --mode single: one HTML file with code, styles, data, basemap and the import worker inside, for
// file:// use: nothing beside it.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    plugins: single ? [react(), pageMeta(), viteSingleFile(), cspForSingleFile()] : [react(), pageMeta(), cspForSite()],
    resolve: single
      ? {
          alias: [
            { find: /^\.\/embedded$/, replacement: here('./src/data/embedded-single.ts') },
            { find: /^\.\/load-worker$/, replacement: here('./src/data/load-worker.single.ts') },
            { find: /^\.\/import-worker$/, replacement: here('./src/io/import-worker.single.ts') },
            { find: /^\.\/draft-worker$/, replacement: here('./src/studio/draft-worker.single.ts') },
            { find: /^\.\/world-embedded$/, replacement: here('./src/data/world-embedded.single.ts') },
            { find: /^\.\/world-towns$/, replacement: here('./src/studio/world-towns.single.ts') },
          ],
        }
      : {},
    publicDir: single ? false : 'public',
    server: { port: 5173, strictPort: true, headers: { 'Content-Security-Policy': DEV_POLICY } },
    preview: { port: 4173, strictPort: true },
    // The first screen needs React and Leaflet (184 KB gzipped in all: `npm run size`); what a reader
    // may never use (the map check, imports, exports, the studio) loads on demand. The limit is above
    // one chunk's size for the studio's world gazetteer, loaded only by the studio.
    build: { target: 'es2022', sourcemap: false, outDir: single ? 'dist-single' : 'dist', emptyOutDir: true, chunkSizeWarningLimit: 600 },
  };
});
