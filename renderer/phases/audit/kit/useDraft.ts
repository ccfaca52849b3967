import { useCallback, useEffect, useRef, useState } from 'react';

/** Long enough not to write on every keystroke, short enough that a crash loses at most a phrase. */
const SAVE_DELAY_MS = 700;

/**
 * A field's local draft over the stored value: typing saves after a pause and on blur, and the stored
 * value shows again once the field is left — so an edit arriving from elsewhere (undo, another view)
 * never overwrites what is being typed.
 */
export function useDraft<T>(stored: T, save: (next: T) => Promise<unknown>) {
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The value on its way to main: a blur right after the pause must not write it a second time.
  const inFlight = useRef<{ value: T } | null>(null);
  const latest = useRef({ stored, save, draft });
  latest.current = { stored, save, draft };

  const send = useCallback((next: T) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const settle = () => {
      if (!focused.current) setDraft(null);
    };
    if (inFlight.current && Object.is(next, inFlight.current.value)) return;
    if (Object.is(next, latest.current.stored)) return settle();
    inFlight.current = { value: next };
    void latest.current.save(next).finally(() => {
      inFlight.current = null;
      settle();
    });
  }, []);

  useEffect(() => {
    if (!focused.current) setDraft(null);
  }, [stored]);

  // Leaving the view must not drop a pending edit.
  useEffect(
    () => () => {
      const pending = latest.current.draft;
      if (timer.current !== undefined && pending) send(pending.value);
    },
    [send],
  );

  return {
    value: draft ? draft.value : stored,
    change(next: T) {
      setDraft({ value: next });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => send(next), SAVE_DELAY_MS);
    },
    focus() {
      focused.current = true;
    },
    blur() {
      focused.current = false;
      if (latest.current.draft) send(latest.current.draft.value);
    },
  };
}
