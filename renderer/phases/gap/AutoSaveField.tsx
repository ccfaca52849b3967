import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';

/** Long enough not to send every keystroke, short enough that a closed lid loses at most a word. */
const DEBOUNCE_MS = 700;

interface AutoSaveFieldProps {
  label: string;
  /** The value stored in the workbook. */
  value: string;
  onSave(value: string): void;
  multiline?: boolean;
  rows?: number;
  maxLength: number;
  /** Lets the workshop keys find the field (e.g. N focuses the note). */
  keyTarget?: string;
  shortcut?: string;
}

/**
 * A text field that saves on blur and while typing after a pause, so there is no Save button and no
 * keystroke is lost: what the user types wins over values arriving from the workbook while the field is
 * in use, and unsent typing is sent when the field unmounts (another item chosen) or the page goes away.
 */
export function AutoSaveField(props: AutoSaveFieldProps) {
  const { label, value, multiline, rows, maxLength, keyTarget, shortcut } = props;
  const id = useId();
  const [draft, setDraft] = useState(value);
  const draftRef = useRef(value);
  /** What the workbook holds or is about to hold once the last send lands. */
  const sent = useRef(value);
  const timer = useRef<number | undefined>(undefined);
  const focused = useRef(false);
  const onSave = useRef(props.onSave);
  useLayoutEffect(() => {
    onSave.current = props.onSave;
  });

  const flush = useRef(() => {
    window.clearTimeout(timer.current);
    if (draftRef.current === sent.current) return;
    sent.current = draftRef.current;
    onSave.current(draftRef.current);
  }).current;

  useEffect(() => {
    // Adopt the stored value (an undo) unless the user is in the field or has typed something not yet
    // sent: a reload answering an earlier save may arrive late and must not replace newer typing.
    if (!focused.current && draftRef.current === sent.current) {
      draftRef.current = value;
      setDraft(value);
    }
    sent.current = value;
  }, [value]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const change = (next: string) => {
    draftRef.current = next;
    setDraft(next);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(flush, DEBOUNCE_MS);
  };
  const common = {
    id,
    value: draft,
    maxLength,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      flush();
    },
    'data-key-target': keyTarget,
    'aria-keyshortcuts': shortcut,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={rows ?? 3} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => change(e.target.value)} />
      )}
    </div>
  );
}
