import { z } from 'zod';
import { contract, type Channel } from '../../shared/contract';
import { rowKey, type ListChange } from '../../shared/listChange';
import type { ChangedKeys } from '../workbook/changeLog';
import { keyPropsOf } from '../workbook/table';
import type { Handlers } from './handler';

/** How a plain table list changed, read without the whole list (table.ts listChangeOf); undefined for others. */
export type TableListChange = (
  wb: string,
  entity: string,
  keys: ReadonlySet<string>,
) => ListChange | undefined;

/**
 * How the lists of the aggregates a request changed look now, so that the renderer needs no second round trip
 * to show an edit. A plain table list is read from its key column and the changed rows; any other through its
 * own list handler. Either way the rows are what `<aggregate>:list` returns (checked against the same contract),
 * so the renderer's copy cannot drift from a fresh read.
 */
export async function listChanges(
  handlers: Handlers,
  wb: string,
  changed: ChangedKeys,
  fromTable?: TableListChange,
): Promise<Record<string, ListChange>> {
  const lists: Record<string, ListChange> = {};
  for (const [entity, keys] of changed) {
    const name = `${entity}:list`;
    const key = keyPropsOf(entity);
    if (!key || !Object.hasOwn(contract, name)) continue;
    const def = contract[name as Channel];
    const output = def.output;
    if (!(output instanceof z.ZodArray)) continue;
    let change = fromTable?.(wb, entity, keys);
    if (!change) {
      const read = handlers[name as Channel] as (input: unknown) => unknown;
      const rows = (await read(def.input.parse({ wb }))) as unknown[];
      const order = rows.map((row) => rowKey(key, row));
      change = { key: [...key], order, rows: rows.filter((_, i) => keys.has(order[i]!)) };
    }
    // Only the rows that travel are checked against the contract: a list of thousands is read, not re-validated.
    lists[entity] = { ...change, rows: change.rows.map((row) => output.element.parse(row)) };
  }
  return lists;
}
