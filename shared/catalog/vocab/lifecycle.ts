import type { Vocabulary } from './vocabulary';

/** Life-cycle stage of an AI system in the inventory (ISO/IEC 22989 stages, simplified). */
export const LIFECYCLE_STAGES = [
  'idea',
  'design',
  'development',
  'validation',
  'deployment',
  'operation',
  'retired',
] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const LIFECYCLE_STAGE_LABELS: Vocabulary<LifecycleStage> = {
  idea: {
    label: { de: 'Idee und Konzeption', en: 'Idea and inception' },
    description: {
      de: 'Der Anwendungsfall wird beschrieben, Nutzen und Machbarkeit werden geprüft.',
      en: 'The use case is described and its benefit and feasibility are examined.',
    },
  },
  design: {
    label: { de: 'Entwurf', en: 'Design' },
    description: {
      de: 'Anforderungen, Architektur, Datenbedarf und menschliche Aufsicht werden festgelegt.',
      en: 'Requirements, architecture, data needs and human oversight are specified.',
    },
  },
  development: {
    label: { de: 'Entwicklung', en: 'Development' },
    description: {
      de: 'Daten werden aufbereitet, Modelle trainiert und das System gebaut oder beschafft.',
      en: 'Data is prepared, models are trained and the system is built or procured.',
    },
  },
  validation: {
    label: { de: 'Verifizierung und Validierung', en: 'Verification and validation' },
    description: {
      de: 'Das System wird gegen Anforderungen und Abnahmekriterien getestet.',
      en: 'The system is tested against its requirements and acceptance criteria.',
    },
  },
  deployment: {
    label: { de: 'Bereitstellung', en: 'Deployment' },
    description: {
      de: 'Das System wird freigegeben und in die Zielumgebung eingeführt.',
      en: 'The system is released and rolled out into its target environment.',
    },
  },
  operation: {
    label: { de: 'Betrieb und Überwachung', en: 'Operation and monitoring' },
    description: {
      de: 'Das System ist im Einsatz und wird auf Leistung, Drift und Vorfälle überwacht.',
      en: 'The system is in use and monitored for performance, drift and incidents.',
    },
  },
  retired: {
    label: { de: 'Außer Betrieb', en: 'Retired' },
    description: {
      de: 'Das System ist abgeschaltet; Daten, Modelle und Protokolle werden nach Vorgabe archiviert oder gelöscht.',
      en: 'The system is switched off; data, models and logs are archived or deleted as required.',
    },
  },
};
