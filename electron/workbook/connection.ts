import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { AppFailure } from '../../shared/result';
import { APPLICATION_ID, readHeader } from './header';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { Db } from './sql';
import { openSqlite } from './sqlite';

/** SQLite's result codes that mean "someone else holds the file". */
const LOCK_CODES = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_BUSY_SNAPSHOT']);
const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX']);

function translate(error: unknown): AppFailure {
  if (error instanceof AppFailure) return error;
  const code = (error as { code?: string }).code ?? '';
  if (LOCK_CODES.has(code))
    return new AppFailure('workbook-locked', 'the workbook is open in another window or program');
  if (CORRUPT_CODES.has(code) || code.startsWith('SQLITE_CORRUPT'))
    return new AppFailure('workbook-corrupt', 'the workbook is damaged');
  return new AppFailure('io', error instanceof Error ? error.message : String(error));
}

/**
 * The file is the document: a rollback journal with full sync makes every committed edit durable in the
 * .aimswb itself, so a copy taken between edits holds everything. Exclusive locking keeps a second
 * process (another app instance, a second user on a share) out for as long as we hold the file; the OS
 * drops that lock when our process dies, so a crash never leaves a stale lock behind.
 */
function configure(db: Db): void {
  db.pragma('busy_timeout = 0');
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('locking_mode = EXCLUSIVE');
  db.exec('BEGIN EXCLUSIVE; COMMIT;');
}

const checkIntegrity = (db: Db): void => {
  if (db.pragma('quick_check', { simple: true }) !== 'ok')
    throw new AppFailure('workbook-corrupt', 'the workbook failed its integrity check');
};

/**
 * Checks the file read-only before the real open, so a damaged, too-new or locked file is refused
 * untouched. One exception: a workbook whose last edit was cut off (crash, power loss) carries a hot
 * journal that only a writable connection can roll back; that is recovery, not damage, so it is left to
 * the real open, which rolls back and checks integrity then.
 */
function inspect(path: string): { version: number; recover: boolean } {
  const { userVersion } = readHeader(path);
  if (userVersion > SCHEMA_VERSION)
    throw new AppFailure('workbook-too-new', 'the workbook was written by a newer version of AIMS Workbench');
  let probe: Db | undefined;
  try {
    probe = openSqlite(path, { readonly: true, fileMustExist: true });
    probe.pragma('busy_timeout = 0');
    checkIntegrity(probe);
    return { version: userVersion, recover: false };
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_READONLY_ROLLBACK')
      return { version: userVersion, recover: true };
    throw translate(error);
  } finally {
    probe?.close();
  }
}

/** `<name>.backup-v<N>.aimswb` beside the workbook; a number is added if that name is taken. */
export function backupPath(path: string, version: number): string {
  const stem = join(dirname(path), basename(path, extname(path)));
  let candidate = `${stem}.backup-v${version}.aimswb`;
  for (let i = 2; existsSync(candidate); i++) candidate = `${stem}.backup-v${version}-${i}.aimswb`;
  return candidate;
}

/** A consistent copy of an open database, written with VACUUM INTO (never a raw copy of a live file). */
export function copyDatabase(db: Db, target: string): void {
  const temp = `${target}.${process.pid}.tmp`;
  rmSync(temp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw translate(error);
  }
}

function migrate(db: Db, from: number, to = SCHEMA_VERSION): void {
  try {
    db.transaction(() => {
      for (let version = from; version < to; version++) {
        db.exec(MIGRATIONS[version]!.sql);
        db.pragma(`user_version = ${version + 1}`);
      }
      const problems = db.pragma('foreign_key_check') as unknown[];
      if (problems.length > 0) throw new Error('foreign key check failed after migration');
    })();
  } catch (error) {
    throw new AppFailure('migration-failed', error instanceof Error ? error.message : String(error));
  }
}

export interface OpenedDb {
  readonly db: Db;
  /** Where the pre-migration copy went, when this open migrated the workbook. */
  readonly backup: string | null;
}

export function openDatabase(path: string): OpenedDb {
  const { version, recover } = inspect(path);
  let db: Db | undefined;
  try {
    db = openSqlite(path, { fileMustExist: true });
    configure(db);
    if (recover) checkIntegrity(db);
    let backup: string | null = null;
    if (version < SCHEMA_VERSION) {
      backup = backupPath(path, version);
      copyDatabase(db, backup);
      migrate(db, version);
    }
    return { db, backup };
  } catch (error) {
    db?.close();
    throw translate(error);
  }
}

export interface CreateOptions {
  /** The schema version the seed writes; later migrations run after it (restoring an older archive). */
  readonly seedAtVersion?: number;
  /** False refuses to put the new workbook in place of an existing file. */
  readonly replace?: boolean;
}

/**
 * Creates a new, empty workbook at `path`: written under a temporary name and renamed into place, so
 * a failure never leaves half a workbook and an existing file is replaced only by a complete one.
 */
export function createDatabase(path: string, seed: (db: Db) => void, options: CreateOptions = {}): void {
  const { seedAtVersion = SCHEMA_VERSION, replace = true } = options;
  const temp = `${path}.${process.pid}.creating`;
  rmSync(temp, { force: true });
  const db = openSqlite(temp);
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 0, seedAtVersion);
    db.transaction(() => seed(db))();
    if (seedAtVersion < SCHEMA_VERSION) migrate(db, seedAtVersion);
    db.close();
    // A plain check, not an atomic one: hard links (the atomic way) do not exist on FAT USB sticks.
    if (!replace && existsSync(path)) throw new AppFailure('invalid-input', 'the file exists already');
    renameSync(temp, path);
  } catch (error) {
    if (db.open) db.close();
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
    throw translate(error);
  }
}

/**
 * Closes the connection without leaving a side file: in exclusive mode SQLite keeps an emptied journal
 * around; back in normal mode the next read releases the lock and deletes it (SQLite itself, race-free).
 */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  db.pragma('locking_mode = NORMAL');
  db.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
  db.close();
}
