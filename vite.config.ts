import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspForSingleFile, cspForSite } from './scripts/csp';

// base './': the built site works from any sub-path of any static host.
// --mode single: one HTML file with code, styles, data and basemap inside, for file:// use.
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    plugins: single ? [react(), viteSingleFile(), cspForSingleFile()] : [react(), cspForSite()],
    resolve: single
      ? { alias: [{ find: /^\.\/embedded$/, replacement: fileURLToPath(new URL('./src/data/embedded-single.ts', import.meta.url)) }] }
      : {},
    publicDir: single ? false : 'public',
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
    // The first screen needs React, Leaflet and the data check together (≈160 KB gzipped); what a
    // reader may never use (imports, exports) loads on demand. Hence a limit above one chunk's size.
    build: { target: 'es2022', sourcemap: false, outDir: single ? 'dist-single' : 'dist', emptyOutDir: true, chunkSizeWarningLimit: 600 },
  };
});
