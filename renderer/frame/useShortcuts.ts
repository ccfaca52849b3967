import { useEffect } from 'react';
import { PHASES, useNavigation } from '../store/navigation';
import { runUndo, type Direction } from '../store/undo';

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'password', 'date']);

/**
 * Whether Ctrl+Z belongs to the focused field's own text undo: a text field with typing that is not yet
 * saved, or one that never saves (a filter). A saved field, a rating, a verdict or a table cell leaves
 * Ctrl+Z to the app, which takes back the last saved action.
 */
function fieldOwnsUndo(target: Element | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const isText =
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type));
  return isText && target.dataset.draft !== 'saved';
}

/** Undo or redo where the consultant is: the field's own text edit, else the app's last action. */
export function undoWhereFocused(direction: Direction): void {
  // execCommand is the one way to reach the browser's text undo from a menu click (Cmd+Z on macOS).
  if (fieldOwnsUndo(document.activeElement)) document.execCommand(direction);
  else void runUndo(direction);
}

/** Which undo key a key press is, if any: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, and Ctrl+Y as on Windows. */
function undoKey(event: KeyboardEvent): Direction | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

/** App-wide keys: undo and redo through the change log, Alt+0…7 switch phase. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const direction = undoKey(event);
      if (direction) {
        if (fieldOwnsUndo(event.target as Element | null)) return;
        event.preventDefault();
        void runUndo(direction);
      } else if (event.altKey && /^[0-7]$/.test(event.key)) {
        event.preventDefault();
        useNavigation.getState().go(PHASES[Number(event.key)]!);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
