import type { Vocabulary } from './vocabulary';

/*
 * ISO/IEC 42001 Annex C (informative) as an idea bank: potential AI-related organisational objectives (C.2)
 * and risk sources (C.3). Names follow the published short forms (fact sheet §4, mirrors ISO/IEC 23894
 * Annexes A and B); the one-line descriptions are our own words.
 */

export const AI_OBJECTIVES = [
  'accountability',
  'ai-expertise',
  'training-test-data',
  'environmental-impact',
  'fairness',
  'maintainability',
  'privacy',
  'robustness',
  'safety',
  'security',
  'transparency-explainability',
] as const;
export type AiObjective = (typeof AI_OBJECTIVES)[number];

export const AI_OBJECTIVE_LABELS: Vocabulary<AiObjective> = {
  accountability: {
    label: { de: 'Rechenschaftspflicht', en: 'Accountability' },
    description: {
      de: 'Für Entscheidungen und Ergebnisse von KI-Systemen ist klar und nachvollziehbar festgelegt, wer verantwortlich ist.',
      en: 'It is clear and traceable who answers for the decisions and outcomes of AI systems.',
    },
  },
  'ai-expertise': {
    label: { de: 'KI-Fachkompetenz', en: 'AI expertise' },
    description: {
      de: 'Die Organisation verfügt über genug Fachwissen, um KI-Systeme zu entwickeln, zu bewerten und verantwortungsvoll zu betreiben.',
      en: 'The organisation has enough specialist knowledge to build, evaluate and run AI systems responsibly.',
    },
  },
  'training-test-data': {
    label: {
      de: 'Verfügbarkeit und Qualität von Trainings- und Testdaten',
      en: 'Availability and quality of training and test data',
    },
    description: {
      de: 'Geeignete, repräsentative Daten stehen in ausreichender Menge und Qualität zur Verfügung.',
      en: 'Suitable, representative data is available in sufficient quantity and quality.',
    },
  },
  'environmental-impact': {
    label: { de: 'Umweltauswirkungen', en: 'Environmental impact' },
    description: {
      de: 'Energie- und Ressourcenverbrauch von Entwicklung und Betrieb werden erfasst und begrenzt.',
      en: 'Energy and resource use in development and operation is tracked and kept in check.',
    },
  },
  fairness: {
    label: { de: 'Fairness', en: 'Fairness' },
    description: {
      de: 'KI-Systeme benachteiligen weder Personen noch Gruppen ungerechtfertigt.',
      en: 'AI systems do not treat individuals or groups unjustly.',
    },
  },
  maintainability: {
    label: { de: 'Wartbarkeit', en: 'Maintainability' },
    description: {
      de: 'KI-Systeme lassen sich mit vertretbarem Aufwand anpassen, korrigieren und weiterentwickeln.',
      en: 'AI systems can be adapted, corrected and enhanced with reasonable effort.',
    },
  },
  privacy: {
    label: { de: 'Privatsphäre und Datenschutz', en: 'Privacy' },
    description: {
      de: 'Personenbezogene Daten werden rechtmäßig und sparsam verarbeitet; die Rechte der Betroffenen bleiben gewahrt.',
      en: 'Personal data is processed lawfully and sparingly; the rights of data subjects are respected.',
    },
  },
  robustness: {
    label: { de: 'Robustheit', en: 'Robustness' },
    description: {
      de: 'KI-Systeme arbeiten auch bei ungewöhnlichen Eingaben oder veränderten Bedingungen verlässlich.',
      en: 'AI systems keep working reliably with unusual inputs or changed conditions.',
    },
  },
  safety: {
    label: { de: 'Betriebssicherheit (Safety)', en: 'Safety' },
    description: {
      de: 'KI-Systeme gefährden weder Menschen noch Sachwerte oder die Umwelt.',
      en: 'AI systems endanger neither people nor property nor the environment.',
    },
  },
  security: {
    label: { de: 'Informationssicherheit', en: 'Security' },
    description: {
      de: 'KI-Systeme und ihre Daten sind vor Angriffen wie Datenvergiftung, Modelldiebstahl oder Manipulation geschützt.',
      en: 'AI systems and their data are protected against attacks such as data poisoning, model theft or manipulation.',
    },
  },
  'transparency-explainability': {
    label: { de: 'Transparenz und Erklärbarkeit', en: 'Transparency and explainability' },
    description: {
      de: 'Betroffene und Verantwortliche können nachvollziehen, wie ein KI-System arbeitet und wie seine Ergebnisse zustande kommen.',
      en: 'Affected persons and those responsible can understand how an AI system works and how it reaches its results.',
    },
  },
};

