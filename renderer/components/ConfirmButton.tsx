import { useEffect, useState, type ReactNode } from 'react';
import './form/kit.css';

interface ConfirmButtonProps {
  label: string;
  /** What the button says once armed, e.g. "Really delete?". */
  confirmLabel: string;
  onConfirm: () => unknown;
  children?: ReactNode;
  className?: string;
}

/**
 * A destructive button that needs a second press: a modal dialog would take the consultant's eyes off
 * the client; undo (Ctrl+Z) stays the safety net after that.
 */
export function ConfirmButton({ label, confirmLabel, onConfirm, children, className }: ConfirmButtonProps) {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!armed) return;
    const timer = setTimeout(() => setArmed(false), 4000);
    return () => clearTimeout(timer);
  }, [armed]);
  return (
    <button
      type="button"
      className={`kit-icon-button ${armed ? 'kit-armed' : 'kit-quiet kit-danger'} ${className ?? ''}`}
      aria-label={armed ? confirmLabel : label}
      title={armed ? confirmLabel : label}
      onBlur={() => setArmed(false)}
      onClick={() => {
        if (!armed) return setArmed(true);
        setArmed(false);
        void onConfirm();
      }}
    >
      {children}
      {armed && <span>{confirmLabel}</span>}
    </button>
  );
}
