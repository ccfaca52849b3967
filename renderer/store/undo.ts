import { create } from 'zustand';
import type { ActionLabel, UndoState } from '../../shared/contract/workbook';
import { api } from '../api';
import { saveEdit } from './records';

export type Direction = 'undo' | 'redo';

interface UndoStore extends UndoState {
  /** What the last Ctrl+Z or Ctrl+Shift+Z did, for the toast; null once dismissed. */
  done: { direction: Direction; label: ActionLabel } | null;
  /**
   * Counts undos and redos: a focused text field with nothing of its own unsaved takes the stored value again
   * (useDraft), so the field shows what undo restored.
   */
  epoch: number;
  dismiss(): void;
}

export const useUndo = create<UndoStore>((set) => ({
  undo: null,
  redo: null,
  done: null,
  epoch: 0,
  dismiss: () => set({ done: null }),
}));

/** Takes back or replays the last user action of the open workbook and says so in the toast. */
export async function runUndo(direction: Direction): Promise<void> {
  const reverted = await saveEdit((wb) =>
    direction === 'undo' ? api.workbook.undo({ wb }) : api.workbook.redo({ wb }),
  );
  if (reverted) useUndo.setState((s) => ({ done: { direction, label: reverted.label }, epoch: s.epoch + 1 }));
}
