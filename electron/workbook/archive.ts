import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { AppFailure } from '../../shared/result';
import { createDatabase } from './connection';
import { APPLICATION_ID } from './header';
import { SCHEMA_VERSION } from './migrations';
import { readMeta } from './repos/engagement.repo';
import { all, ident, join, run, sql, type Db } from './sql';

/*
 * The full archive: every table of a workbook as JSON, attachments in base64, with the schema and
 * catalogue versions it was written at. An archive restores into a new workbook, also after the app (and
 * its schema) moved on: the rows go in at the archive's schema version and the migrations run after.
 */

export const ARCHIVE_FORMAT = 'aims-workbench-archive';
/** Generous: attachments may be up to 20 MB each, and base64 adds a third. */
export const ARCHIVE_MAX_BYTES = 256 * 1024 * 1024;

const NAME = /^[a-z_][a-z0-9_]*$/;
const Base64 = z.strictObject({ $base64: z.string() });
const ValueSchema = z.union([z.string(), z.number(), z.null(), Base64]);
const ArchiveSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  applicationId: z.literal(APPLICATION_ID),
  appVersion: z.string(),
  schemaVersion: z.number().int().min(1),
  catalogVersion: z.string(),
  exportedAt: z.string(),
  tables: z.record(z.string().regex(NAME), z.array(z.record(z.string().regex(NAME), ValueSchema))),
});
export type Archive = z.infer<typeof ArchiveSchema>;
type Value = z.infer<typeof ValueSchema>;

/** Our tables in the order they were created, which is also an order parents come before children. */
const tableNames = (db: Db): string[] =>
  all<{ name: string }>(
    db,
    sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid`,
  ).map((table) => table.name);

const encode = (value: unknown): Value =>
  value instanceof Uint8Array ? { $base64: Buffer.from(value).toString('base64') } : (value as Value);
const decode = (value: Value): string | number | null | Buffer =>
  value !== null && typeof value === 'object' ? Buffer.from(value.$base64, 'base64') : value;

export function archiveOf(db: Db, appVersion: string, now = new Date()): Archive {
  const tables: Archive['tables'] = {};
  for (const name of tableNames(db)) {
    tables[name] = all<Record<string, unknown>>(db, sql`SELECT * FROM ${ident(name)} ORDER BY rowid`).map(
      (row) => Object.fromEntries(Object.entries(row).map(([column, value]) => [column, encode(value)])),
    );
  }
  return {
    format: ARCHIVE_FORMAT,
    applicationId: APPLICATION_ID,
    appVersion,
    schemaVersion: Number(db.pragma('user_version', { simple: true })),
    catalogVersion: readMeta(db).catalogVersion ?? '',
    exportedAt: now.toISOString(),
    tables,
  };
}

export function writeArchive(db: Db, path: string, appVersion: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, JSON.stringify(archiveOf(db, appVersion)));
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new AppFailure('io', `the archive cannot be written: ${(error as Error).message}`);
  }
}

/** Reads and checks an archive file; one from a newer schema is refused before its content is trusted. */
export function readArchive(path: string): Archive {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppFailure('not-found', 'the file does not exist or cannot be read');
  }
  if (size > ARCHIVE_MAX_BYTES)
    throw new AppFailure(
      'file-too-large',
      `the archive is larger than ${ARCHIVE_MAX_BYTES / 1024 / 1024} MB`,
    );
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new AppFailure('invalid-input', 'the file is not a JSON archive');
  }
  const header = z
    .object({ format: z.literal(ARCHIVE_FORMAT), schemaVersion: z.number().int() })
    .safeParse(json);
  if (!header.success) throw new AppFailure('invalid-input', 'the file is not an archive of AIMS Workbench');
  if (header.data.schemaVersion > SCHEMA_VERSION) {
    throw new AppFailure('workbook-too-new', 'the archive was written by a newer version of AIMS Workbench');
  }
  const parsed = ArchiveSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure(
      'invalid-input',
      `the archive is damaged at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}

/** Inserts every row, checking tables and columns against the schema; references are checked once at the end. */
function fill(db: Db, archive: Archive): void {
  const names = tableNames(db);
  const unexpected = [
    ...names.filter((name) => !Object.hasOwn(archive.tables, name)).map((name) => `missing table ${name}`),
    ...Object.keys(archive.tables)
      .filter((name) => !names.includes(name))
      .map((name) => `unknown table ${name}`),
  ];
  if (unexpected.length > 0)
    throw new AppFailure('invalid-input', `the archive does not match its schema: ${unexpected.join(', ')}`);
  db.pragma('defer_foreign_keys = ON');
  for (const name of names) {
    const columns = (db.pragma(`table_info(${name})`) as { name: string }[]).map((column) => column.name);
    for (const [i, row] of archive.tables[name]!.entries()) {
      const keys = Object.keys(row);
      if (keys.length !== columns.length || !columns.every((column) => Object.hasOwn(row, column))) {
        throw new AppFailure(
          'invalid-input',
          `the archive's ${name} row ${i + 1} does not have the table's columns`,
        );
      }
      const values = join(columns.map((column) => sql`${decode(row[column]!)}`));
      try {
        run(db, sql`INSERT INTO ${ident(name)} (${join(columns.map(ident))}) VALUES (${values})`);
      } catch (error) {
        throw new AppFailure(
          'invalid-input',
          `the archive's ${name} row ${i + 1} cannot be stored: ${(error as Error).message}`,
        );
      }
    }
  }
  if ((db.pragma('foreign_key_check') as unknown[]).length > 0) {
    throw new AppFailure('invalid-input', 'the archive has rows that refer to missing rows');
  }
}

/** Restores an archive into a new workbook at `path`; an existing file there is never replaced. */
export function restoreArchive(archive: Archive, path: string): void {
  if (existsSync(path))
    throw new AppFailure('invalid-input', 'the file exists already; restoring never replaces a workbook');
  createDatabase(path, (db) => fill(db, archive), { seedAtVersion: archive.schemaVersion, replace: false });
}
