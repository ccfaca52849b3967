import type { Text } from '../types';
import { DEROGATION_DOCUMENTATION } from './derogation';
import { GPAI_DUTIES, GPAI_LEGACY_NOTE } from './gpai';
import { HIGH_RISK_OBLIGATIONS } from './obligations-high-risk';
import { PROHIBITED_PRACTICES, PROHIBITION_PENALTY } from './prohibited';
import type { ProhibitedPracticeId } from './prohibited';
import { ROLE_FLIP } from './roles';
import { SYNTHETIC_CONTENT_TRANSITION, TRANSPARENCY_CASES } from './transparency';
import type { TransparencyCaseId } from './transparency';
import type { AiActMilestoneId, ByRegime, OperatorRoleId } from './types';

/**
 * Obligations per tier × role, each citing its article. The classifier switches on the scopes a use case
 * reaches and keeps the obligations of the operator's role(s); dates come from the chosen regime.
 */
export type ObligationScope =
  /** Every AI system in scope, whatever its tier (Art. 4). */
  | 'all'
  | 'prohibited'
  | `prohibited:${ProhibitedPracticeId}`
  /** Annex I Section A or Annex III, not derogated. */
  | 'high-risk'
  | 'high-risk-annex-i'
  | 'high-risk-annex-iii'
  /** Annex I Section B: only Art. 2(2) provisions. */
  | 'annex-i-section-b'
  /** Annex III system relieved by Art. 6(3). */
  | 'derogated'
  | 'fria'
  | 'public-authority'
  | 'role-flip'
  | `transparency:${TransparencyCaseId}`
  | 'gpai'
  | 'gpai-systemic';

/** 'high-risk-route' = the Annex I or Annex III milestone of the regime; null = no fixed date. */
export type ObligationTiming = AiActMilestoneId | 'high-risk-route' | null;

export interface AiActObligation {
  readonly id: string;
  readonly scope: ObligationScope;
  readonly roles: readonly OperatorRoleId[];
  readonly ref: string;
  readonly text: Text;
  /** Replaces `text` under a regime whose wording differs. */
  readonly textByRegime?: Partial<ByRegime<Text>>;
  readonly timing: ObligationTiming;
  readonly note?: Text;
  readonly noteByRegime?: Partial<ByRegime<Text>>;
}

const ALL_ROLES: readonly OperatorRoleId[] = [
  'provider',
  'deployer',
  'importer',
  'distributor',
  'authorised-representative',
  'product-manufacturer',
];
const PROVIDER: readonly OperatorRoleId[] = ['provider', 'product-manufacturer'];

