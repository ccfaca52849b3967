import { GPAI_SYSTEMIC_RISK_RULE } from '../../catalog/aiact';
import { cite, dateOf, dateText, need, say } from './context';
import type { Evaluation } from './context';
import type { GpaiOutcome } from './result';

/**
 * Q9 overlay, Arts. 51–55: evaluated for every AI system in scope, independently of the tier. Systemic
 * risk if training compute exceeds 10^25 FLOP (presumption, Art. 51(2)) or the Commission designated the
 * model (Art. 51(1)(b), Annex XIII); either "yes" makes the other question unnecessary.
 */
export function gpaiStep(ev: Evaluation): GpaiOutcome | undefined {
  const isGpai = need(ev, 'isGpaiModel');
  if (isGpai === undefined) return undefined;
  if (!isGpai) {
    say(ev, 'gpai', {
      de: 'Kein KI-Modell mit allgemeinem Verwendungszweck: Art. 51–55 nicht anwendbar.',
      en: 'Not a general-purpose AI model: Arts. 51–55 do not apply.',
    });
    return { isGpai: false, systemicRisk: false };
  }

  const a = ev.answers;
  let systemicRisk: boolean | undefined;
  if (a.gpaiComputeAbove1e25 === true || a.gpaiDesignatedSystemic === true) systemicRisk = true;
  else {
    const compute = need(ev, 'gpaiComputeAbove1e25');
    const designated = need(ev, 'gpaiDesignatedSystemic');
    if (compute === undefined || designated === undefined) return undefined;
    systemicRisk = false;
  }

  const from = dateText(dateOf(ev, 'gpai-and-governance') ?? '');
  const legacy = dateText(dateOf(ev, 'legacy-gpai-models') ?? '');
  cite(ev, 'Art. 53', 'Art. 54');
  say(ev, 'gpai', {
    de: `KI-Modell mit allgemeinem Verwendungszweck: Anbieterpflichten nach Art. 53 und 54 ab dem ${from.de} (vorher in Verkehr gebrachte Modelle bis zum ${legacy.de}, Art. 111 Abs. 3).`,
    en: `General-purpose AI model: provider obligations under Arts. 53 and 54 from ${from.en} (models placed on the market before then by ${legacy.en}, Art. 111(3)).`,
  });
  if (systemicRisk) {
    cite(ev, 'Art. 51', 'Art. 52', 'Art. 55');
    const why =
      a.gpaiComputeAbove1e25 === true
        ? {
            de: 'Trainingsrechenaufwand über 10^25 FLOP (Vermutung)',
            en: 'training compute above 10^25 FLOP (presumption)',
          }
        : { de: 'Benennung durch die Kommission', en: 'designation by the Commission' };
    say(ev, 'gpai', {
      de: `Systemisches Risiko wegen ${why.de}: zusätzlich Mitteilung an die Kommission (Art. 52) und Pflichten nach Art. 55. ${GPAI_SYSTEMIC_RISK_RULE.text.de}`,
      en: `Systemic risk because of ${why.en}: in addition notification to the Commission (Art. 52) and the obligations of Art. 55. ${GPAI_SYSTEMIC_RISK_RULE.text.en}`,
    });
  } else {
    say(ev, 'gpai', {
      de: 'Kein systemisches Risiko: Trainingsrechenaufwand nicht über 10^25 FLOP und keine Benennung durch die Kommission.',
      en: 'No systemic risk: training compute not above 10^25 FLOP and no designation by the Commission.',
    });
  }
  return { isGpai: true, systemicRisk };
}
