import { AppFailure } from '../../shared/result';
import { all, get, ident, join, run, sql, type Db, type Sql } from './sql';
import type { ListChange } from '../../shared/listChange';
import { appendChange, registerUndo, type ChangeOp } from './changeLog';

/** How a record property is stored: SQLite has no booleans or arrays, so those are mapped here once. */
export type ColumnKind = 'text' | 'int' | 'real' | 'bool' | 'json' | 'blob';

/**
 * One table of one aggregate. Property names are camelCase, columns snake_case; the key is one or more
 * properties. `updatedAt` is stamped on every write when the table has it.
 */
export interface TableSpec<R extends object> {
  readonly table: string;
  readonly entity: string;
  readonly key: readonly (keyof R & string)[];
  readonly columns: { readonly [P in keyof R & string]: ColumnKind };
  readonly orderBy?: string;
}

const snake = (prop: string): string => prop.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const now = (): string => new Date().toISOString();

type Stored = string | number | Uint8Array | null;

function toColumn(kind: ColumnKind, value: unknown): Stored {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'bool':
      return value ? 1 : 0;
    case 'json':
      return JSON.stringify(value);
    case 'int':
    case 'real':
      return value as number;
    case 'text':
      return value as string;
    case 'blob':
      return value as Uint8Array;
  }
}

function fromColumn(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'bool':
      return value === 1;
    case 'json':
      return JSON.parse(value as string);
    default:
      return value;
  }
}

// Each table's property ↔ column pairs, worked out once: lists of thousands of rows map every row through them.
const columnMaps = new WeakMap<object, readonly (readonly [string, string, ColumnKind])[]>();
function columnMap(spec: { readonly columns: object }): readonly (readonly [string, string, ColumnKind])[] {
  let map = columnMaps.get(spec);
  if (!map) {
    map = (Object.entries(spec.columns) as [string, ColumnKind][]).map(
      ([prop, kind]) => [prop, snake(prop), kind] as const,
    );
    columnMaps.set(spec, map);
  }
  return map;
}

export function rowToRecord<R extends object>(spec: TableSpec<R>, row: Record<string, unknown>): R {
  const record: Record<string, unknown> = {};
  for (const [prop, column, kind] of columnMap(spec)) record[prop] = fromColumn(kind, row[column]);
  return record as R;
}

export const keyOf = <R extends object>(spec: TableSpec<R>, record: Partial<R>): string =>
  spec.key.map((k) => String(record[k])).join('|');

function whereKey<R extends object>(spec: TableSpec<R>, key: Partial<R>): Sql {
  return join(
    spec.key.map((k) => sql`${ident(snake(k))} = ${toColumn(spec.columns[k], key[k])}`),
    ' AND ',
  );
}

const orderOf = (spec: { orderBy?: string; key: readonly string[] }): Sql =>
  sql`${ident(snake(spec.orderBy ?? spec.key[0] ?? 'rowid'))}, rowid`;

export function listRecords<R extends object>(db: Db, spec: TableSpec<R>, where?: Sql): R[] {
  const filter = where ? sql` WHERE ${where}` : sql``;
  return all<Record<string, unknown>>(
    db,
    sql`SELECT * FROM ${ident(spec.table)}${filter} ORDER BY ${orderOf(spec)}`,
  ).map((row) => rowToRecord(spec, row));
}

/**
 * How `listRecords(db, spec)` changed for the records under `keys`, without reading every row: the keys in list
 * order (from the key columns alone) and the current records of those keys that still exist.
 */
export function listChangeOf<R extends object>(
  db: Db,
  spec: TableSpec<R>,
  keys: ReadonlySet<string>,
): ListChange {
  const columns = join(spec.key.map((k) => ident(snake(k))));
  const order = all<Record<string, unknown>>(
    db,
    sql`SELECT ${columns} FROM ${ident(spec.table)} ORDER BY ${orderOf(spec)}`,
  ).map((row) => spec.key.map((k) => String(fromColumn(spec.columns[k], row[snake(k)]))).join('|'));
  const present = new Set(order);
  const rows = [...keys]
    .filter((key) => present.has(key))
    .map((key) => {
      const values = key.split('|');
      return getRecord(db, spec, Object.fromEntries(spec.key.map((k, i) => [k, values[i]])) as Partial<R>);
    });
  return { key: [...spec.key], order, rows };
}

