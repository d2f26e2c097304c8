import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer build: relative paths so Electron can load it from file:// and the browser host from /. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
});
