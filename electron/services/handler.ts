import type { Channel, Output, ParsedInput } from '../../shared/contract';
import type { Collection, CreateInput } from '../workbook/collection';
import { edit } from '../workbook/changeLog';
import type { Db } from '../workbook/sql';
import type { TableSpec } from '../workbook/table';
import type { Sessions } from './sessions';

export type Handler<K extends Channel> = (input: ParsedInput<K>) => Output<K> | Promise<Output<K>>;
export type Handlers = { [K in Channel]: Handler<K> };

/** Runs a read against the workbook the payload names. */
export const reading =
  <I extends { wb: string }, T>(sessions: Sessions, read: (db: Db, input: I) => T) =>
  (input: I): T =>
    read(sessions.get(input.wb).db, input);

/** Runs an edit against the workbook the payload names: one transaction, logged, durable on return. */
export const editing =
  <I extends { wb: string }, T>(sessions: Sessions, write: (db: Db, input: I) => T) =>
  (input: I): T => {
    const { db } = sessions.get(input.wb);
    return edit(db, () => write(db, input));
  };

interface Repo<R> {
  list(db: Db): R[];
  create(db: Db, data: never): R;
  update(db: Db, id: string, patch: never): R;
  remove(db: Db, id: string): R;
}

// The aggregates whose list is a plain table read (a Collection's list), per set of services: how such a list
// changed can be read from its key column and the changed rows alone (listChanges.ts).
const tableLists = new WeakMap<Sessions, Map<string, TableSpec<object>>>();
export const tableListsOf = (sessions: Sessions): ReadonlyMap<string, TableSpec<object>> =>
  tableLists.get(sessions) ?? new Map();

/** The four handlers of a contract `crudChannels` aggregate, over its repository. */
export function crudHandlers<N extends string, R extends { id: string }>(
  name: N,
  sessions: Sessions,
  repo: Repo<R> | Collection<R>,
) {
  if ('spec' in repo) {
    const lists = tableLists.get(sessions) ?? new Map<string, TableSpec<object>>();
    tableLists.set(sessions, lists.set(repo.spec.entity, repo.spec as unknown as TableSpec<object>));
  }
  return {
    [`${name}:list`]: reading(sessions, (db) => repo.list(db)),
    [`${name}:create`]: editing(sessions, (db, input: { wb: string; data: CreateInput<R> }) =>
      repo.create(db, input.data as never),
    ),
    [`${name}:update`]: editing(sessions, (db, input: { wb: string; id: string; patch: object }) =>
      repo.update(db, input.id, input.patch as never),
    ),
    [`${name}:delete`]: editing(sessions, (db, input: { wb: string; id: string }) => ({
      id: repo.remove(db, input.id).id,
    })),
  } as unknown as Pick<
    Handlers,
    | (`${N}:list` & Channel)
    | (`${N}:create` & Channel)
    | (`${N}:update` & Channel)
    | (`${N}:delete` & Channel)
  >;
}
