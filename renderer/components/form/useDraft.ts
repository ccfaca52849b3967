import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
} from 'react';
import { useUndo } from '../../store/undo';

/** Long enough not to write on every keystroke, short enough that a crash loses at most a phrase. */
export const SAVE_DELAY_MS = 700;

interface DraftOptions<E extends TextElement> {
  /** The stored value. */
  value: string;
  save(value: string): unknown;
  /** A blank draft is never sent (the record would be refused); leaving the field shows the stored value. */
  required?: boolean;
  /** Any other draft that cannot be saved, e.g. an unreadable number; treated like a blank required one. */
  accepts?: (draft: string) => boolean;
  onFocus?: (event: FocusEvent<E>) => void;
}

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/**
 * A text field's own copy of what the consultant types. It is saved after a pause in typing, when the
 * field is left, when it unmounts (switching phase by keyboard does not blur) and when the page goes
 * away. While the field has focus or typing waits to be sent, nothing from the store overwrites it, so
 * a reload answering the field's own older save, an undo or another view never swallows keystrokes.
 * Spread the result on an <input> or <textarea>.
 */
export function useDraft<E extends TextElement>({
  value,
  save,
  required,
  accepts,
  onFocus,
}: DraftOptions<E>) {
  /** null: the field shows the stored value. */
  const [draft, setDraft] = useState<string | null>(null);
  const focused = useRef(false);
  const unsent = useRef<string | null>(null);
  /** The value last sent, until the stored value changes in answer. */
  const sent = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef({ value, save, required, accepts });
  useLayoutEffect(() => {
    latest.current = { value, save, required, accepts };
  });

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const next = unsent.current;
    unsent.current = null;
    if (next === null) return;
    const { value: stored, save: send, required: needed, accepts: valid } = latest.current;
    if (next === (sent.current ?? stored) || (needed && next.trim() === '') || (valid && !valid(next)))
      return;
    sent.current = next;
    void send(next);
  }, []);

  useEffect(() => {
    sent.current = null;
    if (!focused.current && unsent.current === null) setDraft(null);
  }, [value]);

  // After an app undo or redo, a field with nothing of its own unsaved shows the restored value, focused or not.
  const epoch = useUndo((s) => s.epoch);
  useEffect(() => {
    if (unsent.current === null) setDraft(null);
  }, [epoch]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return {
    value: draft ?? value,
    /** Read by the undo keys: typing that is not yet stored keeps Ctrl+Z as the field's own text undo. */
    'data-draft': draft !== null && draft !== value ? 'unsaved' : 'saved',
    onChange: (event: ChangeEvent<E>) => {
      const next = event.target.value;
      setDraft(next);
      unsent.current = next;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, SAVE_DELAY_MS);
    },
    onFocus: (event: FocusEvent<E>) => {
      focused.current = true;
      onFocus?.(event);
    },
    onBlur: () => {
      focused.current = false;
      flush();
      // Nothing on its way: show the stored value (also what a refused draft falls back to).
      if (sent.current === null) setDraft(null);
    },
  };
}
