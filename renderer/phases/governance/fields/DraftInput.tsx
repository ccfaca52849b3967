import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useDraft } from './useDraft';

interface DraftProps {
  value: string;
  onSave(value: string): void;
  required?: boolean;
}
type Native<E> = Omit<E, 'value' | 'onChange' | 'onBlur' | 'required'>;

/** A single-line text field that saves itself (see useDraft). */
export function DraftInput({
  value,
  onSave,
  required,
  onFocus,
  ...rest
}: DraftProps & Native<InputHTMLAttributes<HTMLInputElement>>) {
  const draft = useDraft({ value, save: onSave, required });
  return (
    <input
      type="text"
      {...rest}
      {...draft}
      onFocus={(event) => {
        draft.onFocus();
        onFocus?.(event);
      }}
      aria-required={required || undefined}
    />
  );
}

/** A multi-line text field that grows with its text and saves itself (see useDraft). */
export function DraftTextarea({
  value,
  onSave,
  required,
  onFocus,
  ...rest
}: DraftProps & Native<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  const draft = useDraft({ value, save: onSave, required });
  return (
    <textarea
      rows={1}
      {...rest}
      {...draft}
      onFocus={(event) => {
        draft.onFocus();
        onFocus?.(event);
      }}
      aria-required={required || undefined}
    />
  );
}
