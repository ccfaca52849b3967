import { DraftInput } from './DraftInput';
import { Field } from './Field';

interface DateFieldProps {
  label: string;
  /** YYYY-MM-DD or null; the browser shows it in the user's locale. */
  value: string | null;
  onSave(next: string | null): unknown;
  hideLabel?: boolean;
  hint?: string;
  className?: string;
}

/** A calendar date, saved like text: typing a date segment by segment must not write every half-date. */
export function DateField({ label, value, onSave, hideLabel, hint, className }: DateFieldProps) {
  return (
    <Field label={label} hideLabel={hideLabel} hint={hint} className={className}>
      {(control) => (
        <DraftInput
          {...control}
          type="date"
          value={value ?? ''}
          onSave={(next) => onSave(next === '' ? null : next)}
        />
      )}
    </Field>
  );
}
