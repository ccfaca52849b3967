import type { Vocabulary } from './vocabulary';

/** Implementation status of an Annex A control in the Statement of Applicability. */
export const IMPLEMENTATION_STATUSES = ['not-started', 'planned', 'partial', 'implemented'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export const IMPLEMENTATION_STATUS_LABELS: Vocabulary<ImplementationStatus> = {
  'not-started': {
    label: { de: 'Nicht begonnen', en: 'Not started' },
    description: {
      de: 'Für die Maßnahme gibt es weder Umsetzung noch Planung.',
      en: 'The control is neither in place nor planned.',
    },
  },
  planned: {
    label: { de: 'Geplant', en: 'Planned' },
    description: {
      de: 'Die Umsetzung ist mit Verantwortlichen und Termin eingeplant, aber noch nicht begonnen.',
      en: 'Implementation is scheduled with an owner and a date but has not started.',
    },
  },
  partial: {
    label: { de: 'Teilweise umgesetzt', en: 'Partially implemented' },
    description: {
      de: 'Die Maßnahme greift in Teilen oder nicht für alle KI-Systeme im Anwendungsbereich.',
      en: 'The control works in part, or not yet for every AI system in scope.',
    },
  },
  implemented: {
    label: { de: 'Umgesetzt', en: 'Implemented' },
    description: {
      de: 'Die Maßnahme ist vollständig eingeführt und ihre Anwendung ist nachweisbar.',
      en: 'The control is fully in place and its use can be shown.',
    },
  },
};

/** Why a control is included in the SoA (ISO 42001 6.1.3 asks for a justification of each inclusion). */
export const INCLUSION_REASONS = ['risk', 'legal', 'contractual', 'best-practice'] as const;
export type InclusionReason = (typeof INCLUSION_REASONS)[number];

export const INCLUSION_REASON_LABELS: Vocabulary<InclusionReason> = {
  risk: {
    label: { de: 'Risikobehandlung', en: 'Risk treatment' },
    description: {
      de: 'Die Maßnahme wird zur Behandlung eines bewerteten KI-Risikos benötigt.',
      en: 'The control is needed to treat an assessed AI risk.',
    },
  },
  legal: {
    label: { de: 'Gesetzliche Anforderung', en: 'Legal requirement' },
    description: {
      de: 'Ein Gesetz oder eine Verordnung, etwa die KI-Verordnung (EU) 2024/1689 oder die DSGVO, verlangt die Maßnahme.',
      en: 'A law or regulation, such as the AI Act (EU) 2024/1689 or the GDPR, calls for the control.',
    },
  },
  contractual: {
    label: { de: 'Vertragliche Anforderung', en: 'Contractual requirement' },
    description: {
      de: 'Ein Vertrag mit Kunden, Lieferanten oder Partnern verlangt die Maßnahme.',
      en: 'A contract with customers, suppliers or partners calls for the control.',
    },
  },
  'best-practice': {
    label: { de: 'Bewährte Praxis', en: 'Best practice' },
    description: {
      de: 'Die Maßnahme wird ohne konkrete Pflicht als anerkannte gute Praxis umgesetzt, etwa zur Stärkung der KI-Governance.',
      en: 'The control is adopted as recognised good practice without a specific duty, e.g. to strengthen AI governance.',
    },
  },
};
