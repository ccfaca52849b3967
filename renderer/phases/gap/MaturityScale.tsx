import { useId, type ReactNode } from 'react';
import type { Lang } from '../../../shared/catalog/types';
import {
  MATURITY_LABELS,
  MATURITY_LEVELS,
  type MaturityLevel,
} from '../../../shared/catalog/vocab/assessment';

interface MaturityScaleProps {
  label: string;
  value: number | null;
  onChange(level: MaturityLevel): void;
  lang: Lang;
  /** Shown when nothing is rated yet. */
  emptyText: string;
  /** Which workshop key reaches this scale: 'current' (0–5) or 'target' (T). */
  keyTarget: 'current' | 'target';
  shortcuts: (level: MaturityLevel) => string;
  /** Read-only context on the label's line, e.g. the client's self-rating or the gap. */
  badge?: ReactNode;
  /** Read-only context below the scale, e.g. the client's answer. */
  note?: ReactNode;
}

/**
 * Maturity 0–5 as one radio group: every level with its name, the chosen one explained below. Context
 * stays off the scale's own line, so six level names keep their width on a projector too.
 */
export function MaturityScale(props: MaturityScaleProps) {
  const { label, value, onChange, lang, emptyText, keyTarget, shortcuts, badge, note } = props;
  const name = useId();
  const chosen = value === null ? null : MATURITY_LABELS[value as MaturityLevel];
  return (
    <div className="scale" role="radiogroup" aria-labelledby={`${name}-label`} data-key-target={keyTarget}>
      <div className="scale-head">
        <span id={`${name}-label`} className="scale-label">
          {label}
        </span>
        {badge}
      </div>
      <div className="scale-steps">
        {MATURITY_LEVELS.map((level) => (
          <label key={level} className="scale-step" title={MATURITY_LABELS[level].description?.[lang]}>
            <input
              type="radio"
              name={name}
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
              aria-keyshortcuts={shortcuts(level)}
            />
            <span className="scale-number">{level}</span>
            <span className="scale-name">{MATURITY_LABELS[level].label[lang]}</span>
          </label>
        ))}
      </div>
      <p className="scale-description">
        {chosen ? (
          <>
            <strong>{chosen.label[lang]}</strong> – {chosen.description?.[lang]}
          </>
        ) : (
          emptyText
        )}
      </p>
      {note}
    </div>
  );
}
