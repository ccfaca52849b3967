import type { Register } from '../../shared/contract/exchange';
import { MATURITY_LABELS, MATURITY_LEVELS, type MaturityLevel } from '../../shared/catalog/scales';
import type { Lang, Text } from '../../shared/catalog/types';

/*
 * The words of the spreadsheets, German and English. The file's language is chosen per export, like a
 * report's, independently of the UI; vocabulary labels come from shared/catalog.
 */

export const REGISTER_TITLES: Readonly<Record<Register, Text>> = {
  gap: { de: 'Gap-Analyse ISO/IEC 42001', en: 'ISO/IEC 42001 gap analysis' },
  risks: { de: 'KI-Risikoregister', en: 'AI risk register' },
  soa: { de: 'Erklärung zur Anwendbarkeit (SoA)', en: 'Statement of Applicability' },
  actions: { de: 'Maßnahmenplan', en: 'Action plan' },
  docs: { de: 'Register der dokumentierten Information', en: 'Documented-information register' },
};

/** Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules). */
export const REGISTER_SHEETS: Readonly<Record<Register, Text>> = {
  gap: { de: 'Gap-Analyse', en: 'Gap analysis' },
  risks: { de: 'Risiken', en: 'Risks' },
  soa: { de: 'SoA', en: 'SoA' },
  actions: { de: 'Maßnahmen', en: 'Actions' },
  docs: { de: 'Dokumente', en: 'Documents' },
};

export const COVER = {
  sheet: { de: 'Deckblatt', en: 'Cover' },
  client: { de: 'Kunde', en: 'Client' },
  scope: { de: 'Anwendungsbereich', en: 'Scope' },
  consultant: { de: 'Beratung', en: 'Consultant' },
  date: { de: 'Stand', en: 'Date' },
  catalog: { de: 'Katalogversion', en: 'Catalogue version' },
  madeWith: { de: 'Erstellt mit AIMS Workbench', en: 'Created with AIMS Workbench' },
} satisfies Record<string, Text>;

/** "3 – Defined": the level stays readable as a number, the label says what it means. */
export const maturityLabel = (level: number, lang: Lang): string =>
  `${level} – ${MATURITY_LABELS[level as MaturityLevel].label[lang]}`;
export const maturityLabels = (lang: Lang): string[] =>
  MATURITY_LEVELS.map((level) => maturityLabel(level, lang));

export const LISTS_SHEET: Text = { de: 'Listen', en: 'Lists' };

export const YES_NO = { yes: { de: 'Ja', en: 'Yes' }, no: { de: 'Nein', en: 'No' } } satisfies Record<
  string,
  Text
>;

export const ACTION_SOURCES = {
  gap: { de: 'Lücke', en: 'Gap' },
  risk: { de: 'Risiko', en: 'Risk' },
  nonconformity: { de: 'Nichtkonformität', en: 'Nonconformity' },
  manual: { de: 'Manuell', en: 'Manual' },
} satisfies Record<string, Text>;

