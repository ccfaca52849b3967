// Builds the app into out/: main, preload and the CLI with esbuild, the renderer with Vite.
// `node scripts/build.mjs` builds everything; `node scripts/build.mjs node` only the Node-side bundles.
import { build as esbuild } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as vite } from 'vite';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  loader: { '.sql': 'text' },
  logLevel: 'warning',
};

/**
 * The contract's channel and event names, read from shared/contract.ts itself, for the preload: it needs
 * only the names (main validates every payload), so the schemas and zod stay out of every window start.
 */
async function contractNames() {
  const { outputFiles } = await esbuild({
    ...common,
    sourcemap: false,
    entryPoints: ['shared/contract.ts'],
    format: 'esm',
    write: false,
  });
  const code = Buffer.from(outputFiles[0].contents).toString('base64');
  const { CHANNELS, EVENTS } = await import(`data:text/javascript;base64,${code}`);
  return { channels: CHANNELS, events: EVENTS };
}

export async function buildNode() {
  const names = await contractNames();
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
      define: { CONTRACT_NAMES: JSON.stringify(names) },
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

export const buildAll = () => Promise.all([buildNode(), buildRenderer()]);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const only = process.argv[2];
  if (only === 'node') await buildNode();
  else if (only === 'renderer') await buildRenderer();
  else await buildAll();
}
