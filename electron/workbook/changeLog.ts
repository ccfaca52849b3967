import { AsyncLocalStorage } from 'node:async_hooks';
import type { ActionLabel, UndoState } from '../../shared/contract/workbook';
import { AppFailure } from '../../shared/result';
import { all, get, run, sql, type Db } from './sql';

export type ChangeOp = 'create' | 'update' | 'delete';

export interface ChangeEntry {
  readonly seq: number;
  readonly txn: number;
  readonly at: string;
  readonly entity: string;
  readonly key: string;
  readonly op: ChangeOp;
  readonly before: unknown;
  readonly after: unknown;
}

/**
 * How undo writes a logged record back and how it takes one away; registered per entity by table.ts.
 * Both are raw writes: undo and redo replay the log, they are not new edits.
 */
export interface UndoHandler {
  write(db: Db, record: never): void;
  remove(db: Db, record: never): void;
}

const handlers = new Map<string, UndoHandler>();
export function registerUndo(entity: string, handler: UndoHandler): void {
  handlers.set(entity, handler);
}

/**
 * How many user actions undo can go back. Older actions are trimmed from the file, so a workbook edited for
 * months stays small; 500 is more than a workshop day produces.
 */
export const UNDO_HISTORY_LIMIT = 500;

interface OpenEdit {
  readonly txn: number;
  readonly entries: { entity: string; key: string; record: Record<string, unknown> }[];
}
// The transaction currently open on a connection; every change appended inside it shares its txn number.
const openEdits = new WeakMap<Db, OpenEdit>();

/** The keys of the records a request changed, per entity. */
export type ChangedKeys = Map<string, Set<string>>;

/** What one dispatched request changed, collected across its edits, undos and redos. */
interface Request {
  readonly channel: string;
  readonly changed: ChangedKeys;
  history?: UndoState;
}
const requests = new AsyncLocalStorage<Request>();

/**
 * Runs one request (dispatch.ts) and reports the records its committed edits logged and the undo state after
 * them: the `workbook:changed` event is read from the log, never guessed from the channel's name.
 */
export async function recordingChanges<T>(
  channel: string,
  fn: () => T | Promise<T>,
): Promise<{ value: T; changed: ChangedKeys; history: UndoState | undefined }> {
  const request: Request = { channel, changed: new Map() };
  const value = await requests.run(request, fn);
  return { value, changed: request.changed, history: request.history };
}

/** Tells the request which records a committed transaction changed. */
function announce(db: Db, entries: Iterable<{ entity: string; key: string }>): void {
  const request = requests.getStore();
  if (!request) return;
  for (const { entity, key } of entries) {
    const keys = request.changed.get(entity) ?? new Set();
    request.changed.set(entity, keys.add(key));
  }
  request.history = undoState(db);
}

/**
 * Runs `fn` as one user action: one SQLite transaction, one txn number in the change log, one labelled entry
 * on the undo stack (if it changed anything). Nested calls join it. A new action drops the redo stack.
 */
export function edit<T>(db: Db, fn: () => T): T {
  if (openEdits.has(db)) return fn();
  const open: OpenEdit = { txn: nextTxn(db), entries: [] };
  const value = db.transaction(() => {
    openEdits.set(db, open);
    try {
      const result = fn();
      if (open.entries.length > 0) pushAction(db, open);
      return result;
    } finally {
      openEdits.delete(db);
    }
  })();
  if (open.entries.length > 0) announce(db, open.entries);
  return value;
}

const nextTxn = (db: Db): number =>
  (get<{ txn: number | null }>(db, sql`SELECT max(txn) AS txn FROM edit_actions`)?.txn ?? 0) + 1;

function pushAction(db: Db, open: OpenEdit): void {
  run(db, sql`DELETE FROM change_log WHERE txn IN (SELECT txn FROM edit_actions WHERE undone = 1)`);
  run(db, sql`DELETE FROM edit_actions WHERE undone = 1`);
  const label = JSON.stringify(labelOf(requests.getStore()?.channel ?? null, open.entries));
  run(
    db,
    sql`INSERT INTO edit_actions (txn, at, label) VALUES (${open.txn}, ${new Date().toISOString()}, ${label})`,
  );
  const oldest = get<{ txn: number }>(
    db,
    sql`SELECT txn FROM edit_actions ORDER BY txn DESC LIMIT 1 OFFSET ${UNDO_HISTORY_LIMIT}`,
  )?.txn;
  if (oldest !== undefined) {
    run(db, sql`DELETE FROM change_log WHERE txn <= ${oldest}`);
    run(db, sql`DELETE FROM edit_actions WHERE txn <= ${oldest}`);
  }
}

/** What a person calls the record: its name or title, else its reference or item id. */
function subjectOf(record: Record<string, unknown>): string {
  for (const prop of ['name', 'title', 'ref', 'itemId', 'controlId', 'clientName']) {
    const value = record[prop];
    if (typeof value === 'string' && value !== '') return value;
  }
  return '';
}

/**
 * The action's label: the channel that made it and the record it was about — the first row of the channel's
 * own aggregate (a deletion logs its cascade first).
 */
