import type { Vocabulary } from './vocabulary';

/** Maturity 0–5 in the CMMI style that the CISO Assistant ISO 42001 library also uses (fact sheet §7.1). */
export const MATURITY_LEVELS = [0, 1, 2, 3, 4, 5] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

export const MATURITY_LABELS: Vocabulary<MaturityLevel> = {
  0: {
    label: { de: 'Nicht vorhanden', en: 'Incomplete' },
    description: {
      de: 'Die Anforderung ist nicht oder nur bruchstückhaft umgesetzt; es gibt keine erkennbare Praxis und keine Nachweise.',
      en: 'The requirement is not met or only in fragments; there is no recognisable practice and no evidence.',
    },
  },
  1: {
    label: { de: 'Initial', en: 'Initial' },
    description: {
      de: 'Erste Ansätze sind vorhanden, aber ad hoc und personenabhängig; Ergebnisse schwanken und sind kaum dokumentiert.',
      en: 'Some practice exists but it is ad hoc and depends on individuals; results vary and are hardly documented.',
    },
  },
  2: {
    label: { de: 'Gesteuert', en: 'Managed' },
    description: {
      de: 'Die Tätigkeit wird geplant, durchgeführt und verfolgt, meist projekt- oder bereichsbezogen; Zuständigkeiten und eine Grunddokumentation liegen vor.',
      en: 'The activity is planned, performed and tracked, mostly per project or department; responsibilities and basic documentation exist.',
    },
  },
  3: {
    label: { de: 'Definiert', en: 'Defined' },
    description: {
      de: 'Ein organisationsweit festgelegter und dokumentierter Prozess wird einheitlich angewendet; Rollen, Vorgaben und Nachweise sind etabliert.',
      en: 'An organisation-wide, documented process is applied consistently; roles, rules and records are established.',
    },
  },
  4: {
    label: { de: 'Quantitativ gesteuert', en: 'Quantitatively managed' },
    description: {
      de: 'Der Prozess wird anhand von Kennzahlen gemessen und gesteuert; Abweichungen werden früh erkannt und systematisch behandelt.',
      en: 'The process is measured and steered with metrics; deviations are detected early and handled systematically.',
    },
  },
  5: {
    label: { de: 'Optimierend', en: 'Optimizing' },
    description: {
      de: 'Der Prozess wird auf Basis von Kennzahlen, Audits und Erfahrungen laufend verbessert und passt sich Veränderungen zügig an.',
      en: 'The process is improved continually from metrics, audits and lessons learned and adapts quickly to change.',
    },
  },
};

/** Conformity verdict per requirement; the finding grades certification bodies use (fact sheet §7.1). */
export const VERDICTS = [
  'conform',
  'minor-nc',
  'major-nc',
  'observation',
  'ofi',
  'not-applicable',
  'not-assessed',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Vocabulary<Verdict> = {
  conform: {
    label: { de: 'Konform', en: 'Conform' },
    description: {
      de: 'Die Anforderung ist wirksam umgesetzt und durch Nachweise belegt.',
      en: 'The requirement is met effectively and backed by evidence.',
    },
  },
  'minor-nc': {
    label: { de: 'Geringfügige Nichtkonformität', en: 'Minor nonconformity' },
    description: {
      de: 'Die Anforderung ist in einem Einzelfall oder teilweise nicht erfüllt, ohne die Wirksamkeit des Managementsystems grundsätzlich in Frage zu stellen.',
      en: 'The requirement is missed in a single case or in part, without calling the effectiveness of the management system into question.',
    },
  },
  'major-nc': {
    label: { de: 'Wesentliche Nichtkonformität', en: 'Major nonconformity' },
    description: {
      de: 'Die Anforderung ist nicht oder systematisch nicht erfüllt, sodass die Wirksamkeit des Managementsystems in Frage steht; steht einer Zertifizierung in der Regel entgegen.',
      en: 'The requirement is not met, or is missed systematically, so that the effectiveness of the management system is in doubt; usually blocks certification.',
    },
  },
  observation: {
    label: { de: 'Beobachtung', en: 'Observation' },
    description: {
      de: 'Derzeit keine Nichtkonformität, aber eine Schwachstelle, aus der ohne Gegensteuern eine werden kann.',
      en: 'Not a nonconformity yet, but a weak spot that may become one if left alone.',
    },
  },
  ofi: {
    label: { de: 'Verbesserungspotenzial', en: 'Opportunity for improvement' },
    description: {
      de: 'Die Anforderung ist erfüllt; Wirksamkeit oder Effizienz ließen sich aber noch steigern.',
      en: 'The requirement is met, but effectiveness or efficiency could still be raised.',
    },
  },
  'not-applicable': {
    label: { de: 'Nicht anwendbar', en: 'Not applicable' },
    description: {
      de: 'Die Anforderung ist im Anwendungsbereich nicht relevant; gilt nur für Anhang-A-Maßnahmen mit begründetem Ausschluss in der SoA, nicht für die Abschnitte 4–10.',
      en: 'The requirement is not relevant within the scope; only for Annex A controls with a justified exclusion in the SoA, never for clauses 4–10.',
    },
  },
  'not-assessed': {
    label: { de: 'Nicht bewertet', en: 'Not assessed' },
    description: {
      de: 'Die Anforderung wurde noch nicht bewertet.',
      en: 'The requirement has not been assessed yet.',
    },
  },
};
