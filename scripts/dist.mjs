// Packages the app: better-sqlite3 is rebuilt for Electron's ABI for packing, then restored to the
// Node build that `npm test` and the CLI use — also when packing fails.
import { execSync } from 'node:child_process';

const run = (command) => execSync(command, { stdio: 'inherit' });
run('node scripts/build.mjs');
try {
  run('npx electron-rebuild -f -w better-sqlite3');
  run('npx electron-builder --config electron-builder.yml');
} finally {
  run('npm rebuild better-sqlite3');
}
