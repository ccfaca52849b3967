import { useId } from 'react';
import './kit.css';

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  /** A choice is one deliberate act, so it is saved at once. */
  onSave: (next: V) => unknown;
  hideLabel?: boolean;
  className?: string;
}

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { label, value, options, onSave, hideLabel, className } = props;
  const id = useId();
  return (
    <div className={`kit-field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select id={id} value={value} data-value={value} onChange={(e) => onSave(e.target.value as V)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
