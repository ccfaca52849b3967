import { z } from 'zod';
import { contract, type Channel } from '../../shared/contract';
import { rowKey, type ListChange } from '../../shared/listChange';
import type { ChangedKeys } from '../workbook/changeLog';
import { keyPropsOf } from '../workbook/table';
import type { Handlers } from './handler';

/**
 * How the lists of the aggregates a request changed look now: each list read once here, in main, so that the
 * renderer needs no second round trip to show an edit. The rows are exactly what `<aggregate>:list` returns
 * (read through the same handler and contract), so the renderer's copy cannot drift from a fresh read.
 */
export async function listChanges(
  handlers: Handlers,
  wb: string,
  changed: ChangedKeys,
): Promise<Record<string, ListChange>> {
  const lists: Record<string, ListChange> = {};
  for (const [entity, keys] of changed) {
    const name = `${entity}:list`;
    const key = keyPropsOf(entity);
    if (!key || !Object.hasOwn(contract, name)) continue;
    const def = contract[name as Channel];
    const output = def.output;
    if (!(output instanceof z.ZodArray)) continue;
    const read = handlers[name as Channel] as (input: unknown) => unknown;
    const rows = (await read(def.input.parse({ wb }))) as unknown[];
    const order = rows.map((row) => rowKey(key, row));
    // Only the rows that travel are checked against the contract: a list of thousands is read, not re-validated.
    const changedRows = rows.filter((_, i) => keys.has(order[i]!)).map((row) => output.element.parse(row));
    lists[entity] = { key: [...key], order, rows: changedRows };
  }
  return lists;
}
