import { randomUUID } from 'node:crypto';
import { deleteRecord, getRecord, insertRecord, listRecords, updateRecord, type TableSpec } from './table';
import { get, ident, sql, type Db, type Sql } from './sql';

type Generated = 'id' | 'updatedAt' | 'ref';
export type CreateInput<R> = Partial<Omit<R, Generated>>;

/** Repository functions for an aggregate whose records have a generated text id. */
export interface Collection<R extends { id: string }> {
  readonly spec: TableSpec<R>;
  readonly defaults: Omit<R, Generated>;
  list(db: Db, where?: Sql): R[];
  get(db: Db, id: string): R;
  create(db: Db, input: CreateInput<R>): R;
  update(db: Db, id: string, patch: Partial<Omit<R, Generated>>): R;
  remove(db: Db, id: string): R;
}

/**
 * Builds the repository of a simple aggregate from its table spec and the defaults of a new record.
 * `refPrefix` gives records a human reference (R-001, M-014) that stays stable after deletions.
 */
export function collection<R extends { id: string }>(
  spec: TableSpec<R>,
  defaults: Omit<R, Generated>,
  refPrefix?: string,
): Collection<R> {
  const nextRef = (db: Db): string => {
    const last = get<{ n: number | null }>(
      db,
      sql`SELECT max(CAST(substr(ref, ${refPrefix!.length + 2}) AS INTEGER)) AS n FROM ${ident(spec.table)}`,
    )?.n;
    return `${refPrefix}-${String((last ?? 0) + 1).padStart(3, '0')}`;
  };
  return {
    spec,
    defaults,
    list: (db, where) => listRecords(db, spec, where),
    get: (db, id) => getRecord(db, spec, { id } as Partial<R>),
    create: (db, input) => {
      const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      const record = { ...defaults, ...defined, id: randomUUID(), updatedAt: '' } as unknown as R;
      if (refPrefix) (record as Record<string, unknown>).ref = nextRef(db);
      return insertRecord(db, spec, record);
    },
    update: (db, id, patch) => updateRecord(db, spec, { id } as Partial<R>, patch as Partial<R>),
    remove: (db, id) => deleteRecord(db, spec, { id } as Partial<R>),
  };
}
