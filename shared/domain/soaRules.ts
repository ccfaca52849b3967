/*
 * Rule table behind the SoA suggestion (soa.ts). Each rule names the Annex A controls it makes applicable,
 * the kind of inclusion reason, and for legal rules the EU AI Act articles (Regulation (EU) 2024/1689)
 * that back it (crosswalk: fact sheet §6.2).
 *
 * | rule                          | trigger                                                   | kind          |
 * |-------------------------------|-----------------------------------------------------------|---------------|
 * | risk-treatment                | a risk treated by 'modify' or 'share' links the control   | risk          |
 * | ai-act-prohibited             | a system classified as prohibited (Art. 5), any role      | legal         |
 * | ai-act-high-risk-provider     | high-risk system, role provider or product manufacturer   | legal         |
 * | ai-act-high-risk-deployer     | high-risk system, role deployer (Art. 26)                 | legal         |
 * | ai-act-high-risk-supply-chain | high-risk system, importer / distributor / auth. repr.    | legal         |
 * | ai-act-fria                   | deployer flagged as owing a FRIA (Art. 27)                | legal         |
 * | ai-act-transparency           | system in the transparency tier (Art. 50)                 | legal         |
 * | ai-act-gpai                   | the organisation provides a general-purpose AI model      | legal         |
 * | ai-act-literacy               | any system where the organisation is provider or deployer | legal         |
 * | contract                      | a recorded contractual requirement names the control      | contractual   |
 * | governance-core               | always (A.2.x, A.3.x back clauses 5.2 and 5.3)            | best-practice |
 * | impact-assessment-core        | always (A.5.2, A.5.3 back mandatory clauses 6.1.4, 8.4)   | best-practice |
 * | deployer-use                  | any system where the organisation is deployer             | best-practice |
 * | provider-development          | any system where the organisation is provider             | best-practice |
 *
 * 'avoid' and 'retain' treatments create no risk reason: avoidance removes the activity and retention
 * accepts the risk without relying on further controls.
 */
import type { Text } from '../catalog/types';
import type { AnnexAControlId } from './requirementIds';

export type LegalRuleId =
  | 'ai-act-prohibited'
  | 'ai-act-high-risk-provider'
  | 'ai-act-high-risk-deployer'
  | 'ai-act-high-risk-supply-chain'
  | 'ai-act-fria'
  | 'ai-act-transparency'
  | 'ai-act-gpai'
  | 'ai-act-literacy';
export type BestPracticeRuleId =
  'governance-core' | 'impact-assessment-core' | 'deployer-use' | 'provider-development';
export type SoaRuleId = 'risk-treatment' | 'contract' | LegalRuleId | BestPracticeRuleId;

export interface ControlDuty {
  readonly controlId: AnnexAControlId;
  /** AI Act articles for legal rules; the backing ISO 42001 clause for best-practice rules. */
  readonly refs: readonly string[];
  readonly topic: Text;
}

const t = (de: string, en: string): Text => ({ de, en });

const IMPACT_DUTIES = (refs: readonly string[]): ControlDuty[] => [
  {
    controlId: 'A.5.2',
    refs,
    topic: t('Prozess der KI-Folgenabschätzung', 'AI system impact assessment process'),
  },
  {
    controlId: 'A.5.3',
    refs,
    topic: t('Dokumentation der Folgenabschätzungen', 'documentation of impact assessments'),
  },
  {
    controlId: 'A.5.4',
    refs,
    topic: t('Auswirkungen auf Personen und Gruppen', 'impact on individuals and groups'),
  },
  { controlId: 'A.5.5', refs, topic: t('gesellschaftliche Auswirkungen', 'societal impact') },
];

const DATA_DUTIES: ControlDuty[] = (['A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6'] as const).map(
  (controlId) => ({
    controlId,
    refs: ['Art. 10'],
    topic: t('Daten und Daten-Governance', 'data and data governance'),
  }),
);

