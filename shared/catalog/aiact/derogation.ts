import type { Text } from '../types';

/**
 * Art. 6(3) "filter" for Annex III systems, the profiling override and the Art. 6(4) file. [V] S7
 * The chapeau (no significant risk, no material influence on decisions) is cumulative with the conditions:
 * meeting one of (a)–(d) is necessary but not sufficient.
 */
export const DEROGATION_CONDITION_IDS = ['a', 'b', 'c', 'd'] as const;
export type DerogationConditionId = (typeof DEROGATION_CONDITION_IDS)[number];

export interface DerogationCondition {
  readonly id: DerogationConditionId;
  readonly ref: string;
  readonly title: Text;
  readonly description: Text;
}

export const DEROGATION_PRECONDITION = {
  ref: 'Art. 6(3)',
  text: {
    de: 'Das System birgt kein erhebliches Risiko für Gesundheit, Sicherheit oder Grundrechte und beeinflusst das Ergebnis von Entscheidungen nicht wesentlich.',
    en: 'The system poses no significant risk of harm to health, safety or fundamental rights and does not materially influence the outcome of decision-making.',
  } satisfies Text,
} as const;

export const DEROGATION_CONDITIONS: readonly DerogationCondition[] = [
  {
    id: 'a',
    ref: 'Art. 6(3)(a)',
    title: { de: 'Eng gefasste Verfahrensaufgabe', en: 'Narrow procedural task' },
    description: {
      de: 'Das System erfüllt eine eng gefasste Verfahrensaufgabe, z. B. unstrukturierte Daten in strukturierte umwandeln oder Dokumente nach Kategorien sortieren.',
      en: 'The system performs a narrow procedural task, e.g. turning unstructured data into structured data or sorting documents into categories.',
    },
  },
  {
    id: 'b',
    ref: 'Art. 6(3)(b)',
    title: {
      de: 'Verbesserung einer abgeschlossenen menschlichen Tätigkeit',
      en: 'Improving a completed human activity',
    },
    description: {
      de: 'Das System verbessert das Ergebnis einer zuvor abgeschlossenen menschlichen Tätigkeit, z. B. sprachliche Überarbeitung eines bereits verfassten Textes.',
      en: 'The system improves the result of a previously completed human activity, e.g. polishing the language of a text already written.',
    },
  },
  {
    id: 'c',
    ref: 'Art. 6(3)(c)',
    title: {
      de: 'Erkennung von Entscheidungsmustern oder Abweichungen',
      en: 'Detecting decision patterns or deviations',
    },
    description: {
      de: 'Das System erkennt Entscheidungsmuster oder Abweichungen von früheren Mustern und soll die abgeschlossene menschliche Bewertung nicht ohne angemessene menschliche Überprüfung ersetzen oder beeinflussen.',
      en: 'The system detects decision-making patterns or deviations from prior patterns and is not meant to replace or influence the completed human assessment without proper human review.',
    },
  },
  {
    id: 'd',
    ref: 'Art. 6(3)(d)',
    title: { de: 'Vorbereitende Aufgabe', en: 'Preparatory task' },
    description: {
      de: 'Das System erfüllt eine vorbereitende Aufgabe für eine Bewertung, die für einen Anwendungsfall nach Anhang III relevant ist, z. B. Übersetzung oder Indexierung von Unterlagen.',
      en: 'The system performs a preparatory task for an assessment relevant to an Annex III use case, e.g. translating or indexing files.',
    },
  },
];

/** Art. 6(3) third subparagraph: profiling of natural persons (GDPR Art. 4(4) meaning) is always high-risk. */
export const PROFILING_OVERRIDE = {
  ref: 'Art. 6(3)',
  text: {
    de: 'Ein System nach Anhang III, das Profiling natürlicher Personen vornimmt, gilt stets als hochriskant – die Ausnahme nach Art. 6 Abs. 3 greift dann nicht.',
    en: 'An Annex III system that performs profiling of natural persons is always high-risk; the Art. 6(3) derogation is then unavailable.',
  } satisfies Text,
} as const;

/**
 * Art. 6(4): the provider documents the assessment before placing on the market, registers the system
 * (Art. 49(2)) and hands the documentation to authorities on request. [V] S7. The Omnibus kept the
 * registration duty (S9); its date of application after the Omnibus is unconfirmed [S/U].
 */
export const DEROGATION_DOCUMENTATION = {
  refs: ['Art. 6(4)', 'Art. 49(2)'],
  text: {
    de: 'Bewertung vor dem Inverkehrbringen dokumentieren, das System nach Art. 49 Abs. 2 registrieren und die Dokumentation den Behörden auf Verlangen vorlegen.',
    en: 'Document the assessment before placing on the market, register the system under Art. 49(2) and provide the documentation to authorities on request.',
  } satisfies Text,
} as const;
