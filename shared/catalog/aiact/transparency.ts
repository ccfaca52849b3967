import type { Text } from '../types';
import type { AiActMilestoneId } from './types';

/**
 * Art. 50 transparency cases ("limited risk"). [V] S7. They apply on top of the high-risk rules (Art. 50(6))
 * from 2 Aug 2026 in both regimes. Omnibus [S] S8, S9: generative systems placed on the market before
 * 2 Aug 2026 have until 2 Dec 2026 for Art. 50(2) only.
 */
export const TRANSPARENCY_CASE_IDS = [
  'interaction',
  'synthetic-content',
  'emotion-or-biometric-categorisation',
  'deep-fake',
  'public-interest-text',
] as const;
export type TransparencyCaseId = (typeof TRANSPARENCY_CASE_IDS)[number];

export interface TransparencyCase {
  readonly id: TransparencyCaseId;
  readonly ref: string;
  /** Who carries the duty. */
  readonly addressee: 'provider' | 'deployer';
  readonly title: Text;
  readonly duty: Text;
  readonly exemptions?: Text;
  readonly milestone: AiActMilestoneId;
}

export const TRANSPARENCY_CASES: readonly TransparencyCase[] = [
  {
    id: 'interaction',
    ref: 'Art. 50(1)',
    addressee: 'provider',
    title: { de: 'Interaktion mit natürlichen Personen', en: 'Interaction with natural persons' },
    duty: {
      de: 'System so gestalten, dass die Personen erfahren, dass sie mit einem KI-System interagieren – außer es ist offensichtlich.',
      en: 'Design the system so that people are told they are interacting with an AI system, unless this is obvious.',
    },
    exemptions: {
      de: 'Ausnahme für gesetzlich zugelassene Systeme zur Aufdeckung, Verhütung und Verfolgung von Straftaten.',
      en: 'Exemption for systems authorised by law to detect, prevent or prosecute criminal offences.',
    },
    milestone: 'general-application',
  },
  {
    id: 'synthetic-content',
    ref: 'Art. 50(2)',
    addressee: 'provider',
    title: { de: 'Synthetische Inhalte', en: 'Synthetic content' },
    duty: {
      de: 'Synthetische Audio-, Bild-, Video- und Textausgaben maschinenlesbar kennzeichnen, sodass sie als künstlich erzeugt oder manipuliert erkennbar sind (gilt auch für GPAI-Systeme).',
      en: 'Mark synthetic audio, image, video and text outputs in a machine-readable, detectable way as artificially generated or manipulated (also for GPAI systems).',
    },
    exemptions: {
      de: 'Ausgenommen: unterstützende Standardbearbeitung ohne wesentliche Veränderung der Eingaben.',
      en: 'Exempt: assistive standard editing that does not substantially alter the input.',
    },
    milestone: 'general-application',
  },
  {
    id: 'emotion-or-biometric-categorisation',
    ref: 'Art. 50(3)',
    addressee: 'deployer',
    title: {
      de: 'Emotionserkennung oder biometrische Kategorisierung',
      en: 'Emotion recognition or biometric categorisation',
    },
    duty: {
      de: 'Betroffene Personen über den Betrieb des Systems informieren und personenbezogene Daten DSGVO-konform verarbeiten.',
      en: 'Inform the persons exposed about the operation of the system and process personal data in line with the GDPR.',
    },
    milestone: 'general-application',
  },
  {
    id: 'deep-fake',
    ref: 'Art. 50(4)',
    addressee: 'deployer',
    title: { de: 'Deepfakes', en: 'Deep fakes' },
    duty: {
      de: 'Offenlegen, dass Bild-, Audio- oder Videoinhalte künstlich erzeugt oder manipuliert wurden.',
      en: 'Disclose that image, audio or video content has been artificially generated or manipulated.',
    },
    exemptions: {
      de: 'Bei offensichtlich künstlerischen, satirischen oder fiktionalen Werken genügt ein Hinweis, der die Darstellung nicht beeinträchtigt.',
      en: 'For evidently artistic, satirical or fictional works a disclosure that does not hamper the work suffices.',
    },
    milestone: 'general-application',
  },
  {
    id: 'public-interest-text',
    ref: 'Art. 50(4)',
    addressee: 'deployer',
    title: {
      de: 'KI-Texte zu Angelegenheiten von öffentlichem Interesse',
      en: 'AI text on matters of public interest',
    },
    duty: {
      de: 'Offenlegen, dass ein zur Information der Öffentlichkeit veröffentlichter Text künstlich erzeugt oder manipuliert wurde.',
      en: 'Disclose that text published to inform the public on matters of public interest was artificially generated or manipulated.',
    },
    exemptions: {
      de: 'Entfällt bei menschlicher redaktioneller Prüfung, wenn eine Person die redaktionelle Verantwortung trägt.',
      en: 'Not needed where the text underwent human editorial review and someone holds editorial responsibility.',
    },
    milestone: 'general-application',
  },
];

/** Art. 50(5): how and when the information is given. */
export const TRANSPARENCY_TIMING: Text = {
  de: 'Die Information muss klar und barrierefrei spätestens bei der ersten Interaktion oder Exposition erfolgen (Art. 50 Abs. 5).',
  en: 'The information must be given clearly and accessibly, at the latest at the first interaction or exposure (Art. 50(5)).',
};

/** Omnibus transition for Art. 50(2) (Art. 111(4) as inserted) [S] S8, S9. */
export const SYNTHETIC_CONTENT_TRANSITION: Text = {
  de: 'Generative Systeme, die vor dem 2. August 2026 in Verkehr gebracht wurden, müssen Art. 50 Abs. 2 erst ab dem 2. Dezember 2026 erfüllen (Art. 111 Abs. 4).',
  en: 'Generative systems placed on the market before 2 August 2026 must meet Art. 50(2) from 2 December 2026 (Art. 111(4)).',
};

export function transparencyCase(id: TransparencyCaseId): TransparencyCase {
  const c = TRANSPARENCY_CASES.find((x) => x.id === id);
  if (!c) throw new Error(`unknown transparency case ${id}`);
  return c;
}
