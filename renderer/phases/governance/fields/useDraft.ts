import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';

/** Typing pauses this long before a save; leaving the field saves at once. */
export const SAVE_DELAY_MS = 700;

interface DraftOptions {
  /** The stored value. */
  value: string;
  save(value: string): void;
  /** A blank draft is never sent (the record would be refused); the stored value returns on blur. */
  required?: boolean;
}

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/**
 * A text field's own copy of what the consultant types. It is saved after a pause and on blur, and
 * it is not overwritten by the store while the field has focus or a save is waiting, so a reload
 * caused by the field's own (older) save never swallows keystrokes typed since.
 */
export function useDraft({ value, save, required = false }: DraftOptions) {
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);
  const waiting = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const sent = useRef(value);
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const next = waiting.current;
    waiting.current = null;
    if (next === null || next === sent.current || (required && next.trim() === '')) return;
    sent.current = next;
    saveRef.current(next);
  }, [required]);

  useEffect(() => {
    if (focused.current || waiting.current !== null) return;
    sent.current = value;
    setDraft(value);
  }, [value]);

  // Switching phase by keyboard unmounts the field without a blur: what was typed still goes out.
  useEffect(() => flush, [flush]);

  return {
    value: draft,
    onChange: (event: ChangeEvent<TextElement>) => {
      setDraft(event.target.value);
      waiting.current = event.target.value;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, SAVE_DELAY_MS);
    },
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      flush();
      if (required && draft.trim() === '') setDraft(sent.current);
    },
  };
}