export function findRecord<R extends object>(
  db: Db,
  spec: TableSpec<R>,
  key: NoInfer<Partial<R>>,
): R | undefined {
  const row = get<Record<string, unknown>>(
    db,
    sql`SELECT * FROM ${ident(spec.table)} WHERE ${whereKey(spec, key)}`,
  );
  return row ? rowToRecord(spec, row) : undefined;
}

export function getRecord<R extends object>(db: Db, spec: TableSpec<R>, key: NoInfer<Partial<R>>): R {
  const record = findRecord(db, spec, key);
  if (!record) throw new AppFailure('not-found', `${spec.entity} ${keyOf(spec, key)} does not exist`);
  return record;
}

function stamp<R extends object>(
  spec: TableSpec<R>,
  record: Record<string, unknown>,
): Record<string, unknown> {
  return 'updatedAt' in spec.columns ? { ...record, updatedAt: now() } : record;
}

/**
 * Writes a full record as it is, without logging: for the change log's own undo and for seeding.
 * An upsert, not INSERT OR REPLACE: replacing would delete the row first and cascade to its children.
 */
export function writeRecord<R extends object>(db: Db, spec: TableSpec<R>, record: NoInfer<R>): void {
  const props = Object.keys(spec.columns) as (keyof R & string)[];
  const columns = props.map((p) => ident(snake(p)));
  const values = join(props.map((p) => sql`${toColumn(spec.columns[p], record[p])}`));
  const keys = join(spec.key.map((k) => ident(snake(k))));
  const rest = props.filter((p) => !spec.key.includes(p));
  const conflict = rest.length
    ? sql`DO UPDATE SET ${join(rest.map((p) => sql`${ident(snake(p))} = excluded.${ident(snake(p))}`))}`
    : sql`DO NOTHING`;
  run(
    db,
    sql`INSERT INTO ${ident(spec.table)} (${join(columns)}) VALUES (${values}) ON CONFLICT (${keys}) ${conflict}`,
  );
}

export function removeRecord<R extends object>(db: Db, spec: TableSpec<R>, key: NoInfer<Partial<R>>): void {
  run(db, sql`DELETE FROM ${ident(spec.table)} WHERE ${whereKey(spec, key)}`);
}

function log<R extends object>(
  db: Db,
  spec: TableSpec<R>,
  op: ChangeOp,
  before: R | null,
  after: R | null,
): void {
  appendChange(db, { entity: spec.entity, key: keyOf(spec, (after ?? before) as R), op, before, after });
}

export function insertRecord<R extends object>(db: Db, spec: TableSpec<R>, record: NoInfer<R>): R {
  const stamped = stamp(spec, record as Record<string, unknown>) as R;
  if (findRecord(db, spec, stamped))
    throw new AppFailure('invalid-input', `${spec.entity} ${keyOf(spec, stamped)} exists`);
  writeRecord(db, spec, stamped);
  log(db, spec, 'create', null, stamped);
  return stamped;
}

/** Applies a patch; returns the saved record. A patch that changes nothing writes and logs nothing. */
export function updateRecord<R extends object>(
  db: Db,
  spec: TableSpec<R>,
  key: NoInfer<Partial<R>>,
  patch: NoInfer<Partial<R>>,
): R {
  const before = getRecord(db, spec, key);
  const changed = Object.entries(patch).some(
    ([prop, value]) =>
      value !== undefined && JSON.stringify(value) !== JSON.stringify(before[prop as keyof R]),
  );
  if (!changed) return before;
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const after = stamp(spec, { ...before, ...defined, ...key }) as R;
  writeRecord(db, spec, after);
  log(db, spec, 'update', before, after);
  return after;
}

