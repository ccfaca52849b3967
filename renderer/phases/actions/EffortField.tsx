import { useId } from 'react';
import { useDraft } from '../audit/kit/useDraft';

interface EffortFieldProps {
  label: string;
  value: number | null;
  locale: string;
  onSave: (next: number | null) => Promise<unknown>;
}

/** Person-days, typed the local way ("2,5" in German); anything unreadable leaves the stored value. */
export function EffortField({ label, value, locale, onSave }: EffortFieldProps) {
  const id = useId();
  const shown =
    value === null
      ? ''
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value);
  const draft = useDraft(shown, (text) => {
    const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
    if (normalised === '') return onSave(null);
    const days = Number(normalised);
    return Number.isFinite(days) && days >= 0 && days <= 10_000 ? onSave(days) : Promise.resolve();
  });
  return (
    <div className="kit-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={draft.value}
        onFocus={draft.focus}
        onBlur={draft.blur}
        onChange={(e) => draft.change(e.target.value)}
      />
    </div>
  );
}
