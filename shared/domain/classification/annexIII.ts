import {
  ANNEX_III_POINTS,
  DEROGATION_CONDITIONS,
  DEROGATION_DOCUMENTATION,
  DEROGATION_PRECONDITION,
  PROFILING_OVERRIDE,
} from '../../catalog/aiact';
import type { AnnexIIIPointId } from '../../catalog/aiact';
import type { Text } from '../../catalog/types';
import { cite, dateOf, dateText, need, refText, say } from './context';
import type { Evaluation } from './context';
import type { DerogationOutcome } from './result';

export interface AnnexIIIOutcome {
  readonly points: readonly AnnexIIIPointId[];
  /** undefined while an answer the decision needs is open. */
  readonly highRisk: boolean | undefined;
  readonly derogation: DerogationOutcome;
}

export const DEROGATION_NOT_CONSIDERED: DerogationOutcome = {
  considered: false,
  applies: false,
  conditions: [],
  reason: {
    de: 'Nicht geprüft: Art. 6 Abs. 3 betrifft nur Systeme nach Anhang III.',
    en: 'Not considered: Art. 6(3) concerns Annex III systems only.',
  },
};

const NO_SIGNIFICANT_RISK_MISSING: Text = {
  de: 'Art. 6 Abs. 3 greift nicht: Das System birgt ein erhebliches Risiko oder beeinflusst Entscheidungen wesentlich.',
  en: 'Art. 6(3) does not apply: the system poses a significant risk or materially influences decisions.',
};
const NO_CONDITION: Text = {
  de: 'Art. 6 Abs. 3 greift nicht: keine der Bedingungen lit. a–d ist erfüllt.',
  en: 'Art. 6(3) does not apply: none of the conditions (a)–(d) is met.',
};

/**
 * Q6/Q6a, Art. 6(2) / Annex III with the Art. 6(3) filter. Profiling of natural persons always keeps the
 * system high-risk. Otherwise the derogation needs BOTH no significant risk AND at least one of the
 * conditions (a)–(d). An answer that already decides the outcome makes the remaining filter questions
 * unnecessary.
 */
export function annexIIIStep(ev: Evaluation): AnnexIIIOutcome {
  const ticked = need(ev, 'annexIIIPoints');
  if (ticked === undefined) return { points: [], highRisk: undefined, derogation: DEROGATION_NOT_CONSIDERED };
  if (ticked.length === 0) {
    say(ev, 'art-6-2', {
      de: 'Die Zweckbestimmung fällt unter keinen Punkt von Anhang III: kein Hochrisiko nach Art. 6 Abs. 2.',
      en: 'The intended purpose falls under no point of Annex III: not high-risk under Art. 6(2).',
    });
    return { points: [], highRisk: false, derogation: DEROGATION_NOT_CONSIDERED };
  }

  const points = ANNEX_III_POINTS.filter((p) => ticked.includes(p.id));
  cite(ev, 'Art. 6(2)', ...points.map((p) => p.ref));
  for (const p of points) {
    const ref = refText(p.ref);
    say(ev, 'art-6-2', { de: `${ref.de}: ${p.description.de}.`, en: `${ref.en}: ${p.description.en}.` });
  }
  const ids = points.map((p) => p.id);

  const highRisk = (reason: Text): AnnexIIIOutcome => {
    const date = dateOf(ev, 'annex-iii-high-risk');
    const from = date ? dateText(date) : { de: '–', en: '–' };
    // Whichever answer ruled the filter out, the outcome rests on Art. 6(3) not applying.
    cite(ev, 'Art. 6(3)');
    say(ev, 'art-6-3', reason);
    say(ev, 'art-6-2', {
      de: `Hochrisiko nach Art. 6 Abs. 2 und Anhang III; die Pflichten gelten ab dem ${from.de}.`,
      en: `High-risk under Art. 6(2) and Annex III; the obligations apply from ${from.en}.`,
    });
    return {
      points: ids,
      highRisk: true,
      derogation: { considered: true, applies: false, conditions: [], reason },
    };
  };

  const a = ev.answers;
  if (a.performsProfiling === true) return highRisk(PROFILING_OVERRIDE.text);
  if (a.noSignificantRisk === false) return highRisk(NO_SIGNIFICANT_RISK_MISSING);
  if (a.derogationConditions?.length === 0) return highRisk(NO_CONDITION);

  const profiling = need(ev, 'performsProfiling');
  const noSignificantRisk = need(ev, 'noSignificantRisk');
  const conditionIds = need(ev, 'derogationConditions');
  if (profiling === undefined || noSignificantRisk === undefined || conditionIds === undefined) {
    return { points: ids, highRisk: undefined, derogation: DEROGATION_NOT_CONSIDERED };
  }

  const conditions = DEROGATION_CONDITIONS.filter((c) => conditionIds.includes(c.id));
  cite(ev, DEROGATION_PRECONDITION.ref, ...conditions.map((c) => c.ref), ...DEROGATION_DOCUMENTATION.refs);
  const met = conditions.map((c) => ({
    de: `${refText(c.ref).de} (${c.title.de})`,
    en: `${c.ref} (${c.title.en})`,
  }));
  const reason: Text = {
    de: `Ausnahme nach Art. 6 Abs. 3: kein Profiling, kein erhebliches Risiko und erfüllt: ${met.map((m) => m.de).join('; ')}. ${DEROGATION_DOCUMENTATION.text.de}`,
    en: `Art. 6(3) derogation: no profiling, no significant risk and met: ${met.map((m) => m.en).join('; ')}. ${DEROGATION_DOCUMENTATION.text.en}`,
  };
  say(ev, 'art-6-3', reason);
  say(ev, 'art-6-3', {
    de: 'Trotz Anhang III kein Hochrisiko-KI-System; die Prüfung geht mit Art. 50 weiter.',
    en: 'Not a high-risk AI system despite Annex III; the assessment continues with Art. 50.',
  });
  return {
    points: ids,
    highRisk: false,
    derogation: { considered: true, applies: true, conditions: conditions.map((c) => c.id), reason },
  };
}
