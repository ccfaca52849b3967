import type { Text } from '../../catalog/types';
import { need, say } from './context';
import type { Evaluation } from './context';

/** Art. 3(1): only an AI system is in scope. */
export const NOT_AN_AI_SYSTEM = {
  ref: 'Art. 3(1)',
  text: {
    de: 'Kein KI-System im Sinne von Art. 3 Nr. 1 (maschinengestützt, leitet aus Eingaben ab, wie Ausgaben erzeugt werden, mit einem gewissen Grad an Autonomie): die KI-VO ist nicht anwendbar, auch Art. 4 nicht. Begründung festhalten und bei Änderungen des Systems neu prüfen.',
    en: 'Not an AI system within Art. 3(1) (machine-based, infers from input how to generate outputs, with some autonomy): the AI Act does not apply, Art. 4 included. Record the reasoning and re-check when the system changes.',
  } satisfies Text,
} as const;

/** Q0: is it an AI system? true = in scope, false = out of scope, undefined = not answered. */
export function scopeStep(ev: Evaluation): boolean | undefined {
  const isAiSystem = need(ev, 'isAiSystem');
  if (isAiSystem === false) say(ev, 'scope', NOT_AN_AI_SYSTEM.text);
  if (isAiSystem === true) {
    say(ev, 'scope', {
      de: 'KI-System im Sinne von Art. 3 Nr. 1: die KI-VO ist anwendbar; die Einstufung folgt Art. 5 → Art. 6 Abs. 1 → Art. 6 Abs. 2/3 → Art. 50 → GPAI.',
      en: 'AI system within Art. 3(1): the AI Act applies; classification follows Art. 5 → Art. 6(1) → Art. 6(2)/(3) → Art. 50 → GPAI.',
    });
  }
  return isAiSystem;
}
