import { create } from 'zustand';
import type { Assessment, AssessmentPatch } from '../../../shared/schemas/assessment';

interface Pending {
  readonly itemId: string;
  readonly patch: AssessmentPatch;
}

/**
 * Assessment edits sent and not yet answered, laid over the cached rows. The screen answers a key press
 * at once, and a reload answering an earlier edit, arriving while a later one is on its way, cannot
 * briefly undo that later one — nor can V V V cycle from a value already left behind.
 */
export const usePendingEdits = create<{ pending: readonly Pending[] }>(() => ({ pending: [] }));

/** Lays an edit over the cache until the returned function is called with main's answer in hand. */
export function holdPending(itemId: string, patch: AssessmentPatch): () => void {
  const entry: Pending = { itemId, patch };
  usePendingEdits.setState((s) => ({ pending: [...s.pending, entry] }));
  return () => usePendingEdits.setState((s) => ({ pending: s.pending.filter((p) => p !== entry) }));
}

/** The rows as they will be once every pending edit has landed, in the order they were made. */
export function withPending<R extends Assessment>(
  rows: readonly R[] | undefined,
  pending: readonly Pending[],
): readonly R[] | undefined {
  if (!rows || pending.length === 0) return rows;
  return rows.map((row) =>
    pending.filter((p) => p.itemId === row.itemId).reduce<R>((merged, p) => ({ ...merged, ...p.patch }), row),
  );
}
