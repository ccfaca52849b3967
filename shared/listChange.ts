import { z } from 'zod';

/**
 * How one aggregate's list changed in one request, sent with `workbook:changed` so that the renderer updates
 * its copy without asking again: the list's keys in the order `<aggregate>:list` returns them, and the rows
 * that were created or changed, as that channel returns them.
 */
export const ListChangeSchema = z.object({
  /** The properties that key a row (e.g. ['id'], ['activityId', 'roleId']). */
  key: z.array(z.string()),
  order: z.array(z.string()),
  rows: z.array(z.unknown()),
});
export type ListChange = z.output<typeof ListChangeSchema>;

/** A row's key, as the change log spells it: the key properties' values joined by '|'. */
export const rowKey = (key: readonly string[], row: unknown): string =>
  key.map((prop) => String((row as Record<string, unknown>)[prop])).join('|');

/**
 * The list after `change`, keeping every unchanged row as it was (so views over them need not re-render);
 * null when a row in the new order is neither in `list` nor in the change, so the list must be read again.
 */
export function applyListChange<T>(list: readonly T[], change: ListChange): T[] | null {
  const byKey = new Map<string, T>(list.map((row) => [rowKey(change.key, row), row]));
  for (const row of change.rows) byKey.set(rowKey(change.key, row), row as T);
  const next: T[] = [];
  for (const key of change.order) {
    const row = byKey.get(key);
    if (row === undefined) return null;
    next.push(row);
  }
  return next;
}
