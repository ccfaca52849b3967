import { useId } from 'react';
import type { Lang } from '../../../shared/catalog/types';
import { VERDICT_LABELS, type Verdict } from '../../../shared/catalog/vocab/assessment';

interface VerdictChoiceProps {
  label: string;
  value: Verdict;
  options: readonly Verdict[];
  onChange(verdict: Verdict): void;
  lang: Lang;
}

/** The conformity verdict as a row of labelled choices, each with the colour the list uses for it. */
export function VerdictChoice({ label, value, options, onChange, lang }: VerdictChoiceProps) {
  const name = useId();
  return (
    <fieldset className="verdicts" data-key-target="verdict">
      <legend>{label}</legend>
      <div className="verdict-options">
        {options.map((verdict) => (
          <label key={verdict} className="verdict-option" title={VERDICT_LABELS[verdict].description?.[lang]}>
            <input
              type="radio"
              name={name}
              value={verdict}
              checked={value === verdict}
              onChange={() => onChange(verdict)}
              aria-keyshortcuts="V"
            />
            <span className="verdict-dot" data-verdict={verdict} aria-hidden="true" />
            {VERDICT_LABELS[verdict].label[lang]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
