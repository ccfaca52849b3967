import type { Vocabulary } from './vocabulary';

/**
 * Likelihood and impact levels 1–5 follow the ISO/IEC 27005-style 5×5 matrix (fact sheet §7.2).
 * The percentages are indicative only (practitioner bands, fact sheet §7.2 "classic L×I").
 */
export const LIKELIHOOD_LEVELS = [1, 2, 3, 4, 5] as const;
export type LikelihoodLevel = (typeof LIKELIHOOD_LEVELS)[number];

export const LIKELIHOOD_LABELS: Vocabulary<LikelihoodLevel> = {
  1: {
    label: { de: 'Unwahrscheinlich', en: 'Unlikely' },
    description: {
      de: 'Eintritt nur unter außergewöhnlichen Umständen denkbar; im Betrachtungszeitraum nicht zu erwarten (Richtwert unter 5 %).',
      en: 'Conceivable only in exceptional circumstances; not expected within the review period (indicative: below 5 %).',
    },
  },
  2: {
    label: { de: 'Eher unwahrscheinlich', en: 'Rather unlikely' },
    description: {
      de: 'Eintritt möglich, aber nicht zu erwarten; vergleichbare Fälle sind nur vereinzelt bekannt (Richtwert 5–25 %).',
      en: 'Possible but not expected; comparable cases are known only occasionally (indicative: 5–25 %).',
    },
  },
  3: {
    label: { de: 'Wahrscheinlich', en: 'Likely' },
    description: {
      de: 'Eintritt im Betrachtungszeitraum gut möglich; vergleichbare Fälle sind bekannt (Richtwert 25–50 %).',
      en: 'Quite possible within the review period; comparable cases are known (indicative: 25–50 %).',
    },
  },
  4: {
    label: { de: 'Sehr wahrscheinlich', en: 'Very likely' },
    description: {
      de: 'Eintritt ist zu erwarten; es gab bereits Vorfälle oder deutliche Anzeichen (Richtwert 50–75 %).',
      en: 'Expected to happen; there have been incidents or clear warning signs (indicative: 50–75 %).',
    },
  },
  5: {
    label: { de: 'Nahezu sicher', en: 'Almost certain' },
    description: {
      de: 'Eintritt praktisch sicher oder bereits wiederholt eingetreten (Richtwert über 75 %).',
      en: 'Practically certain or already happening repeatedly (indicative: above 75 %).',
    },
  },
};

/** Impact counts harm to the organisation and to individuals, groups and society (ISO 42001 6.1.2, AI Act Art. 9). */
export const IMPACT_LEVELS = [1, 2, 3, 4, 5] as const;
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];

export const IMPACT_LABELS: Vocabulary<ImpactLevel> = {
  1: {
    label: { de: 'Geringfügig', en: 'Minor' },
    description: {
      de: 'Kaum spürbare Folgen für Organisation, Betroffene und Gesellschaft; schnell und mit wenig Aufwand behebbar.',
      en: 'Barely noticeable consequences for the organisation, affected persons and society; fixed quickly and cheaply.',
    },
  },
  2: {
    label: { de: 'Bedeutend', en: 'Significant' },
    description: {
      de: 'Spürbare, aber begrenzte Folgen, etwa Beeinträchtigungen Einzelner oder Mehraufwand; mit überschaubarem Aufwand behebbar.',
      en: 'Noticeable but limited consequences, such as inconvenience to individuals or extra effort; fixed with moderate effort.',
    },
  },
  3: {
    label: { de: 'Schwerwiegend', en: 'Serious' },
    description: {
      de: 'Erhebliche Folgen, etwa Benachteiligung von Personengruppen, Rechtsverstöße oder deutlicher finanzieller Schaden; nur mit großem Aufwand behebbar.',
      en: 'Substantial consequences, such as discrimination against groups, breaches of law or clear financial loss; costly to repair.',
    },
  },
  4: {
    label: { de: 'Kritisch', en: 'Critical' },
    description: {
      de: 'Schwere, teils dauerhafte Folgen, etwa Gesundheitsschäden, schwere Grundrechtsverletzungen, hohe Bußgelder oder der Verlust wichtiger Kunden.',
      en: 'Severe, partly lasting consequences, such as harm to health, grave infringements of fundamental rights, heavy fines or loss of key customers.',
    },
  },
  5: {
    label: { de: 'Katastrophal', en: 'Catastrophic' },
    description: {
      de: 'Nicht umkehrbare Folgen großen Ausmaßes, etwa Verlust von Menschenleben, breite gesellschaftliche Schäden oder die Gefährdung des Fortbestands der Organisation.',
      en: 'Irreversible consequences on a large scale, such as loss of life, widespread harm to society or a threat to the survival of the organisation.',
    },
  },
};

export const RISK_BANDS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

