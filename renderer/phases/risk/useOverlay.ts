import { useEffect, useState } from 'react';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Shows an edit at once while it travels to the workbook: the record is drawn with the patch laid over
 * it until the reloaded record carries the same values. A failed save drops its part of the overlay, so
 * the field falls back to what the workbook holds.
 */
export function useOverlay<R extends object>(
  record: R,
  send: (patch: Partial<R>) => Promise<unknown>,
): [R, (patch: Partial<R>) => Promise<void>] {
  const [overlay, setOverlay] = useState<Partial<R>>({});
  useEffect(() => {
    setOverlay((current) => {
      const pending = Object.entries(current).filter(([key, value]) => !same(record[key as keyof R], value));
      return pending.length === Object.keys(current).length
        ? current
        : (Object.fromEntries(pending) as Partial<R>);
    });
  }, [record]);

  const save = async (patch: Partial<R>) => {
    setOverlay((current) => ({ ...current, ...patch }));
    if ((await send(patch)) !== undefined) return;
    setOverlay(
      (current) =>
        Object.fromEntries(Object.entries(current).filter(([key]) => !(key in patch))) as Partial<R>,
    );
  };
  return [{ ...record, ...overlay }, save];
}
