import { useId, type ReactNode } from 'react';

interface SelectFieldProps {
  label: string;
  value: string | number;
  onChange(value: string): void;
  className?: string;
  children: ReactNode;
}

/** A labelled select. The label points at it by id: wrapped, its name would include every option. */
export function SelectField({ label, value, onChange, className, children }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={className ?? 'select-field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}
