/*
 * Documented information that clauses 4–10 of ISO/IEC 42001 always require (fact sheet §3a).
 * 'document' = maintained (kept up to date, approved); 'record' = retained as evidence of what happened.
 */
import type { RequiredDocument } from './documents';

export const CLAUSE_DOCUMENTS = [
  {
    id: 'scope',
    itemId: '4.3',
    kind: 'document',
    title: { de: 'Anwendungsbereich des KI-Managementsystems', en: 'Scope of the AI management system' },
    description: {
      de: 'Grenzen des KIMS: einbezogene KI-Systeme, Prozesse, Standorte und Lebenszyklusphasen, mit Begründung von Ausschlüssen.',
      en: 'Boundaries of the AIMS: AI systems, processes, sites and life-cycle stages in scope, with reasons for exclusions.',
    },
  },
  {
    id: 'aims-description',
    itemId: '4.4',
    kind: 'document',
    title: { de: 'Beschreibung des KI-Managementsystems', en: 'Description of the AI management system' },
    description: {
      de: 'Die Prozesse des KIMS und ihr Zusammenwirken, etwa als Handbuch oder Prozesslandkarte.',
      en: 'The AIMS processes and how they interact, e.g. as a manual or a process map.',
    },
  },
  {
    id: 'ai-policy',
    itemId: '5.2',
    kind: 'document',
    title: { de: 'KI-Politik', en: 'AI policy' },
    description: {
      de: 'Von der obersten Leitung freigegebene Grundsätze für Entwicklung und Nutzung von KI, mit der Verpflichtung zur Erfüllung der Anforderungen und zur fortlaufenden Verbesserung.',
      en: 'Principles for developing and using AI, approved by top management, committing to meet requirements and to improve continually.',
    },
  },
  {
    id: 'risk-opportunity-actions',
    itemId: '6.1.1',
    kind: 'document',
    title: { de: 'Maßnahmen zu Risiken und Chancen', en: 'Actions to address risks and opportunities' },
    description: {
      de: 'Ermittelte Risiken und Chancen für das KIMS und die geplanten Maßnahmen, einschließlich der KI-Risikokriterien.',
      en: 'Risks and opportunities identified for the AIMS and the actions planned, including the AI risk criteria.',
    },
  },
  {
    id: 'risk-assessment-process',
    itemId: '6.1.2',
    kind: 'document',
    title: { de: 'Verfahren zur KI-Risikobeurteilung', en: 'AI risk assessment process' },
    description: {
      de: 'Methode zur Identifikation, Analyse und Bewertung von KI-Risiken mit Skalen und Akzeptanzkriterien.',
      en: 'Method for identifying, analysing and evaluating AI risks, with scales and acceptance criteria.',
    },
  },
  {
    id: 'risk-treatment-process',
    itemId: '6.1.3',
    kind: 'document',
    title: { de: 'Verfahren zur KI-Risikobehandlung', en: 'AI risk treatment process' },
    description: {
      de: 'Wie Behandlungsoptionen gewählt, Maßnahmen bestimmt und mit Anhang A abgeglichen werden.',
      en: 'How treatment options are chosen, controls determined and compared against Annex A.',
    },
  },
  {
    id: 'soa',
    itemId: '6.1.3',
    kind: 'document',
    title: { de: 'Erklärung zur Anwendbarkeit (SoA)', en: 'Statement of Applicability (SoA)' },
    description: {
      de: 'Alle 38 Maßnahmen aus Anhang A mit Entscheidung zur Anwendbarkeit, Begründung von Aufnahme oder Ausschluss und Umsetzungsstand.',
      en: 'All 38 Annex A controls with the applicability decision, the justification for inclusion or exclusion and the implementation status.',
    },
  },
  {
    id: 'risk-treatment-plan',
    itemId: '6.1.3',
    kind: 'document',
    title: { de: 'KI-Risikobehandlungsplan', en: 'AI risk treatment plan' },
    description: {
      de: 'Geplante Maßnahmen je Risiko mit Verantwortlichen und Terminen sowie die Freigabe der Restrisiken durch die Risikoverantwortlichen.',
      en: "Planned measures per risk with owners and dates, and the risk owners' approval of residual risk.",
    },
  },
  {
    id: 'impact-assessment-process',
    itemId: '6.1.4',
    kind: 'document',
    title: { de: 'Verfahren zur KI-Folgenabschätzung', en: 'AI system impact assessment process' },
    description: {
      de: 'Wann und wie die Auswirkungen von KI-Systemen auf Personen, Gruppen und die Gesellschaft abgeschätzt werden.',
      en: 'When and how the impact of AI systems on individuals, groups and society is assessed.',
    },
  },
  {
    id: 'ai-objectives',
    itemId: '6.2',
    kind: 'document',
    title: { de: 'KI-Ziele', en: 'AI objectives' },
    description: {
      de: 'Messbare KI-Ziele mit Plan: was, mit welchen Mitteln, wer, bis wann und wie die Ergebnisse bewertet werden.',
      en: 'Measurable AI objectives with a plan: what, with which resources, who, by when and how results are evaluated.',
    },
  },
  {
    id: 'competence-evidence',
    itemId: '7.2',
    kind: 'record',
    title: { de: 'Kompetenznachweise', en: 'Evidence of competence' },
    description: {
      de: 'Schulungsnachweise, Qualifikationen und Erfahrung der Personen, deren Arbeit die KI-Leistung beeinflusst.',
      en: 'Training records, qualifications and experience of the people whose work affects AI performance.',
    },
  },
  {
    id: 'organisation-documents',
    itemId: '7.5.1',
    kind: 'document',
    title: {
      de: 'Von der Organisation festgelegte dokumentierte Information',
      en: 'Documented information determined by the organisation',
    },
    description: {
      de: 'Weitere Verfahren und Vorgaben, die die Organisation für ein wirksames KIMS für nötig hält, etwa zur Dokumentenlenkung.',
      en: 'Further procedures and rules the organisation deems necessary for an effective AIMS, such as document control.',
    },
  },
  {
    id: 'operational-records',
    itemId: '8.1',
    kind: 'record',
    title: { de: 'Nachweise zur betrieblichen Steuerung', en: 'Operational planning and control records' },
    description: {
      de: 'Aufzeichnungen, die zeigen, dass die Prozesse wie geplant durchgeführt wurden, etwa Freigaben an Phasenübergängen.',
      en: 'Records showing that processes ran as planned, such as stage-gate approvals.',
    },
  },
  {
    id: 'risk-assessment-results',
    itemId: '8.2',
    kind: 'record',
    title: { de: 'Ergebnisse der KI-Risikobeurteilungen', en: 'AI risk assessment results' },
    description: {
      de: 'Datierte Risikobeurteilungen, in geplanten Abständen und bei wesentlichen Änderungen.',
      en: 'Dated risk assessments, at planned intervals and on significant change.',
    },
  },
  {
    id: 'risk-treatment-results',
    itemId: '8.3',
    kind: 'record',
    title: { de: 'Ergebnisse der KI-Risikobehandlung', en: 'AI risk treatment results' },
    description: {
      de: 'Umsetzungsstand und Wirksamkeit der Behandlungsmaßnahmen.',
      en: 'Implementation status and effectiveness of the treatment measures.',
    },
  },
  {
    id: 'impact-assessment-results',
    itemId: '8.4',
    kind: 'record',
    title: { de: 'Ergebnisse der KI-Folgenabschätzungen', en: 'AI system impact assessment results' },
    description: {
      de: 'Abgeschlossene Folgenabschätzungen je KI-System, in geplanten Abständen und bei wesentlichen Änderungen.',
      en: 'Completed impact assessments per AI system, at planned intervals and on significant change.',
    },
  },
  {
    id: 'monitoring-results',
    itemId: '9.1',
    kind: 'record',
    title: { de: 'Ergebnisse von Überwachung und Messung', en: 'Monitoring and measurement results' },
    description: {
      de: 'Kennzahlen und Auswertungen zur Leistung und Wirksamkeit des KIMS.',
      en: 'Metrics and analyses of AIMS performance and effectiveness.',
    },
  },
  {
    id: 'audit-programme',
    itemId: '9.2.2',
    kind: 'record',
    title: {
      de: 'Auditprogramm und Nachweis seiner Umsetzung',
      en: 'Audit programme and evidence of its implementation',
    },
    description: {
      de: 'Planung der internen Audits mit Häufigkeit, Methoden, Verantwortlichkeiten und Kriterien, und Belege für ihre Durchführung.',
      en: 'Planning of internal audits with frequency, methods, responsibilities and criteria, and evidence that they took place.',
    },
  },
  {
    id: 'audit-results',
    itemId: '9.2.2',
    kind: 'record',
    title: { de: 'Ergebnisse interner Audits', en: 'Internal audit results' },
    description: {
      de: 'Auditberichte mit Feststellungen und deren Berichterstattung an die Leitung.',
      en: 'Audit reports with findings, and their reporting to management.',
    },
  },
  {
    id: 'management-review-results',
    itemId: '9.3.3',
    kind: 'record',
    title: { de: 'Ergebnisse der Managementbewertung', en: 'Management review results' },
    description: {
      de: 'Protokolle mit Entscheidungen zu Verbesserungen und zu nötigen Änderungen am KIMS.',
      en: 'Minutes with decisions on improvements and on changes needed to the AIMS.',
    },
  },
  {
    id: 'nonconformity-records',
    itemId: '10.2',
    kind: 'record',
    title: { de: 'Nichtkonformitäten und Korrekturmaßnahmen', en: 'Nonconformities and corrective actions' },
    description: {
      de: 'Art der Nichtkonformitäten, ergriffene Maßnahmen und Ergebnisse der Korrekturmaßnahmen.',
      en: 'Nature of the nonconformities, actions taken and the results of corrective action.',
    },
  },
] as const satisfies readonly RequiredDocument[];