/**
 * Risk band for each likelihood × impact cell. The grid is the published 5×5 four-level matrix that CISO
 * Assistant ships (fact sheet §7.2, "5×5 sensitive", S16): a lookup, not a product, so a catastrophic but
 * unlikely risk stays visible. Symmetric and monotone in both axes.
 *
 *   RISK_BAND_GRID[likelihood − 1][impact − 1]
 *
 *                  impact →   1 Minor  2 Signif.  3 Serious  4 Critical  5 Catastr.
 *   likelihood 5 Almost cert.  medium   high       critical   critical    critical
 *   likelihood 4 Very likely   medium   medium     high       critical    critical
 *   likelihood 3 Likely        low      medium     medium     high        critical
 *   likelihood 2 Rather unl.   low      low        medium     medium      high
 *   likelihood 1 Unlikely      low      low        low        medium      medium
 */
export const RISK_BAND_GRID: readonly (readonly RiskBand[])[] = [
  ['low', 'low', 'low', 'medium', 'medium'],
  ['low', 'low', 'medium', 'medium', 'high'],
  ['low', 'medium', 'medium', 'high', 'critical'],
  ['medium', 'medium', 'high', 'critical', 'critical'],
  ['medium', 'high', 'critical', 'critical', 'critical'],
];

export const RISK_BAND_LABELS: Vocabulary<RiskBand> = {
  low: {
    label: { de: 'Niedrig', en: 'Low' },
    description: {
      de: 'Innerhalb der Risikokriterien akzeptabel; Überwachung im regulären Überprüfungszyklus.',
      en: 'Acceptable within the risk criteria; monitored in the regular review cycle.',
    },
  },
  medium: {
    label: { de: 'Mittel', en: 'Medium' },
    description: {
      de: 'Behandlung planen oder die Akzeptanz durch die risikoverantwortliche Person begründet dokumentieren.',
      en: 'Plan treatment, or have the risk owner document a reasoned acceptance.',
    },
  },
  high: {
    label: { de: 'Hoch', en: 'High' },
    description: {
      de: 'Behandlung erforderlich: Maßnahmen mit Termin und Verantwortlichen; die Leitung wird informiert.',
      en: 'Treatment required: measures with due dates and owners; management is informed.',
    },
  },
  critical: {
    label: { de: 'Kritisch', en: 'Critical' },
    description: {
      de: 'Sofortiger Handlungsbedarf; die oberste Leitung entscheidet, ob das KI-System bis zur Risikominderung weiter betrieben wird.',
      en: 'Act at once; top management decides whether the AI system may keep running until the risk is reduced.',
    },
  },
};

/** Risk treatment options in ISO/IEC 27005 / ISO 31000 terms. */
export const TREATMENTS = ['modify', 'avoid', 'share', 'retain'] as const;
export type Treatment = (typeof TREATMENTS)[number];

export const TREATMENT_LABELS: Vocabulary<Treatment> = {
  modify: {
    label: { de: 'Risikominderung', en: 'Risk modification' },
    description: {
      de: 'Maßnahmen, etwa aus Anhang A, senken Eintrittswahrscheinlichkeit oder Auswirkung (Risikomodifikation).',
      en: 'Controls, for example from Annex A, reduce the likelihood or the impact (mitigation).',
    },
  },
  avoid: {
    label: { de: 'Risikovermeidung', en: 'Risk avoidance' },
    description: {
      de: 'Die risikobehaftete Tätigkeit wird nicht aufgenommen oder eingestellt, etwa durch Verzicht auf einen KI-Anwendungsfall.',
      en: 'The risky activity is not started or is stopped, for example by dropping an AI use case.',
    },
  },
  share: {
    label: { de: 'Risikoteilung', en: 'Risk sharing' },
    description: {
      de: 'Das Risiko wird ganz oder teilweise mit Dritten geteilt, etwa über Verträge oder Versicherungen; die Verantwortung bleibt bei der Organisation.',
      en: 'The risk is shared in whole or in part with third parties, e.g. through contracts or insurance; accountability stays with the organisation.',
    },
  },
  retain: {
    label: { de: 'Risikoakzeptanz', en: 'Risk retention' },
    description: {
      de: 'Das Risiko wird nach einer bewussten, dokumentierten Entscheidung der risikoverantwortlichen Person getragen.',
      en: 'The risk is accepted after a deliberate, documented decision by the risk owner.',
    },
  },
};

export const RISK_STATUSES = ['open', 'in-treatment', 'accepted', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const RISK_STATUS_LABELS: Vocabulary<RiskStatus> = {
  open: { label: { de: 'Offen', en: 'Open' } },
  'in-treatment': { label: { de: 'In Behandlung', en: 'In treatment' } },
  accepted: { label: { de: 'Akzeptiert', en: 'Accepted' } },
  closed: { label: { de: 'Geschlossen', en: 'Closed' } },
};