// prettier-ignore
export const LEGAL_RULES: Readonly<Record<LegalRuleId, readonly ControlDuty[]>> = {
  'ai-act-prohibited': [
    { controlId: 'A.2.2', refs: ['Art. 5'], topic: t('Verbot in der KI-Politik verankern', 'ban set out in the AI policy') },
    { controlId: 'A.5.4', refs: ['Art. 5'], topic: t('Schaden für Personen bewerten', 'harm to persons assessed') },
    { controlId: 'A.5.5', refs: ['Art. 5'], topic: t('gesellschaftlichen Schaden bewerten', 'harm to society assessed') },
    { controlId: 'A.9.4', refs: ['Art. 5'], topic: t('verbotene Verwendung ausschließen', 'prohibited use ruled out') },
  ],
  'ai-act-high-risk-provider': [
    ...IMPACT_DUTIES(['Art. 9(2)']),
    { controlId: 'A.6.1.3', refs: ['Art. 17(1)'], topic: t('Entwurfs- und Entwicklungsverfahren im QMS', 'design and development procedures in the QMS') },
    { controlId: 'A.6.2.2', refs: ['Art. 14', 'Art. 15'], topic: t('Anforderungen an Aufsicht, Genauigkeit und Robustheit', 'requirements for oversight, accuracy and robustness') },
    { controlId: 'A.6.2.3', refs: ['Art. 11'], topic: t('Entwurfs- und Entwicklungsdokumentation', 'design and development documentation') },
    { controlId: 'A.6.2.4', refs: ['Art. 9(6)–(8)', 'Art. 15'], topic: t('Tests gegen festgelegte Metriken', 'testing against defined metrics') },
    { controlId: 'A.6.2.5', refs: ['Art. 16', 'Art. 43'], topic: t('Konformitätsbewertung vor dem Inverkehrbringen', 'conformity assessment before placing on the market') },
    { controlId: 'A.6.2.6', refs: ['Art. 15', 'Art. 72'], topic: t('Überwachung im Betrieb und nach dem Inverkehrbringen', 'operational and post-market monitoring') },
    { controlId: 'A.6.2.7', refs: ['Art. 11', 'Art. 13'], topic: t('technische Dokumentation und Betriebsanleitung', 'technical documentation and instructions for use') },
    { controlId: 'A.6.2.8', refs: ['Art. 12'], topic: t('automatische Protokollierung', 'automatic record-keeping') },
    ...DATA_DUTIES,
    { controlId: 'A.8.2', refs: ['Art. 13'], topic: t('Transparenz gegenüber Betreibern', 'transparency towards deployers') },
    { controlId: 'A.8.4', refs: ['Art. 73'], topic: t('Meldung schwerwiegender Vorfälle', 'reporting of serious incidents') },
    { controlId: 'A.8.5', refs: ['Art. 49', 'Art. 73'], topic: t('Registrierungs- und Meldepflichten', 'registration and reporting duties') },
  ],
  'ai-act-high-risk-deployer': [
    { controlId: 'A.3.2', refs: ['Art. 26(2)'], topic: t('menschliche Aufsicht kompetenten Personen zuweisen', 'human oversight assigned to competent persons') },
    { controlId: 'A.6.2.6', refs: ['Art. 26(5)'], topic: t('Betrieb überwachen', 'operation monitored') },
    { controlId: 'A.6.2.8', refs: ['Art. 26(6)'], topic: t('Protokolle mindestens sechs Monate aufbewahren', 'logs kept for at least six months') },
    { controlId: 'A.7.4', refs: ['Art. 26(4)'], topic: t('relevante und repräsentative Eingabedaten', 'relevant and representative input data') },
    { controlId: 'A.8.4', refs: ['Art. 26(5)'], topic: t('Anbieter und Behörden über Vorfälle informieren', 'provider and authorities informed of incidents') },
    { controlId: 'A.8.5', refs: ['Art. 26(7)', 'Art. 26(11)'], topic: t('Beschäftigte und betroffene Personen informieren', 'workers and affected persons informed') },
    { controlId: 'A.9.2', refs: ['Art. 26(1)'], topic: t('Verwendung gemäß Betriebsanleitung', 'use in line with the instructions for use') },
    { controlId: 'A.9.4', refs: ['Art. 26(1)'], topic: t('bestimmungsgemäße Verwendung', 'intended use') },
  ],
  'ai-act-high-risk-supply-chain': [
    { controlId: 'A.10.2', refs: ['Art. 22', 'Art. 23', 'Art. 24'], topic: t('Pflichten in der Wertschöpfungskette', 'duties along the value chain') },
    { controlId: 'A.10.3', refs: ['Art. 23', 'Art. 24'], topic: t('Konformität des Anbieters prüfen', 'provider conformity verified') },
  ],
  'ai-act-fria': IMPACT_DUTIES(['Art. 27']),
  'ai-act-transparency': [
    { controlId: 'A.8.2', refs: ['Art. 50'], topic: t('Hinweis auf KI-Interaktion bzw. KI-Inhalte', 'notice of AI interaction or AI-generated content') },
    { controlId: 'A.8.5', refs: ['Art. 50'], topic: t('Transparenzpflichten gegenüber Betroffenen', 'transparency duties towards affected persons') },
  ],
  'ai-act-gpai': [
    { controlId: 'A.6.2.7', refs: ['Art. 53(1)(a)'], topic: t('technische Dokumentation des Modells', 'technical documentation of the model') },
    { controlId: 'A.7.3', refs: ['Art. 53(1)(c)'], topic: t('Urheberrechtsstrategie für Trainingsdaten', 'copyright policy for training data') },
    { controlId: 'A.7.5', refs: ['Art. 53(1)(d)'], topic: t('Zusammenfassung der Trainingsinhalte', 'summary of training content') },
    { controlId: 'A.8.2', refs: ['Art. 53(1)(b)'], topic: t('Informationen für nachgelagerte Anbieter', 'information for downstream providers') },
    { controlId: 'A.10.4', refs: ['Art. 53(1)(b)'], topic: t('Bedürfnisse nachgelagerter Anbieter', 'needs of downstream providers') },
  ],
  'ai-act-literacy': [
    { controlId: 'A.4.6', refs: ['Art. 4'], topic: t('KI-Kompetenz des Personals', 'AI literacy of staff') },
  ],
};

