import { useId } from 'react';
import './kit.css';
import { useDraft } from './useDraft';

interface DateFieldProps {
  label: string;
  /** YYYY-MM-DD or null; the browser shows it in the user's locale. */
  value: string | null;
  onSave: (next: string | null) => Promise<unknown>;
  hideLabel?: boolean;
}

/** A calendar date, saved like text: typing a date segment by segment must not write every half-date. */
export function DateField({ label, value, onSave, hideLabel }: DateFieldProps) {
  const id = useId();
  const draft = useDraft(value ?? '', (next) => onSave(next === '' ? null : next));
  return (
    <div className="kit-field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={draft.value}
        onFocus={draft.focus}
        onBlur={draft.blur}
        onChange={(e) => draft.change(e.target.value)}
      />
    </div>
  );
}
