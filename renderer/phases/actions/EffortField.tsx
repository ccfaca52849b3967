import { DraftInput } from '../../components/form/DraftInput';
import { Field } from '../../components/form/Field';

interface EffortFieldProps {
  label: string;
  value: number | null;
  locale: string;
  onSave: (next: number | null) => unknown;
}

/** Typed person-days: a blank field is none, anything unreadable or out of range is undefined. */
function parseDays(text: string): number | null | undefined {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  if (normalised === '') return null;
  const days = Number(normalised);
  return Number.isFinite(days) && days >= 0 && days <= 10_000 ? days : undefined;
}

/** Person-days, typed the local way ("2,5" in German); anything unreadable leaves the stored value. */
export function EffortField({ label, value, locale, onSave }: EffortFieldProps) {
  const shown =
    value === null
      ? ''
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value);
  return (
    <Field label={label}>
      {(control) => (
        <DraftInput
          {...control}
          inputMode="decimal"
          value={shown}
          accepts={(text) => parseDays(text) !== undefined}
          onSave={(text) => onSave(parseDays(text) ?? null)}
        />
      )}
    </Field>
  );
}