// prettier-ignore
export const BEST_PRACTICE_RULES: Readonly<Record<BestPracticeRuleId, readonly ControlDuty[]>> = {
  'governance-core': [
    { controlId: 'A.2.2', refs: ['5.2'], topic: t('KI-Politik als Rahmen der KI-Governance', 'AI policy as the frame of AI governance') },
    { controlId: 'A.2.3', refs: ['5.2'], topic: t('Abstimmung mit bestehenden Richtlinien', 'alignment with existing policies') },
    { controlId: 'A.2.4', refs: ['5.2'], topic: t('regelmäßige Überprüfung der KI-Politik', 'regular review of the AI policy') },
    { controlId: 'A.3.2', refs: ['5.3'], topic: t('klare KI-Rollen und Verantwortlichkeiten', 'clear AI roles and responsibilities') },
    { controlId: 'A.3.3', refs: ['5.3'], topic: t('Meldeweg für Bedenken', 'channel for raising concerns') },
  ],
  'impact-assessment-core': [
    { controlId: 'A.5.2', refs: ['6.1.4'], topic: t('Prozess der KI-Folgenabschätzung', 'AI system impact assessment process') },
    { controlId: 'A.5.3', refs: ['8.4'], topic: t('Dokumentation der Folgenabschätzungen', 'documentation of impact assessments') },
  ],
  'deployer-use': [
    { controlId: 'A.9.2', refs: ['8.1'], topic: t('Verfahren für verantwortungsvolle Nutzung', 'processes for responsible use') },
    { controlId: 'A.9.3', refs: ['6.2'], topic: t('Ziele für verantwortungsvolle Nutzung', 'objectives for responsible use') },
    { controlId: 'A.9.4', refs: ['8.1'], topic: t('bestimmungsgemäße Verwendung', 'intended use') },
  ],
  'provider-development': [
    { controlId: 'A.6.1.2', refs: ['6.2'], topic: t('Ziele für verantwortungsvolle Entwicklung', 'objectives for responsible development') },
    { controlId: 'A.6.1.3', refs: ['8.1'], topic: t('Verfahren für Entwurf und Entwicklung', 'design and development processes') },
  ],
};
