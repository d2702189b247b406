import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// base './': the built site works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: false },
});