const GENERAL_OBLIGATIONS: readonly AiActObligation[] = [
  {
    id: 'ai-literacy',
    scope: 'all',
    roles: ['provider', 'deployer', 'product-manufacturer'],
    ref: 'Art. 4',
    text: {
      de: 'Maßnahmen zur KI-Kompetenz des Personals und weiterer Personen treffen, die in Ihrem Auftrag mit KI-Systemen umgehen.',
      en: 'Take AI literacy measures for staff and other persons dealing with AI systems on your behalf.',
    },
    // Amended wording [S] S8: "support the development", no duty to guarantee a level.
    textByRegime: {
      'original-2024': {
        de: 'Maßnahmen ergreifen, um nach besten Kräften ein ausreichendes Maß an KI-Kompetenz des Personals und weiterer Personen sicherzustellen, die in Ihrem Auftrag mit KI-Systemen umgehen – unter Berücksichtigung von Vorkenntnissen, Einsatzkontext und betroffenen Personen.',
        en: 'Take measures to ensure, to the best extent possible, a sufficient level of AI literacy of staff and other persons dealing with AI systems on your behalf, taking into account their knowledge, the context of use and the persons affected.',
      },
      'amended-2026': {
        de: 'Maßnahmen ergreifen, um die Entwicklung von KI-Kompetenz des Personals und weiterer Personen, die in Ihrem Auftrag mit KI-Systemen umgehen, zu fördern; ein bestimmtes Kompetenzniveau muss nicht gewährleistet werden.',
        en: 'Take measures to support the development of AI literacy of staff and other persons dealing with AI systems on your behalf; there is no duty to guarantee a particular level.',
      },
    },
    timing: 'prohibitions-and-literacy',
  },
  {
    id: 'prohibition-penalty',
    scope: 'prohibited',
    roles: ALL_ROLES,
    ref: 'Art. 99(3)',
    text: PROHIBITION_PENALTY,
    timing: null,
  },
  {
    id: 'annex-i-section-b',
    scope: 'annex-i-section-b',
    roles: ALL_ROLES,
    ref: 'Art. 2(2)',
    text: {
      de: 'Produkt nach Anhang I Abschnitt B: Von der KI-VO gelten nur Art. 6 Abs. 1 und die Änderungen der Sektorvorschriften; die Anforderungen an Hochrisiko-KI-Systeme werden über das sektorale Typgenehmigungs- bzw. Produktrecht umgesetzt.',
      en: 'Product under Annex I Section B: only Art. 6(1) and the amendments to the sectoral acts apply from the AI Act; the high-risk requirements reach the product through its sectoral type-approval or product legislation.',
    },
    timing: null,
  },
  {
    id: 'derogation-art-6-4',
    scope: 'derogated',
    roles: PROVIDER,
    ref: 'Art. 6(4)',
    text: {
      de: 'Bewertung, dass das System trotz Anhang III nicht hochriskant ist, vor dem Inverkehrbringen dokumentieren und den Behörden auf Verlangen vorlegen.',
      en: 'Document the assessment that the system is not high-risk despite Annex III before placing it on the market, and provide it to authorities on request.',
    },
    timing: 'annex-iii-high-risk',
  },
  {
    id: 'derogation-art-49-2',
    scope: 'derogated',
    roles: PROVIDER,
    ref: DEROGATION_DOCUMENTATION.refs[1],
    text: {
      de: 'System trotz Ausnahme nach Art. 6 Abs. 3 in der EU-Datenbank registrieren.',
      en: 'Register the system in the EU database even though the Art. 6(3) derogation applies.',
    },
    // [S/U] The Omnibus kept the duty (S9); its date of application afterwards is unconfirmed (Opencomplai).
    noteByRegime: {
      'amended-2026': {
        de: 'Geltungsbeginn der Registrierungspflicht nach dem Omnibus nicht bestätigt – vor Fristplanung prüfen.',
        en: 'Date of application of the registration duty after the Omnibus is unconfirmed; check before planning.',
      },
    },
    timing: 'annex-iii-high-risk',
  },
  {
    id: 'role-flip-art-25-1',
    scope: 'role-flip',
    roles: ROLE_FLIP.appliesTo,
    ref: ROLE_FLIP.ref,
    text: {
      de: 'Durch eigene Marke, wesentliche Veränderung oder geänderte Zweckbestimmung werden Sie Anbieter des Hochrisiko-KI-Systems; die Anbieterpflichten gelten zusätzlich zu Ihren bisherigen.',
      en: 'By own branding, substantial modification or a changed intended purpose you become the provider of the high-risk AI system; the provider obligations apply in addition to your existing ones.',
    },
    timing: 'high-risk-route',
  },
];

const PROHIBITED_OBLIGATIONS: readonly AiActObligation[] = PROHIBITED_PRACTICES.map((p) => ({
  id: `prohibited-${p.id}`,
  scope: `prohibited:${p.id}`,
  roles: ALL_ROLES,
  ref: p.ref,
  text: {
    de: `Verbotene Praxis („${p.title.de}“): nicht in Verkehr bringen, nicht in Betrieb nehmen, nicht verwenden; laufende Nutzung einstellen.`,
    en: `Prohibited practice ("${p.title.en}"): do not place on the market, put into service or use; stop any current use.`,
  },
  timing: p.milestone,
}));

const TRANSPARENCY_OBLIGATIONS: readonly AiActObligation[] = TRANSPARENCY_CASES.map((c) => ({
  id: `transparency-${c.id}`,
  scope: `transparency:${c.id}`,
  roles: c.addressee === 'provider' ? PROVIDER : ['deployer'],
  ref: c.ref,
  text: c.duty,
  timing: c.milestone,
  ...(c.id === 'synthetic-content' ? { noteByRegime: { 'amended-2026': SYNTHETIC_CONTENT_TRANSITION } } : {}),
}));

const OPEN_SOURCE_NOTE: Text = {
  de: 'Entfällt für Open-Source-Modelle mit öffentlich zugänglichen Gewichten, sofern kein systemisches Risiko besteht.',
  en: 'Not required for open-source models with publicly available weights unless they carry systemic risk.',
};

const GPAI_OBLIGATIONS: readonly AiActObligation[] = GPAI_DUTIES.map((d) => ({
  id: `gpai-${d.id}`,
  scope: d.scope === 'all' ? 'gpai' : 'gpai-systemic',
  roles: ['provider'],
  ref: d.ref,
  text: d.text,
  timing: 'gpai-and-governance',
  note: d.openSourceExempt
    ? { de: `${OPEN_SOURCE_NOTE.de} ${GPAI_LEGACY_NOTE.de}`, en: `${OPEN_SOURCE_NOTE.en} ${GPAI_LEGACY_NOTE.en}` }
    : GPAI_LEGACY_NOTE,
}));

export const AI_ACT_OBLIGATIONS: readonly AiActObligation[] = [
  ...PROHIBITED_OBLIGATIONS,
  ...GENERAL_OBLIGATIONS,
  ...HIGH_RISK_OBLIGATIONS,
  ...TRANSPARENCY_OBLIGATIONS,
  ...GPAI_OBLIGATIONS,
];
