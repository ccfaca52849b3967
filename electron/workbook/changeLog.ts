import { AppFailure } from '../../shared/result';
import { all, get, run, sql, type Db } from './sql';

export type ChangeOp = 'create' | 'update' | 'delete';

export interface ChangeEntry {
  readonly seq: number;
  readonly txn: number;
  readonly at: string;
  readonly entity: string;
  readonly key: string;
  readonly op: ChangeOp | 'undo';
  readonly before: unknown;
  readonly after: unknown;
}

/** Restores one logged change; registered per entity by its repository module. */
export interface UndoHandler {
  restore(db: Db, record: never): void;
  remove(db: Db, record: never): void;
}

const handlers = new Map<string, UndoHandler>();
export function registerUndo(entity: string, handler: UndoHandler): void {
  handlers.set(entity, handler);
}

// The transaction currently open on a connection; every change appended inside it shares its txn number.
const currentTxn = new WeakMap<Db, number>();

/** Runs `fn` as one edit: one SQLite transaction, one txn number in the change log. Nested calls join it. */
export function edit<T>(db: Db, fn: () => T): T {
  if (currentTxn.has(db)) return fn();
  return db.transaction(() => {
    const last = get<{ txn: number | null }>(db, sql`SELECT max(txn) AS txn FROM change_log`)?.txn ?? 0;
    currentTxn.set(db, last + 1);
    try {
      return fn();
    } finally {
      currentTxn.delete(db);
    }
  })();
}

// Old images keep their binary content (base64) so a delete can be undone; new images only note size and hash.
const encodeOld = (_key: string, value: unknown): unknown =>
  value instanceof Uint8Array ? { $base64: Buffer.from(value).toString('base64') } : value;
const encodeNew = (_key: string, value: unknown): unknown =>
  value instanceof Uint8Array ? { $bytes: value.byteLength } : value;
const decode = (_key: string, value: unknown): unknown =>
  value && typeof value === 'object' && '$base64' in value ? Buffer.from(String(value.$base64), 'base64') : value;

export function appendChange(
  db: Db,
  change: { entity: string; key: string; op: ChangeOp; before: unknown; after: unknown },
): void {
  const txn = currentTxn.get(db);
  if (txn === undefined) throw new Error('changes must be made inside edit()');
  const before = change.before === null ? null : JSON.stringify(change.before, encodeOld);
  const after = change.after === null ? null : JSON.stringify(change.after, encodeNew);
  run(
    db,
    sql`INSERT INTO change_log (txn, at, entity, entity_key, op, old, new) VALUES (${txn}, ${new Date().toISOString()}, ${change.entity}, ${change.key}, ${change.op}, ${before}, ${after})`,
  );
}

interface LogRow {
  seq: number;
  txn: number;
  at: string;
  entity: string;
  entity_key: string;
  op: ChangeOp | 'undo';
  old: string | null;
  new: string | null;
}

const toEntry = (row: LogRow): ChangeEntry => ({
  seq: row.seq,
  txn: row.txn,
  at: row.at,
  entity: row.entity,
  key: row.entity_key,
  op: row.op,
  before: row.old === null ? null : JSON.parse(row.old, decode),
  after: row.new === null ? null : JSON.parse(row.new, decode),
});

export function listChanges(db: Db, options: { limit: number; entity?: string }): ChangeEntry[] {
  const filter = options.entity ? sql`WHERE entity = ${options.entity}` : sql``;
  return all<LogRow>(db, sql`SELECT * FROM change_log ${filter} ORDER BY seq DESC LIMIT ${options.limit}`).map(toEntry);
}

/** The newest edit that is neither an undo nor undone already: Ctrl+Z works back through edits as a stack. */
function lastUndoableTxn(db: Db): number | null {
  return (
    get<{ txn: number | null }>(
      db,
      sql`SELECT max(txn) AS txn FROM change_log WHERE op <> 'undo'
          AND txn NOT IN (SELECT undoes_txn FROM change_log WHERE undoes_txn IS NOT NULL)`,
    )?.txn ?? null
  );
}

/** Reverts the last edit; returns the entities it touched. The revert itself is logged as an 'undo' entry. */
export function undoLastEdit(db: Db): { entities: string[] } {
  return edit(db, () => {
    const target = lastUndoableTxn(db);
    if (target === null) throw new AppFailure('nothing-to-undo', 'there is no edit to undo');
    const entries = all<LogRow>(db, sql`SELECT * FROM change_log WHERE txn = ${target} ORDER BY seq DESC`).map(toEntry);
    for (const entry of entries) {
      const handler = handlers.get(entry.entity);
      if (!handler) throw new Error(`no undo handler for ${entry.entity}`);
      if (entry.op === 'create') handler.remove(db, entry.after as never);
      else handler.restore(db, entry.before as never);
    }
    const txn = currentTxn.get(db);
    run(
      db,
      sql`INSERT INTO change_log (txn, at, entity, entity_key, op, undoes_txn) VALUES (${txn ?? 0}, ${new Date().toISOString()}, 'workbook', '', 'undo', ${target})`,
    );
    return { entities: [...new Set(entries.map((e) => e.entity))] };
  });
}
