// Prepares better-sqlite3 for Electron's ABI in out/native/electron-<abi>/, beside (never instead of) the
// Node build in node_modules that tests, CLI and bench load. `npm start` and `npm run dist` run it first;
// a build that matches the installed Electron and better-sqlite3 is reused.
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ADDON = 'better_sqlite3.node';
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** What Electron's build must match, and where it goes (electron/workbook/sqlite.ts reads the same place). */
export function electronTarget(root) {
  const electron = join(root, 'node_modules', 'electron');
  const version = readJson(join(electron, 'package.json')).version;
  const abi = readFileSync(join(electron, 'abi_version'), 'utf8').trim();
  const dir = join(root, 'out', 'native', `electron-${abi}`);
  const build = {
    electron: version,
    abi,
    platform: process.platform,
    arch: process.arch,
    betterSqlite3: readJson(join(root, 'node_modules', 'better-sqlite3', 'package.json')).version,
  };
  return { dir, file: join(dir, ADDON), build };
}

/**
 * Rebuilds the staged copy of better-sqlite3 for Electron with @electron/rebuild (a prebuilt download
 * first, else a compile against Electron's headers); both need the network once. Output goes to `logFile`.
 */
function electronRebuild({ stage, build, logFile }) {
  const cli = join(dirname(createRequire(import.meta.url).resolve('@electron/rebuild')), 'cli.js');
  const args = [
    '--module-dir',
    stage,
    '--version',
    build.electron,
    '--arch',
    build.arch,
    '--only',
    'better-sqlite3',
    '--force',
  ];
  // npm passes its config to scripts as npm_config_*; a nodedir, target or runtime there (some machines set
  // nodedir globally) would make node-gyp build against Node's headers instead of Electron's.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^npm_config_(nodedir|target|runtime|disturl|arch|dist_url)$/i.test(key),
    ),
  );
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env });
  writeFileSync(logFile, `${result.stdout ?? ''}\n${result.stderr ?? ''}\n${result.error ?? ''}`);
  if (result.status !== 0) throw new Error(`electron-rebuild exited with ${result.status ?? result.signal}`);
}

/** Makes sure Electron's build exists; returns where it is and whether it was built just now. */
export function prepareElectronSqlite({ root, rebuild = electronRebuild }) {
  const target = electronTarget(root);
  const stamp = join(target.dir, 'build.json');
  if (existsSync(target.file) && existsSync(stamp)) {
    const built = readJson(stamp);
    if (Object.entries(target.build).every(([key, value]) => built[key] === value))
      return { ...target, built: false };
  }
  // A copy of the package is rebuilt, so node_modules keeps the Node build even if this is interrupted. The
  // copy sits outside the project with a lockfile of its own: @electron/rebuild takes the nearest folder with
  // a lockfile as the project and rebuilds every better-sqlite3 below it, the project's own included.
  const stage = mkdtempSync(join(tmpdir(), 'aims-electron-sqlite-'));
  try {
    const module = join(stage, 'node_modules', 'better-sqlite3');
    const logFile = join(root, 'out', 'native', 'rebuild.log');
    mkdirSync(dirname(module), { recursive: true });
    mkdirSync(dirname(logFile), { recursive: true });
    const source = join(root, 'node_modules', 'better-sqlite3');
    cpSync(source, module, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });
    const dependencies = { 'better-sqlite3': target.build.betterSqlite3 };
    writeFileSync(
      join(stage, 'package.json'),
      JSON.stringify({ name: 'electron-sqlite-stage', private: true, dependencies }),
    );
    writeFileSync(
      join(stage, 'package-lock.json'),
      JSON.stringify({ name: 'electron-sqlite-stage', lockfileVersion: 3, packages: {} }),
    );
    rebuild({ stage, build: target.build, logFile });
    const output = join(module, 'build', 'Release', ADDON);
    if (!existsSync(output)) throw new Error(`the rebuild left no ${ADDON}`);
    // The addon names the ABI it was built for in its entry point (NODE_MODULE_INIT); a build for any other
    // would only fail later, inside Electron.
    if (!readFileSync(output).includes(`node_register_module_v${target.build.abi}`))
      throw new Error(`the rebuilt ${ADDON} is not for ABI ${target.build.abi}`);
    mkdirSync(target.dir, { recursive: true });
    cpSync(output, `${target.file}.tmp`);
    renameSync(`${target.file}.tmp`, target.file);
    writeFileSync(stamp, JSON.stringify(target.build, null, 2));
    return { ...target, built: true };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** For `npm start` and `npm run dist`: prepares the build or says in one line why it cannot; true when ready. */
export function prepareOrExplain(root, rebuild = electronRebuild) {
  let target;
  try {
    target = electronTarget(root);
  } catch {
    console.error('Electron is not installed in node_modules: run "npm install" first.');
    return false;
  }
  const { electron, abi } = target.build;
  try {
    if (prepareElectronSqlite({ root, rebuild }).built)
      console.log(`SQLite prepared for Electron ${electron} (ABI ${abi}) in out/native/.`);
    return true;
  } catch (error) {
    appendFileSync(join(root, 'out', 'native', 'rebuild.log'), `\n${error?.stack ?? error}\n`);
    console.error(
      `Cannot prepare SQLite for Electron ${electron} (ABI ${abi}): it is downloaded or compiled once, which needs a network connection — connect and run the command again (details: out/native/rebuild.log).`,
    );
    return false;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!prepareOrExplain(resolve(dirname(fileURLToPath(import.meta.url)), '..'))) process.exit(1);
}
