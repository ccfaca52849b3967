import { useId } from 'react';

export interface Option {
  readonly value: string;
  readonly label: string;
}

/** A labelled select that saves on change: picking a value is a complete edit, nothing to debounce. */
export function SelectField({
  label,
  value,
  options,
  onChange,
  hint,
  className,
}: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange(value: string): void;
  hint?: string;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      )}
    </div>
  );
}
