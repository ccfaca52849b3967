import { useId, type Ref } from 'react';
import './kit.css';
import { useDraft } from './useDraft';

interface TextFieldProps {
  label: string;
  value: string;
  onSave: (next: string) => Promise<unknown>;
  multiline?: boolean;
  /** Shown to screen readers only, for fields in a table row whose column header says what they are. */
  hideLabel?: boolean;
  /** Blank is refused and the stored text comes back, for titles the contract requires. */
  required?: boolean;
  placeholder?: string;
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Id of a <datalist> with suggestions, e.g. the owners named so far. */
  list?: string;
}

/** A text field that saves on its own: after a pause in typing and when it is left. */
export function TextField(props: TextFieldProps) {
  const { label, value, onSave, multiline, hideLabel, required, placeholder, className, inputRef, list } =
    props;
  const id = useId();
  const draft = useDraft(value, (next) => (required && !next.trim() ? Promise.resolve() : onSave(next)));
  const common = {
    id,
    value: draft.value,
    placeholder,
    onFocus: draft.focus,
    onBlur: draft.blur,
  };
  return (
    <div className={`kit-field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => draft.change(e.target.value)} />
      ) : (
        <input
          {...common}
          ref={inputRef}
          type="text"
          required={required}
          list={list}
          onChange={(e) => draft.change(e.target.value)}
        />
      )}
    </div>
  );
}
