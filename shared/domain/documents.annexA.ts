/*
 * Documented information that Annex A controls call for, needed only where the SoA marks the control
 * applicable (fact sheet §3b, a practitioner reading of the short forms). A.2.2 is left out: the AI
 * policy is already required by clause 5.2.
 */
import type { RequiredDocument } from './documents';

export const ANNEX_A_DOCUMENTS = [
  {
    id: 'resource-documentation',
    itemId: 'A.4.2',
    conditional: 'A.4.2',
    kind: 'document',
    title: { de: 'Dokumentation der Ressourcen', en: 'Resource documentation' },
    description: {
      de: 'Ressourcen, die die KI-Systeme in jeder Lebenszyklusphase benötigen.',
      en: 'Resources the AI systems need in each life-cycle stage.',
    },
  },
  {
    id: 'data-resources',
    itemId: 'A.4.3',
    conditional: 'A.4.3',
    kind: 'document',
    title: { de: 'Verzeichnis der Datenressourcen', en: 'Data resource inventory' },
    description: {
      de: 'Verwendete Daten mit Herkunft, Kategorien und Eigenschaften.',
      en: 'Data used, with origin, categories and characteristics.',
    },
  },
  {
    id: 'tooling-resources',
    itemId: 'A.4.4',
    conditional: 'A.4.4',
    kind: 'document',
    title: { de: 'Verzeichnis der Werkzeuge', en: 'Tooling inventory' },
    description: {
      de: 'Werkzeuge, Frameworks und Bibliotheken für Entwicklung und Betrieb.',
      en: 'Tools, frameworks and libraries for development and operation.',
    },
  },
  {
    id: 'computing-resources',
    itemId: 'A.4.5',
    conditional: 'A.4.5',
    kind: 'document',
    title: {
      de: 'Verzeichnis der System- und Rechenressourcen',
      en: 'System and computing resource inventory',
    },
    description: {
      de: 'Infrastruktur und Rechenkapazität, auf denen die KI-Systeme laufen.',
      en: 'Infrastructure and computing capacity the AI systems run on.',
    },
  },
  {
    id: 'human-resources',
    itemId: 'A.4.6',
    conditional: 'A.4.6',
    kind: 'document',
    title: { de: 'Dokumentation der personellen Ressourcen', en: 'Human resource documentation' },
    description: {
      de: 'Rollen und Kompetenzen, die über den Lebenszyklus benötigt werden.',
      en: 'Roles and competences needed across the life cycle.',
    },
  },
  {
    id: 'impact-assessment-documentation',
    itemId: 'A.5.3',
    conditional: 'A.5.3',
    kind: 'record',
    title: { de: 'Dokumentation der Folgenabschätzungen', en: 'Documentation of impact assessments' },
    description: {
      de: 'Ergebnisse der Folgenabschätzungen, für eine festgelegte Frist aufbewahrt.',
      en: 'Impact assessment results, kept for a defined retention period.',
    },
  },
  {
    id: 'individual-impact-assessments',
    itemId: 'A.5.4',
    conditional: 'A.5.4',
    kind: 'record',
    title: {
      de: 'Bewertung der Auswirkungen auf Personen und Gruppen',
      en: 'Assessment of impact on individuals and groups',
    },
    description: {
      de: 'Dokumentierte Bewertung der Auswirkungen, etwa auf Rechte, Fairness, Sicherheit und Privatsphäre.',
      en: 'Documented assessment of the impact on, e.g., rights, fairness, safety and privacy.',
    },
  },
  {
    id: 'societal-impact-assessments',
    itemId: 'A.5.5',
    conditional: 'A.5.5',
    kind: 'record',
    title: { de: 'Bewertung der gesellschaftlichen Auswirkungen', en: 'Assessment of societal impact' },
    description: {
      de: 'Dokumentierte Bewertung breiterer Auswirkungen, etwa auf Umwelt, Wirtschaft und demokratische Prozesse.',
      en: 'Documented assessment of wider effects, e.g. on the environment, the economy and democratic processes.',
    },
  },
  {
    id: 'development-objectives',
    itemId: 'A.6.1.2',
    conditional: 'A.6.1.2',
    kind: 'document',
    title: { de: 'Ziele für verantwortungsvolle Entwicklung', en: 'Objectives for responsible development' },
    description: {
      de: 'Ziele, die die Entwicklung von KI-Systemen lenken und in den Lebenszyklus einfließen.',
      en: 'Objectives that steer AI system development and feed into the life cycle.',
    },
  },
  {
    id: 'development-processes',
    itemId: 'A.6.1.3',
    conditional: 'A.6.1.3',
    kind: 'document',
    title: {
      de: 'Verfahren für verantwortungsvollen Entwurf und Entwicklung',
      en: 'Processes for responsible design and development',
    },
    description: {
      de: 'Phasen, Freigaben, Tests und Vorgaben zur menschlichen Aufsicht in der Entwicklung.',
      en: 'Stages, approvals, testing and human oversight requirements in development.',
    },
  },
  {
    id: 'system-requirements',
    itemId: 'A.6.2.2',
    conditional: 'A.6.2.2',
    kind: 'document',
    title: { de: 'Anforderungen und Spezifikation', en: 'Requirements and specification' },
    description: {
      de: 'Anforderungen an neue KI-Systeme oder wesentliche Erweiterungen.',
      en: 'Requirements for new AI systems or major enhancements.',
    },
  },
  {
    id: 'design-documentation',
    itemId: 'A.6.2.3',
    conditional: 'A.6.2.3',
    kind: 'document',
    title: { de: 'Entwurfs- und Entwicklungsdokumentation', en: 'Design and development documentation' },
    description: {
      de: 'Entwurfsentscheidungen gemessen an Zielen und Anforderungen, etwa Modellkarten.',
      en: 'Design choices against objectives and requirements, e.g. model cards.',
    },
  },
  {
    id: 'verification-validation',
    itemId: 'A.6.2.4',
    conditional: 'A.6.2.4',
    kind: 'document',
    title: { de: 'Verifizierungs- und Validierungsmaßnahmen', en: 'Verification and validation measures' },
    description: {
      de: 'Testverfahren, Metriken und Abnahmekriterien sowie ihre Ergebnisse.',
      en: 'Test procedures, metrics and acceptance criteria, and their results.',
    },
  },
  {
    id: 'deployment-plan',
    itemId: 'A.6.2.5',
    conditional: 'A.6.2.5',
    kind: 'document',
    title: { de: 'Bereitstellungsplan', en: 'Deployment plan' },
    description: {
      de: 'Plan für die Einführung und Nachweis, dass die Anforderungen vor der Freigabe erfüllt sind.',
      en: 'Roll-out plan and evidence that requirements are met before release.',
    },
  },
  {
    id: 'technical-documentation',
    itemId: 'A.6.2.7',
    conditional: 'A.6.2.7',
    kind: 'document',
    title: { de: 'Technische Dokumentation', en: 'Technical documentation' },
    description: {
      de: 'Dokumentation für Nutzer, Partner und Behörden in geeigneter Form.',
      en: 'Documentation for users, partners and authorities in a suitable form.',
    },
  },
  {
    id: 'event-logs',
    itemId: 'A.6.2.8',
    conditional: 'A.6.2.8',
    kind: 'record',
    title: { de: 'Ereignisprotokolle', en: 'Event logs' },
    description: {
      de: 'Festlegung, in welchen Phasen protokolliert wird, und die Protokolle selbst, mindestens aus dem Betrieb.',
      en: 'Which stages are logged, and the logs themselves, at least from operation.',
    },
  },
  {
    id: 'data-management-processes',
    itemId: 'A.7.2',
    conditional: 'A.7.2',
    kind: 'document',
    title: { de: 'Datenmanagementverfahren', en: 'Data management processes' },
    description: {
      de: 'Verfahren für den Umgang mit Daten in Entwicklung und Weiterentwicklung.',
      en: 'Processes for handling data in development and enhancement.',
    },
  },
  {
    id: 'data-acquisition',
    itemId: 'A.7.3',
    conditional: 'A.7.3',
    kind: 'record',
    title: { de: 'Angaben zur Datenbeschaffung', en: 'Data acquisition details' },
    description: {
      de: 'Quellen, Rechte, Einwilligungen und Umfang der beschafften Daten.',
      en: 'Sources, rights, consent and volume of the data acquired.',
    },
  },
  {
    id: 'data-quality-requirements',
    itemId: 'A.7.4',
    conditional: 'A.7.4',
    kind: 'document',
    title: { de: 'Anforderungen an die Datenqualität', en: 'Data quality requirements' },
    description: {
      de: 'Qualitätskriterien einschließlich Repräsentativität und Verzerrungen, und Prüfergebnisse.',
      en: 'Quality criteria including representativeness and bias, and check results.',
    },
  },
  {
    id: 'data-provenance',
    itemId: 'A.7.5',
    conditional: 'A.7.5',
    kind: 'record',
    title: { de: 'Nachweise zur Datenherkunft', en: 'Data provenance records' },
    description: {
      de: 'Herkunft und Verarbeitungsschritte der Daten über den Lebenszyklus.',
      en: 'Origin and processing steps of the data across the life cycle.',
    },
  },
  {
    id: 'data-preparation-criteria',
    itemId: 'A.7.6',
    conditional: 'A.7.6',
    kind: 'document',
    title: { de: 'Kriterien der Datenaufbereitung', en: 'Data preparation criteria' },
    description: {
      de: 'Kriterien für Bereinigung, Annotation und Anreicherung von Daten.',
      en: 'Criteria for cleaning, labelling and augmenting data.',
    },
  },
  {
    id: 'reporting-obligations',
    itemId: 'A.8.5',
    conditional: 'A.8.5',
    kind: 'document',
    title: {
      de: 'Verzeichnis der Informations- und Meldepflichten',
      en: 'Register of reporting obligations',
    },
    description: {
      de: 'Pflichten, Informationen über KI-Systeme an Behörden und andere Parteien zu melden.',
      en: 'Duties to report information about AI systems to authorities and other parties.',
    },
  },
  {
    id: 'responsible-use-processes',
    itemId: 'A.9.2',
    conditional: 'A.9.2',
    kind: 'document',
    title: { de: 'Verfahren für verantwortungsvolle Nutzung', en: 'Processes for responsible use' },
    description: {
      de: 'Vorgaben, wie KI-Systeme verantwortungsvoll eingesetzt werden.',
      en: 'Rules for using AI systems responsibly.',
    },
  },
  {
    id: 'responsible-use-objectives',
    itemId: 'A.9.3',
    conditional: 'A.9.3',
    kind: 'document',
    title: { de: 'Ziele für verantwortungsvolle Nutzung', en: 'Objectives for responsible use' },
    description: {
      de: 'Ziele, die den verantwortungsvollen Einsatz von KI-Systemen lenken.',
      en: 'Objectives that guide the responsible use of AI systems.',
    },
  },
] as const satisfies readonly RequiredDocument[];
