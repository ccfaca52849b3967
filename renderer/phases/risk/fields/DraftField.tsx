import { useCallback, useEffect, useId, useRef, useState } from 'react';

/** Long enough not to save in the middle of a word, short enough that a crash loses little. */
const SAVE_AFTER_MS = 700;

interface DraftFieldProps {
  label: string;
  /** The saved value; it replaces the draft whenever the field is not being edited. */
  value: string;
  /** Called with the draft after a typing pause, on blur and when the field goes away. */
  onCommit(value: string): unknown;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date';
  /** An empty draft is not saved; leaving the field restores the saved value. */
  required?: boolean;
  hint?: string;
  className?: string;
  autoFocus?: boolean;
}

/**
 * A labelled text field that saves itself: the consultant never presses Save and never loses a
 * keystroke — typing is kept locally, sent after a pause, and sent at once on blur or unmount.
 */
export function DraftField({
  label,
  value,
  onCommit,
  multiline = false,
  rows = 3,
  type = 'text',
  required = false,
  hint,
  className,
  autoFocus = false,
}: DraftFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const draftRef = useRef(value);
  const sent = useRef(value);
  const editing = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const commitRef = useRef(onCommit);
  useEffect(() => {
    commitRef.current = onCommit;
  }, [onCommit]);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const next = draftRef.current;
    if (next === sent.current || (required && next.trim() === '')) return;
    sent.current = next;
    void commitRef.current(next);
  }, [required]);

  // A reload after a save, an undo or another view changed the record: show it unless the user is typing.
  useEffect(() => {
    if (editing.current) return;
    sent.current = value;
    draftRef.current = value;
    setDraft(value);
  }, [value]);

  useEffect(() => flush, [flush]);

  const change = (next: string) => {
    draftRef.current = next;
    setDraft(next);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(flush, SAVE_AFTER_MS);
  };
  const blur = () => {
    editing.current = false;
    if (required && draftRef.current.trim() === '') {
      draftRef.current = sent.current;
      setDraft(sent.current);
    }
    flush();
  };
  const common = {
    id,
    value: draft,
    onFocus: () => {
      editing.current = true;
    },
    onBlur: blur,
    required,
    autoFocus,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => change(e.target.value)} />
      )}
      {hint && (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      )}
    </div>
  );
}
