import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from app://aims/ in Electron and from 127.0.0.1 by the e2e test host:
// relative asset paths work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // A desktop app loads from disk: one bundle is fine, so the web-oriented chunk-size warning is off.
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 5000,
  },
});
