import type { InputHTMLAttributes } from 'react';

/**
 * A calendar date, shown in the user's locale by the browser and stored as YYYY-MM-DD. A date is one
 * deliberate choice rather than a stream of keystrokes, so it is saved on every complete change.
 */
export function DateInput({
  value,
  onSave,
  ...rest
}: { value: string | null; onSave(value: string | null): void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'type'
>) {
  return (
    <input
      type="date"
      {...rest}
      value={value ?? ''}
      onChange={(event) => onSave(event.target.value === '' ? null : event.target.value)}
    />
  );
}
