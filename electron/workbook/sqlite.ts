import Database from 'better-sqlite3';
import { join } from 'node:path';

/**
 * The one place that opens SQLite. better-sqlite3 is a native addon, built for one ABI: Node (tests, CLI,
 * bench) loads the build in node_modules, Electron's main process another build made for its ABI
 * (scripts/native.mjs). Main names that file once at start-up; every database is then opened with it.
 */
let nativeBinding: string | undefined;

export type NativeProblem = 'missing' | 'wrong-abi' | 'unloadable';

/** Why the addon at `file` did not load, read from the loader's error. */
export function nativeProblem(error: unknown): NativeProblem {
  const { code, message = '' } = error as { code?: string; message?: string };
  if (code === 'MODULE_NOT_FOUND' || code === 'ENOENT' || /cannot find module/i.test(message)) return 'missing';
  if (/NODE_MODULE_VERSION|compiled against a different/i.test(message)) return 'wrong-abi';
  return 'unloadable';
}

export class NativeModuleError extends Error {
  constructor(
    readonly problem: NativeProblem,
    readonly file: string,
    cause: unknown,
  ) {
    super(`the SQLite module could not be loaded (${problem})`, { cause });
    this.name = 'NativeModuleError';
  }
}

/** Uses the addon at `file` for every database opened from now on, after proving that it loads. */
export function useNativeBinding(file: string): void {
  try {
    new Database(':memory:', { nativeBinding: file }).close();
  } catch (error) {
    throw new NativeModuleError(nativeProblem(error), file, error);
  }
  nativeBinding = file;
}

export const openSqlite = (path: string, options: Database.Options = {}): Database.Database =>
  new Database(path, { ...options, nativeBinding });

/**
 * Where scripts/native.mjs puts Electron's build inside the app (`out/native/electron-<abi>/`). In a
 * packaged app it sits unpacked beside app.asar, because a native module cannot load from the archive.
 */
export function electronBindingPath(appPath: string, abi: string): string {
  const root = appPath.replace(/app\.asar$/, 'app.asar.unpacked');
  return join(root, 'out', 'native', `electron-${abi}`, 'better_sqlite3.node');
}
