import type { Ref } from 'react';
import { DraftInput, DraftTextarea } from './DraftInput';
import { Field } from './Field';

interface TextFieldProps {
  label: string;
  value: string;
  onSave(next: string): unknown;
  multiline?: boolean;
  rows?: number;
  hideLabel?: boolean;
  hint?: string;
  /** Blank is refused and the stored text comes back, for titles the contract requires. */
  required?: boolean;
  placeholder?: string;
  maxLength?: number;
  className?: string;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** Id of a <datalist> with suggestions, e.g. the owners named so far. */
  list?: string;
  /** Lets keyboard shortcuts find the field (e.g. N focuses the gap analysis note). */
  keyTarget?: string;
  shortcut?: string;
}

/** A labelled text field that saves on its own: after a pause in typing and when it is left. */
export function TextField(props: TextFieldProps) {
  const {
    label,
    hideLabel,
    hint,
    className,
    multiline,
    rows,
    inputRef,
    list,
    keyTarget,
    shortcut,
    ...draft
  } = props;
  return (
    <Field label={label} hideLabel={hideLabel} hint={hint} className={className}>
      {(control) => {
        const common = { ...control, ...draft, 'data-key-target': keyTarget, 'aria-keyshortcuts': shortcut };
        return multiline ? (
          <DraftTextarea {...common} rows={rows ?? 3} />
        ) : (
          <DraftInput {...common} ref={inputRef} list={list} />
        );
      }}
    </Field>
  );
}
