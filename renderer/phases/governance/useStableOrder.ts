import { useMemo, useRef } from 'react';

/**
 * Rows in the order they were first shown. The workbook lists records by name, so a renamed record
 * would jump away under the cursor while its name is typed; here it stays put and new records join at
 * the end, next to the form that added them. The next visit shows the workbook's order again.
 */
export function useStableOrder<T extends { id: string }>(rows: readonly T[] | undefined): T[] {
  const order = useRef<string[]>([]);
  return useMemo(() => {
    if (!rows) return [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const known = new Set(order.current);
    order.current = [
      ...order.current.filter((id) => byId.has(id)),
      ...rows.filter((row) => !known.has(row.id)).map((row) => row.id),
    ];
    return order.current.map((id) => byId.get(id)!);
  }, [rows]);
}
