// Builds the app into out/: main, preload and the CLI with esbuild, the renderer with Vite.
// `node scripts/build.mjs` builds everything; `node scripts/build.mjs node` only the Node-side bundles.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  loader: { '.sql': 'text' },
  logLevel: 'warning',
};

export async function buildNode() {
  await Promise.all([
    // Main runs as CommonJS (.cjs, because package.json says "type": "module"); its npm dependencies stay in node_modules (better-sqlite3 is native).
    esbuild({
      ...common,
      entryPoints: ['electron/main.ts'],
      outfile: 'out/main/main.cjs',
      format: 'cjs',
      packages: 'external',
    }),
    // Reports are laid out in a worker thread beside main (electron/report/worker.ts).
    esbuild({
      ...common,
      entryPoints: ['electron/report/worker.ts'],
      outfile: 'out/main/reportWorker.cjs',
      format: 'cjs',
      packages: 'external',
    }),
    // The sandboxed preload can require nothing but 'electron': everything else is bundled into one file.
    esbuild({
      ...common,
      entryPoints: ['electron/preload.ts'],
      outfile: 'out/preload/preload.cjs',
      format: 'cjs',
      external: ['electron'],
    }),
    esbuild({
      ...common,
      entryPoints: ['electron/cli.ts'],
      outfile: 'out/cli/cli.mjs',
      format: 'esm',
      packages: 'external',
    }),
    esbuild({
      ...common,
      entryPoints: ['test/bench/run.ts'],
      outfile: 'out/bench/run.mjs',
      format: 'esm',
      packages: 'external',
    }),
  ]);
}

export async function buildRenderer() {
  await vite({ configFile: 'vite.config.ts', logLevel: 'warn' });
}

const only = process.argv[2];
if (only === 'node') await buildNode();
else if (only === 'renderer') await buildRenderer();
else await Promise.all([buildNode(), buildRenderer()]);
