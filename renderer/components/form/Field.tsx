import { useId, type ReactNode } from 'react';
import './kit.css';

interface FieldProps {
  label: string;
  /** Shown to screen readers only, for fields in a table row whose column header says what they are. */
  hideLabel?: boolean;
  /** A line of help under the field, read out with it. */
  hint?: string;
  className?: string;
  /** The control, given the id the label points at and the hint's id. */
  children(control: { id: string; 'aria-describedby': string | undefined }): ReactNode;
}

/** A label over one control. The label points at it by id: wrapped, a select's name would include every option. */
export function Field({ label, hideLabel, hint, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={className ? `kit-field ${className}` : 'kit-field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {children({ id, 'aria-describedby': hintId })}
      {hint && (
        <small id={hintId} className="hint">
          {hint}
        </small>
      )}
    </div>
  );
}
