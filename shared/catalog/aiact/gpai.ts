import type { Text } from '../types';

/**
 * General-purpose AI models, Arts. 51–55 (Chapter V), applicable from 2 Aug 2025 in both regimes. [V] S7
 * Models placed on the market before 2 Aug 2025 comply by 2 Aug 2027 (Art. 111(3)).
 */

/** Art. 51(2): systemic risk is presumed when cumulative training compute exceeds 10^25 FLOP. */
export const GPAI_SYSTEMIC_RISK_FLOP_THRESHOLD = 1e25;

export const GPAI_SYSTEMIC_RISK_RULE = {
  ref: 'Art. 51',
  text: {
    de: 'Ein GPAI-Modell hat ein systemisches Risiko, wenn es über Fähigkeiten mit hoher Wirkungskraft verfügt; vermutet wird dies bei mehr als 10^25 FLOP Trainingsrechenaufwand. Die Kommission kann ein Modell zudem anhand der Kriterien des Anhangs XIII benennen.',
    en: 'A GPAI model has systemic risk if it has high-impact capabilities; this is presumed above 10^25 FLOP of training compute. The Commission can also designate a model using the Annex XIII criteria.',
  } satisfies Text,
} as const;

export type GpaiDutyScope = 'all' | 'systemic';

export interface GpaiDuty {
  readonly id: string;
  readonly ref: string;
  readonly scope: GpaiDutyScope;
  readonly text: Text;
  /** Open-source models with public weights are exempt unless they carry systemic risk (Art. 53(2), 54(6)). */
  readonly openSourceExempt?: boolean;
}

export const GPAI_DUTIES: readonly GpaiDuty[] = [
  {
    id: 'technical-documentation',
    ref: 'Art. 53(1)(a)',
    scope: 'all',
    openSourceExempt: true,
    text: {
      de: 'Technische Dokumentation des Modells nach Anhang XI erstellen und für AI Office und zuständige Behörden aktuell halten.',
      en: 'Draw up and keep up to date the model’s technical documentation under Annex XI for the AI Office and national authorities.',
    },
  },
  {
    id: 'downstream-information',
    ref: 'Art. 53(1)(b)',
    scope: 'all',
    openSourceExempt: true,
    text: {
      de: 'Informationen und Dokumentation für nachgelagerte Anbieter bereitstellen (Anhang XII).',
      en: 'Provide information and documentation to downstream providers (Annex XII).',
    },
  },
  {
    id: 'copyright-policy',
    ref: 'Art. 53(1)(c)',
    scope: 'all',
    text: {
      de: 'Urheberrechtsstrategie einführen, einschließlich der Beachtung von Nutzungsvorbehalten für Text und Data Mining (Art. 4 Abs. 3 Richtlinie (EU) 2019/790).',
      en: 'Put in place a copyright policy, including honouring text-and-data-mining opt-outs (Art. 4(3) Directive (EU) 2019/790).',
    },
  },
  {
    id: 'training-summary',
    ref: 'Art. 53(1)(d)',
    scope: 'all',
    text: {
      de: 'Zusammenfassung der Trainingsinhalte nach der Vorlage des AI Office veröffentlichen.',
      en: 'Publish a summary of the training content using the AI Office template.',
    },
  },
  {
    id: 'authorised-representative',
    ref: 'Art. 54',
    scope: 'all',
    openSourceExempt: true,
    text: {
      de: 'Anbieter aus Drittländern benennen vor dem Inverkehrbringen einen Bevollmächtigten in der Union.',
      en: 'Providers established outside the Union appoint an authorised representative in the Union before placing the model on the market.',
    },
  },
  {
    id: 'notification',
    ref: 'Art. 52(1)',
    scope: 'systemic',
    text: {
      de: 'Kommission unverzüglich, spätestens binnen zwei Wochen nach Erreichen der Schwelle unterrichten; Gegenargumente zur Einstufung sind möglich.',
      en: 'Notify the Commission without delay and within two weeks of meeting the threshold; arguments against the classification may be submitted.',
    },
  },
  {
    id: 'evaluation',
    ref: 'Art. 55(1)(a)',
    scope: 'systemic',
    text: {
      de: 'Modellbewertung nach dem Stand der Technik durchführen, einschließlich Angriffstests (Adversarial Testing).',
      en: 'Perform state-of-the-art model evaluation, including adversarial testing.',
    },
  },
  {
    id: 'systemic-risk-mitigation',
    ref: 'Art. 55(1)(b)',
    scope: 'systemic',
    text: {
      de: 'Mögliche systemische Risiken auf Unionsebene bewerten und mindern.',
      en: 'Assess and mitigate possible systemic risks at Union level.',
    },
  },
  {
    id: 'incident-reporting',
    ref: 'Art. 55(1)(c)',
    scope: 'systemic',
    text: {
      de: 'Schwerwiegende Vorfälle und Abhilfemaßnahmen erfassen und dem AI Office melden.',
      en: 'Track, document and report serious incidents and corrective measures to the AI Office.',
    },
  },
  {
    id: 'cybersecurity',
    ref: 'Art. 55(1)(d)',
    scope: 'systemic',
    text: {
      de: 'Angemessene Cybersicherheit für Modell und physische Infrastruktur gewährleisten.',
      en: 'Ensure an adequate level of cybersecurity for the model and its physical infrastructure.',
    },
  },
];

export const GPAI_LEGACY_NOTE: Text = {
  de: 'Vor dem 2. August 2025 in Verkehr gebrachte Modelle müssen die Pflichten bis zum 2. August 2027 erfüllen (Art. 111 Abs. 3).',
  en: 'Models placed on the market before 2 August 2025 must comply by 2 August 2027 (Art. 111(3)).',
};
