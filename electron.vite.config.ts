import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// electron-vite only discovers entries under src/, so every entry is named here (TOOLCHAIN.md).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The heavy-work thread is its own entry, emitted beside main.js as heavy-worker.js
      // (src-main/workers/heavy-pool.ts starts it from there).
      lib: {
        entry: {
          main: 'src-main/electron/main.ts',
          'heavy-worker': 'src-main/workers/heavy-worker.ts',
        },
      },
      rollupOptions: { external: ['better-sqlite3'] },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload runs as a classic script: CommonJS, everything bundled, no ESM.
      lib: { entry: 'src-main/electron/preload.ts', formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: 'preload.cjs' } },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: 'src-renderer/index.html' },
    },
  },
});
