// Packs the built app (out/) into installers with electron-builder: `npm run dist` builds first, then runs
// this. SQLite's Electron build comes from out/native/ (prepared here if missing), so node_modules keeps the
// Node build throughout. Arguments go to electron-builder (`npm run dist -- --dir`).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareOrExplain } from './native.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!prepareOrExplain(root)) process.exit(1);
const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
const result = spawnSync(process.execPath, [cli, '--config', 'electron-builder.yml', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