export const AI_RISK_SOURCES = [
  'environment-complexity',
  'lack-of-transparency',
  'automation-level',
  'machine-learning',
  'hardware',
  'lifecycle',
  'technology-readiness',
] as const;
export type AiRiskSource = (typeof AI_RISK_SOURCES)[number];

export const AI_RISK_SOURCE_LABELS: Vocabulary<AiRiskSource> = {
  'environment-complexity': {
    label: { de: 'Komplexität der Umgebung', en: 'Complexity of environment' },
    description: {
      de: 'Je vielfältiger und unvorhersehbarer die Einsatzumgebung, desto weniger Situationen lassen sich vorab testen.',
      en: 'The more varied and unpredictable the operating environment, the fewer situations can be tested in advance.',
    },
  },
  'lack-of-transparency': {
    label: { de: 'Mangelnde Transparenz und Erklärbarkeit', en: 'Lack of transparency and explainability' },
    description: {
      de: 'Sind Funktionsweise und Ergebnisse nicht nachvollziehbar, bleiben Fehler und Benachteiligungen unentdeckt.',
      en: 'When workings and results cannot be followed, errors and unfair treatment go unnoticed.',
    },
  },
  'automation-level': {
    label: { de: 'Automatisierungsgrad', en: 'Level of automation' },
    description: {
      de: 'Je weniger Menschen eingreifen können, desto unmittelbarer wirken sich Fehlentscheidungen aus.',
      en: 'The less room people have to intervene, the more directly wrong decisions take effect.',
    },
  },
  'machine-learning': {
    label: { de: 'Risikoquellen des maschinellen Lernens', en: 'Risk sources related to machine learning' },
    description: {
      de: 'Datenqualität, Verzerrungen, Überanpassung und Modelldrift können Ergebnisse unbemerkt verschlechtern.',
      en: 'Data quality, bias, overfitting and model drift can degrade results unnoticed.',
    },
  },
  hardware: {
    label: { de: 'Hardwareprobleme des Systems', en: 'System hardware issues' },
    description: {
      de: 'Fehler, Ausfälle oder Engpässe der Hardware und Recheninfrastruktur beeinträchtigen das KI-System.',
      en: 'Faults, outages or bottlenecks in hardware and computing infrastructure impair the AI system.',
    },
  },
  lifecycle: {
    label: { de: 'Probleme im Systemlebenszyklus', en: 'System life cycle issues' },
    description: {
      de: 'Schwächen in Entwurf, Entwicklung, Einführung, Betrieb oder Außerbetriebnahme, etwa unzureichende Tests oder fehlende Wartung.',
      en: 'Weaknesses in design, development, roll-out, operation or retirement, such as thin testing or missing maintenance.',
    },
  },
  'technology-readiness': {
    label: { de: 'Technologiereife', en: 'Technology readiness' },
    description: {
      de: 'Neue, wenig erprobte Technik birgt unbekannte Fehlerbilder; ältere Technik kann auf überholten Annahmen beruhen.',
      en: 'New, little-tried technology brings unknown failure modes; older technology may rest on outdated assumptions.',
    },
  },
};