/** A foreign key that points at a table and what SQLite would do to the pointing rows on delete. */
interface Reference {
  readonly table: string;
  readonly column: string;
  readonly parentColumn: string;
  readonly onDelete: 'CASCADE' | 'SET NULL';
}

// The schema is fixed once a workbook is open (migrations run before the first edit), so it is read once.
const referenceCache = new WeakMap<Db, Map<string, Reference[]>>();
function referencesTo(db: Db, table: string): Reference[] {
  let byParent = referenceCache.get(db);
  if (!byParent) {
    byParent = new Map();
    const tables = all<{ name: string }>(db, sql`SELECT name FROM sqlite_schema WHERE type = 'table'`);
    for (const { name } of tables) {
      const keys = db.pragma(`foreign_key_list(${JSON.stringify(name)})`) as {
        table: string;
        from: string;
        to: string;
        on_delete: string;
      }[];
      for (const fk of keys) {
        if (fk.on_delete !== 'CASCADE' && fk.on_delete !== 'SET NULL') continue;
        const list = byParent.get(fk.table) ?? [];
        list.push({ table: name, column: fk.from, parentColumn: fk.to, onDelete: fk.on_delete });
        byParent.set(fk.table, list);
      }
    }
    referenceCache.set(db, byParent);
  }
  return byParent.get(table) ?? [];
}

type AnyRecord = Record<string, unknown>;
const specsByTable = new Map<string, TableSpec<AnyRecord>>();
/** The entity whose rows a table holds, as the change log and the change event name it. */
export const entityOfTable = (table: string): string | undefined => specsByTable.get(table)?.entity;
/** The properties that key an entity's records; the change log's key is their values joined by '|' (keyOf). */
export const keyPropsOf = (entity: string): readonly string[] | undefined =>
  [...specsByTable.values()].find((spec) => spec.entity === entity)?.key;

const propOf = (spec: { table: string; columns: object }, column: string): string => {
  const prop = Object.keys(spec.columns).find((p) => snake(p) === column);
  if (!prop) throw new Error(`${spec.table} has no column ${column}`);
  return prop;
};

/**
 * Does what the schema's ON DELETE CASCADE / SET NULL would do to the rows pointing at `record`, as logged
 * edits of the same action, so that undo brings them back and the change event names them.
 */
function cascade<R extends object>(db: Db, spec: TableSpec<R>, record: R): void {
  for (const ref of referencesTo(db, spec.table)) {
    const child = specsByTable.get(ref.table);
    if (!child) throw new Error(`${ref.table} points at ${spec.table} but has no table spec`);
    const parentValue = (record as AnyRecord)[propOf(spec, ref.parentColumn)];
    const prop = propOf(child, ref.column);
    const where = sql`${ident(ref.column)} = ${toColumn(child.columns[prop]!, parentValue)}`;
    for (const row of listRecords(db, child, where)) {
      if (ref.onDelete === 'CASCADE') deleteRecord(db, child, row);
      else updateRecord(db, child, row, { [prop]: null });
    }
  }
}

/** Deletes a record and, first, what points at it (see cascade). */
export function deleteRecord<R extends object>(db: Db, spec: TableSpec<R>, key: NoInfer<Partial<R>>): R {
  const before = getRecord(db, spec, key);
  cascade(db, spec, before);
  removeRecord(db, spec, key);
  log(db, spec, 'delete', before, null);
  return before;
}

export function countRecords(db: Db, table: string): number {
  return get<{ n: number }>(db, sql`SELECT count(*) AS n FROM ${ident(table)}`)?.n ?? 0;
}

/** Declares a table: how the change log writes its records back on undo and redo, and which spec owns it. */
export function defineTable<R extends object>(spec: TableSpec<R>): TableSpec<R> {
  registerUndo(spec.entity, {
    write: (db, record: R) => writeRecord(db, spec, record),
    remove: (db, record: R) => removeRecord(db, spec, record),
  });
  specsByTable.set(spec.table, spec as unknown as TableSpec<AnyRecord>);
  return spec;
}
