import { configDefaults, defineConfig } from 'vitest/config';
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
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, 'test/unit/renderer/**'],
        },
      },
      {
        extends: true,
        // Components and stores in a DOM, talking to a fake window.api that checks the contract's schemas.
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/renderer/setup.ts'],
        },
      },
      {
        extends: true,
        // Drives the built renderer in Debian's Chromium; `npm test` builds the app before vitest runs.
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'] },
      },
    ],
  },
});
