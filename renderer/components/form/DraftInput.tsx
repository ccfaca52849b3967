import type { InputHTMLAttributes, Ref, TextareaHTMLAttributes } from 'react';
import { useDraft } from './useDraft';

interface DraftProps {
  value: string;
  onSave(value: string): unknown;
  /** A blank draft is never sent (the record would be refused); the stored value returns on blur. */
  required?: boolean;
  /** Any other draft that cannot be saved, e.g. an unreadable number; the stored value returns on blur. */
  accepts?: (draft: string) => boolean;
}
type Native<E> = Omit<E, 'value' | 'onChange' | 'onBlur' | 'required'>;

/** A bare single-line field that saves itself (see useDraft); label it, e.g. with TextField. */
export function DraftInput({
  value,
  onSave,
  required,
  accepts,
  onFocus,
  ref,
  ...rest
}: DraftProps & Native<InputHTMLAttributes<HTMLInputElement>> & { ref?: Ref<HTMLInputElement> }) {
  const draft = useDraft({ value, save: onSave, required, accepts, onFocus });
  return <input ref={ref} type="text" {...rest} {...draft} required={required} />;
}

/** A bare multi-line field that saves itself (see useDraft); label it, e.g. with TextField. */
export function DraftTextarea({
  value,
  onSave,
  required,
  accepts,
  onFocus,
  ...rest
}: DraftProps & Native<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  const draft = useDraft({ value, save: onSave, required, accepts, onFocus });
  return <textarea rows={1} {...rest} {...draft} required={required} />;
}
