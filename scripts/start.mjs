// `npm start`: builds the app, prepares SQLite for Electron's ABI, then runs Electron on the project.
// Anything missing is said in one line with what to do, never as a stack trace.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { prepareOrExplain } from './native.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The Electron executable the `electron` package downloaded on install, or null when it did not. */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

await buildAll();
if (!prepareOrExplain(root)) process.exit(1);
const binary = electronBinary();
if (!binary) {
  console.error(
    'Electron\'s runtime is not installed (skipped with ELECTRON_SKIP_BINARY_DOWNLOAD or no network during install): connect and run "node node_modules/electron/install.js", then "npm start".',
  );
  process.exit(1);
}
const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