function labelOf(channel: string | null, entries: OpenEdit['entries']): ActionLabel {
  const aggregate = channel?.split(':')[0];
  const main = entries.find((e) => e.entity === aggregate);
  // An action over other records (a questionnaire sets many assessments) is named by its channel alone.
  const subject = main ? subjectOf(main.record) : '';
  return { channel, entity: (main ?? entries[0]!).entity, subject, rows: entries.length };
}

// Images keep their binary content (base64) on both sides so that undo and redo can write them back. The raw
// value is read from the holder: JSON.stringify hands the replacer a Buffer already turned into {type, data}.
function encode(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Uint8Array ? { $base64: Buffer.from(raw).toString('base64') } : value;
}
const decode = (_key: string, value: unknown): unknown =>
  value && typeof value === 'object' && '$base64' in value
    ? Buffer.from(String(value.$base64), 'base64')
    : value;

export function appendChange(
  db: Db,
  change: { entity: string; key: string; op: ChangeOp; before: object | null; after: object | null },
): void {
  const open = openEdits.get(db);
  if (open === undefined) throw new Error('changes must be made inside edit()');
  const before = change.before === null ? null : JSON.stringify(change.before, encode);
  const after = change.after === null ? null : JSON.stringify(change.after, encode);
  run(
    db,
    sql`INSERT INTO change_log (txn, at, entity, entity_key, op, old, new) VALUES (${open.txn}, ${new Date().toISOString()}, ${change.entity}, ${change.key}, ${change.op}, ${before}, ${after})`,
  );
  open.entries.push({
    entity: change.entity,
    key: change.key,
    record: (change.after ?? change.before) as Record<string, unknown>,
  });
}

interface LogRow {
  seq: number;
  txn: number;
  at: string;
  entity: string;
  entity_key: string;
  op: ChangeOp;
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

/** The edits in effect, newest first (undone ones wait on the redo stack and are not history). */
export function listChanges(db: Db, options: { limit: number; entity?: string }): ChangeEntry[] {
  const filter = options.entity ? sql`AND entity = ${options.entity}` : sql``;
  return all<LogRow>(
    db,
    sql`SELECT * FROM change_log WHERE txn IN (SELECT txn FROM edit_actions WHERE undone = 0) ${filter}
        ORDER BY seq DESC LIMIT ${options.limit}`,
  ).map(toEntry);
}

interface ActionRow {
  txn: number;
  label: string;
}

const nextUndo = (db: Db): ActionRow | undefined =>
  get<ActionRow>(db, sql`SELECT txn, label FROM edit_actions WHERE undone = 0 ORDER BY txn DESC LIMIT 1`);
const nextRedo = (db: Db): ActionRow | undefined =>
  get<ActionRow>(db, sql`SELECT txn, label FROM edit_actions WHERE undone = 1 ORDER BY txn LIMIT 1`);

/** The actions Ctrl+Z and Ctrl+Shift+Z would take back or replay now; the Edit menu and the UI show them. */
export function undoState(db: Db): UndoState {
  const undo = nextUndo(db);
  const redo = nextRedo(db);
  return {
    undo: undo ? (JSON.parse(undo.label) as ActionLabel) : null,
    redo: redo ? (JSON.parse(redo.label) as ActionLabel) : null,
  };
}

export interface Reverted {
  readonly label: ActionLabel;
  readonly entities: string[];
}

/** Reverts or replays one whole action, row by row, in one transaction. */
function replay(db: Db, direction: 'undo' | 'redo'): Reverted {
  const { reverted, entries } = db.transaction(() => {
    const target = direction === 'undo' ? nextUndo(db) : nextRedo(db);
    if (!target) {
      throw direction === 'undo'
        ? new AppFailure('nothing-to-undo', 'there is no edit to undo')
        : new AppFailure('nothing-to-redo', 'there is no undone edit to redo');
    }
    // Undo walks the action backwards (a deletion's parent comes back before its cascaded children), redo forwards.
    const order = direction === 'undo' ? sql`DESC` : sql`ASC`;
    const entries = all<LogRow>(
      db,
      sql`SELECT * FROM change_log WHERE txn = ${target.txn} ORDER BY seq ${order}`,
    ).map(toEntry);
    for (const entry of entries) {
      const handler = handlers.get(entry.entity);
      if (!handler) throw new Error(`no undo handler for ${entry.entity}`);
      const gone = direction === 'undo' ? entry.op === 'create' : entry.op === 'delete';
      if (gone) handler.remove(db, (entry.after ?? entry.before) as never);
      else handler.write(db, (direction === 'undo' ? entry.before : entry.after) as never);
    }
    run(db, sql`UPDATE edit_actions SET undone = ${direction === 'undo'} WHERE txn = ${target.txn}`);
    const label = JSON.parse(target.label) as ActionLabel;
    return { reverted: { label, entities: [...new Set(entries.map((e) => e.entity))] }, entries };
  })();
  announce(db, entries);
  return reverted;
}

export const undoLastEdit = (db: Db): Reverted => replay(db, 'undo');
export const redoLastUndo = (db: Db): Reverted => replay(db, 'redo');
