import type Database from 'better-sqlite3';

export type Db = Database.Database;
type Bindable = string | number | bigint | null | Uint8Array;

/** A piece of SQL with its bound values. Interpolated values are always bound, never spliced into the text. */
export class Sql {
  constructor(
    readonly text: string,
    readonly values: readonly Bindable[],
  ) {}
}

/** An identifier taken from our own table specs (never from input), quoted for SQLite. */
export class Ident {
  constructor(readonly name: string) {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe SQL identifier: ${name}`);
  }
}

type Part = Bindable | boolean | Sql | Ident;

export function sql(strings: TemplateStringsArray, ...parts: Part[]): Sql {
  let text = strings[0] ?? '';
  const values: Bindable[] = [];
  parts.forEach((part, i) => {
    if (part instanceof Sql) {
      text += part.text;
      values.push(...part.values);
    } else if (part instanceof Ident) {
      text += `"${part.name}"`;
    } else {
      text += '?';
      values.push(typeof part === 'boolean' ? (part ? 1 : 0) : part);
    }
    text += strings[i + 1] ?? '';
  });
  return new Sql(text, values);
}

export const ident = (name: string): Ident => new Ident(name);

/** Joins fragments with a separator, e.g. a column list or SET clauses. */
export function join(parts: readonly (Sql | Ident)[], separator = ', '): Sql {
  const text: string[] = [];
  const values: Bindable[] = [];
  for (const part of parts) {
    if (part instanceof Ident) text.push(`"${part.name}"`);
    else {
      text.push(part.text);
      values.push(...part.values);
    }
  }
  return new Sql(text.join(separator), values);
}

// Prepared statements are reused per connection: edits are hot and their SQL text repeats.
const cache = new WeakMap<Db, Map<string, Database.Statement>>();
function prepare(db: Db, text: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let statement = statements.get(text);
  if (!statement) statements.set(text, (statement = db.prepare(text)));
  return statement;
}

export const all = <T>(db: Db, q: Sql): T[] => prepare(db, q.text).all(...q.values) as T[];
export const get = <T>(db: Db, q: Sql): T | undefined => prepare(db, q.text).get(...q.values) as T | undefined;
export const run = (db: Db, q: Sql): Database.RunResult => prepare(db, q.text).run(...q.values);
