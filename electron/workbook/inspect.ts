import { AppFailure } from '../../shared/result';
import { APPLICATION_ID, readHeader } from './header';
import { SCHEMA_VERSION } from './migrations';
import { all, get, ident, sql } from './sql';
import { openSqlite } from './sqlite';

export interface WorkbookReport {
  readonly schemaVersion: number;
  readonly appSchemaVersion: number;
  readonly applicationIdOk: boolean;
  readonly catalogVersion: string | null;
  readonly engagement: { clientName: string; language: string } | null;
  readonly counts: Record<string, number>;
  readonly integrity: string;
}

/**
 * Looks into a workbook without opening it for writing: nothing is migrated, locked or changed.
 * `full` runs integrity_check instead of the quicker quick_check.
 */
export function inspectWorkbook(path: string, options: { full: boolean }): WorkbookReport {
  const header = readHeader(path);
  if (header.userVersion > SCHEMA_VERSION)
    throw new AppFailure('workbook-too-new', 'the workbook was written by a newer version of AIMS Workbench');
  const db = openSqlite(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    const integrity = String(db.pragma(options.full ? 'integrity_check' : 'quick_check', { simple: true }));
    if (integrity !== 'ok') throw new AppFailure('workbook-corrupt', `the workbook is damaged (${integrity})`);
    const tables = all<{ name: string }>(
      db,
      sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    ).map((t) => t.name);
    const counts = Object.fromEntries(
      tables.map((name) => [name, get<{ n: number }>(db, sql`SELECT count(*) AS n FROM ${ident(name)}`)?.n ?? 0]),
    );
    const meta = tables.includes('meta')
      ? get<{ value: string }>(db, sql`SELECT value FROM meta WHERE key = 'catalogVersion'`)
      : undefined;
    const engagement = tables.includes('engagement')
      ? (get<{ clientName: string; language: string }>(
          db,
          sql`SELECT client_name AS clientName, language FROM engagement WHERE id = 1`,
        ) ?? null)
      : null;
    return {
      schemaVersion: header.userVersion,
      appSchemaVersion: SCHEMA_VERSION,
      applicationIdOk: db.pragma('application_id', { simple: true }) === APPLICATION_ID,
      catalogVersion: meta?.value ?? null,
      engagement,
      counts,
      integrity,
    };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
      throw new AppFailure('workbook-locked', 'the workbook is open in another window or program');
    if (error instanceof AppFailure) throw error;
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
      throw new AppFailure('workbook-corrupt', 'the workbook is damaged');
    throw error;
  } finally {
    db.close();
  }
}