/** Column headings, shared by the registers. */
export const H = {
  id: { de: 'Nr.', en: 'No.' },
  ref: { de: 'Ref.', en: 'Ref.' },
  requirement: { de: 'Anforderung', en: 'Requirement' },
  title: { de: 'Titel', en: 'Title' },
  description: { de: 'Beschreibung', en: 'Description' },
  maturityCurrent: { de: 'Reifegrad Ist', en: 'Current maturity' },
  maturityTarget: { de: 'Reifegrad Soll', en: 'Target maturity' },
  gap: { de: 'Lücke', en: 'Gap' },
  verdict: { de: 'Bewertung', en: 'Verdict' },
  finding: { de: 'Feststellung', en: 'Finding' },
  clientSelfRating: { de: 'Selbsteinschätzung Kunde', en: 'Client self-rating' },
  interviewee: { de: 'Gesprächspartner', en: 'Interviewee' },
  notes: { de: 'Notizen', en: 'Notes' },
  aiSystem: { de: 'KI-System', en: 'AI system' },
  riskSource: { de: 'Risikoquelle', en: 'Risk source' },
  owner: { de: 'Verantwortlich', en: 'Owner' },
  likelihood: { de: 'Wahrscheinlichkeit', en: 'Likelihood' },
  impact: { de: 'Auswirkung', en: 'Impact' },
  score: { de: 'Wert', en: 'Score' },
  band: { de: 'Risikostufe', en: 'Risk level' },
  treatment: { de: 'Behandlung', en: 'Treatment' },
  treatmentPlan: { de: 'Behandlungsplan', en: 'Treatment plan' },
  residualLikelihood: { de: 'Rest-Wahrscheinlichkeit', en: 'Residual likelihood' },
  residualImpact: { de: 'Rest-Auswirkung', en: 'Residual impact' },
  residualBand: { de: 'Restrisiko', en: 'Residual level' },
  status: { de: 'Status', en: 'Status' },
  controls: { de: 'Maßnahmen Anhang A', en: 'Annex A controls' },
  dueDate: { de: 'Termin', en: 'Due date' },
  control: { de: 'Maßnahme', en: 'Control' },
  applicable: { de: 'Anwendbar', en: 'Applicable' },
  inclusionReasons: { de: 'Begründung der Aufnahme', en: 'Reasons for inclusion' },
  exclusion: { de: 'Begründung des Ausschlusses', en: 'Justification for exclusion' },
  implementation: { de: 'Umsetzungsstatus', en: 'Implementation status' },
  linkedRisks: { de: 'Verknüpfte Risiken', en: 'Linked risks' },
  source: { de: 'Herkunft', en: 'Source' },
  effort: { de: 'Aufwand (PT)', en: 'Effort (days)' },
  priority: { de: 'Priorität', en: 'Priority' },
  startDate: { de: 'Beginn', en: 'Start' },
  document: { de: 'Dokument', en: 'Document' },
  location: { de: 'Ablageort', en: 'Location' },
  version: { de: 'Version', en: 'Version' },
} satisfies Record<string, Text>;

export const QUESTIONNAIRE = {
  title: { de: 'Selbsteinschätzung ISO/IEC 42001', en: 'ISO/IEC 42001 self-assessment' },
  instructionsSheet: { de: 'Anleitung', en: 'Instructions' },
  sheet: { de: 'Fragebogen', en: 'Questionnaire' },
  intro: {
    de: 'Bitte schätzen Sie für jede Anforderung ein, wie weit sie in Ihrer Organisation heute umgesetzt ist. Die Leitfragen helfen bei der Einordnung; es gibt keine falschen Antworten.',
    en: 'For each requirement, please rate how far your organisation meets it today. The guiding questions help you place it; there are no wrong answers.',
  },
  steps: {
    de: [
      'Wählen Sie im Blatt „Fragebogen“ in der Spalte „Ihr Reifegrad“ eine Stufe von 0 bis 5 aus der Liste.',
      'Beschreiben Sie kurz, wie Sie die Anforderung heute erfüllen, und nennen Sie vorhandene Dokumente und eine Ansprechperson.',
      'Lassen Sie Zeilen leer, die Sie nicht beurteilen können.',
      'Ändern Sie bitte weder Zeilen noch Spalten oder Blätter: Die Datei wird wieder eingelesen und muss dazu unverändert aufgebaut sein.',
      'Senden Sie die gespeicherte Datei (.xlsx) an Ihre Beratung zurück.',
    ],
    en: [
      'On the "Questionnaire" sheet, pick a level from 0 to 5 in the "Your maturity" column.',
      'Describe briefly how you meet the requirement today, and name existing documents and a contact person.',
      'Leave rows empty that you cannot judge.',
      'Please do not add or remove rows, columns or sheets: the file is read back in and must keep its structure.',
      'Send the saved file (.xlsx) back to your consultant.',
    ],
  },
  levels: { de: 'Reifegrade', en: 'Maturity levels' },
  level: { de: 'Stufe', en: 'Level' },
  meaning: { de: 'Bedeutung', en: 'Meaning' },
  guidingQuestions: { de: 'Leitfragen', en: 'Guiding questions' },
  rating: { de: 'Ihr Reifegrad (0–5)', en: 'Your maturity (0–5)' },
  answer: { de: 'Ihre Antwort', en: 'Your answer' },
  ratingError: {
    de: 'Bitte eine Stufe von 0 bis 5 aus der Liste wählen.',
    en: 'Please pick a level from 0 to 5 from the list.',
  },
} as const;
