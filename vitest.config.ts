import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';

/** Loads migrations (*.sql) as text, as esbuild's 'text' loader does for the app bundle. */
const sqlAsText: Plugin = {
  name: 'sql-as-text',
  transform(code, id) {
    return id.endsWith('.sql') ? { code: `export default ${JSON.stringify(code)};`, map: null } : null;
  },
};

export default defineConfig({
  plugins: [sqlAsText],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.{ts,tsx}', 'test/e2e/**/*.test.ts'],
    // Builds the renderer once for the end-to-end tests, which drive it in Debian's Chromium.
    globalSetup: ['test/e2e/setup.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
});
