import { useEffect } from 'react';
import { api } from '../api';
import { PHASES, useNavigation } from '../store/navigation';
import { saveEdit } from '../store/records';

/** Typing in a field keeps the field's own undo; Ctrl+Z elsewhere undoes the last saved edit. */
const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** App-wide keys: Ctrl+Z undo through the change log, Alt+0…7 switch phase. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.shiftKey &&
        event.key.toLowerCase() === 'z' &&
        !isEditable(event.target)
      ) {
        event.preventDefault();
        void saveEdit((wb) => api.workbook.undo({ wb }));
      } else if (event.altKey && /^[0-7]$/.test(event.key)) {
        event.preventDefault();
        useNavigation.getState().go(PHASES[Number(event.key)]!);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
