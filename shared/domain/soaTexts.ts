/** Bilingual texts of the SoA suggestion (soa.ts): reason sentences and consultant notes. */
import type { Text } from '../catalog/types';
import { RISK_BAND_LABELS, TREATMENT_LABELS } from '../catalog/vocab/risk';
import { riskBand } from './risk';
import type { AiActTier, LegalDutyInput, OperatorRole, SoaRiskInput } from './soa';
import type { ControlDuty } from './soaRules';

export const TIER_TEXT: Readonly<Record<AiActTier, Text>> = {
  prohibited: { de: 'verbotene Praxis', en: 'prohibited practice' },
  'high-risk': { de: 'Hochrisiko', en: 'high-risk' },
  transparency: { de: 'Transparenzpflichten', en: 'transparency duties' },
  minimal: { de: 'minimales Risiko', en: 'minimal risk' },
};
export const ROLE_TEXT: Readonly<Record<OperatorRole, Text>> = {
  provider: { de: 'Anbieter', en: 'provider' },
  deployer: { de: 'Betreiber', en: 'deployer' },
  importer: { de: 'Einführer', en: 'importer' },
  distributor: { de: 'Händler', en: 'distributor' },
  'authorised-representative': { de: 'Bevollmächtigter', en: 'authorised representative' },
  'product-manufacturer': { de: 'Produkthersteller', en: 'product manufacturer' },
};

export function riskText(risk: SoaRiskInput): Text {
  const label = risk.ref || risk.title || risk.id;
  const band = RISK_BAND_LABELS[riskBand(risk.likelihood, risk.impact)].label;
  const residual =
    risk.residualLikelihood != null && risk.residualImpact != null
      ? RISK_BAND_LABELS[riskBand(risk.residualLikelihood, risk.residualImpact)].label
      : null;
  const treatment = TREATMENT_LABELS[risk.treatment].label;
  return {
    de: `Risiko ${label} (inhärent: ${band.de}${residual ? `; Restrisiko: ${residual.de}` : ''}) wird durch ${treatment.de} behandelt und stützt sich auf diese Maßnahme.`,
    en: `Risk ${label} (inherent: ${band.en.toLowerCase()}${residual ? `; residual: ${residual.en.toLowerCase()}` : ''}) is treated by ${treatment.en.toLowerCase()} and relies on this control.`,
  };
}

function subject(duty: LegalDutyInput): Text {
  const name = duty.name || duty.sourceId;
  return { de: `KI-System „${name}“`, en: `AI system “${name}”` };
}

export function legalText(duty: LegalDutyInput, d: ControlDuty): Text {
  const s = subject(duty);
  const tier =
    duty.tier === null ? { de: 'Einstufung offen', en: 'not yet classified' } : TIER_TEXT[duty.tier];
  const role = ROLE_TEXT[duty.role];
  const refs = d.refs.join(', ');
  return {
    de: `${s.de} (${tier.de}, ${role.de}): ${refs} KI-VO – ${d.topic.de}.`,
    en: `${s.en} (${tier.en}, ${role.en}): AI Act ${refs} – ${d.topic.en}.`,
  };
}

export function roleBestPracticeText(duty: LegalDutyInput, d: ControlDuty): Text {
  const s = subject(duty);
  return {
    de: `Bewährte Praxis als ${ROLE_TEXT[duty.role].de} von ${s.de}: ${d.topic.de} (stützt Abschnitt ${d.refs.join(', ')}).`,
    en: `Good practice as ${ROLE_TEXT[duty.role].en} of ${s.en}: ${d.topic.en} (supports clause ${d.refs.join(', ')}).`,
  };
}

export function coreText(d: ControlDuty): Text {
  return {
    de: `Bewährte Praxis für jedes KI-Managementsystem: ${d.topic.de} (stützt Abschnitt ${d.refs.join(', ')}).`,
    en: `Good practice for every AI management system: ${d.topic.en} (supports clause ${d.refs.join(', ')}).`,
  };
}

export function noteFor(applicable: boolean, binding: boolean, assessedNotApplicable: boolean): Text | null {
  if (binding && assessedNotApplicable) {
    return {
      de: 'In der Gap-Analyse als nicht anwendbar bewertet, aber durch Risiko, Gesetz oder Vertrag begründet – Bewertung prüfen.',
      en: 'Marked not applicable in the gap analysis, yet backed by a risk, a law or a contract – review the verdict.',
    };
  }
  if (applicable) return null;
  return assessedNotApplicable
    ? {
        de: 'In der Gap-Analyse als nicht anwendbar bewertet; Begründung des Ausschlusses in der SoA festhalten.',
        en: 'Marked not applicable in the gap analysis; record the justification for the exclusion in the SoA.',
      }
    : {
        de: 'Kein Risiko, keine gesetzliche oder vertragliche Anforderung verweist auf diese Maßnahme; Ausschluss begründen oder Aufnahme prüfen.',
        en: 'No risk, legal or contractual requirement points to this control; justify its exclusion or consider including it.',
      };
}
