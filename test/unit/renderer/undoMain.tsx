import type { ReactNode } from 'react';
import { UndoToast } from '../../../renderer/frame/UndoToast';
import { useShortcuts } from '../../../renderer/frame/useShortcuts';
import type { ActionLabel } from '../../../shared/contract/workbook';
import { answer, emit } from './fakeApi';
import { changedEvent } from './workbook';

export const DELETE_SYSTEM: ActionLabel = {
  channel: 'aiSystem:delete',
  entity: 'aiSystem',
  subject: 'CV-Screening',
  rows: 3,
};

/**
 * Main's change log as undo sees it: the actions done, the ones undone; undo and redo move one between the
 * two and announce the new history, a new edit drops what was undone.
 */
export function fakeUndoMain(done: ActionLabel[]) {
  const log = { done: [...done], undone: [] as ActionLabel[] };
  const history = () => ({ undo: log.done.at(-1) ?? null, redo: log.undone.at(-1) ?? null });
  const announce = (label: ActionLabel) =>
    emit('workbook:changed', changedEvent([label.entity], history()));
  const move = (from: ActionLabel[], to: ActionLabel[]) => {
    const label = from.pop();
    if (!label) throw new Error('The test undid more than was done');
    to.push(label);
    void announce(label);
    return { label, entities: [label.entity] };
  };
  answer('workbook:undoState', history);
  answer('workbook:undo', () => move(log.done, log.undone));
  answer('workbook:redo', () => move(log.undone, log.done));
  return {
    /** A new edit; resolves once the renderer has heard of it. */
    edit(label: ActionLabel): Promise<void> {
      log.done.push(label);
      log.undone = [];
      return announce(label);
    },
  };
}

/** The parts of AppFrame that undo lives in: the keys, the history from main, the toast. */
export function UndoFrame({ children }: { children?: ReactNode }) {
  useShortcuts();
  return (
    <>
      {children}
      <UndoToast />
    </>
  );
}
