/**
 * The dashboard's build: static assets under /dashboard/, served by the ledger itself (no CDN).
 * JSX is compiled by Vite's own transformer (tsconfig: react-jsx), so no framework plugin is needed.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/dashboard/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // One script file and one style sheet: no inline script, so a strict script-src 'self' holds.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 800,
  },
});
