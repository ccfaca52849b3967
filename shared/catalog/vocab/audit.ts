import type { Vocabulary } from './vocabulary';

/** Status of an entry in the documented-information register (ISO 42001 7.5). */
export const DOCUMENT_STATUSES = ['missing', 'draft', 'in-review', 'approved'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DOCUMENT_STATUS_LABELS: Vocabulary<DocumentStatus> = {
  missing: {
    label: { de: 'Fehlt', en: 'Missing' },
    description: {
      de: 'Das Dokument oder der Nachweis existiert nicht.',
      en: 'The document or record does not exist.',
    },
  },
  draft: {
    label: { de: 'Entwurf', en: 'Draft' },
    description: {
      de: 'Ein Entwurf liegt vor, ist aber noch nicht geprüft.',
      en: 'A draft exists but has not been reviewed.',
    },
  },
  'in-review': {
    label: { de: 'In Prüfung', en: 'In review' },
    description: {
      de: 'Das Dokument wird geprüft und wartet auf Freigabe.',
      en: 'The document is being reviewed and awaits approval.',
    },
  },
  approved: {
    label: { de: 'Freigegeben', en: 'Approved' },
    description: {
      de: 'Das Dokument ist freigegeben, gelenkt und für die Betroffenen verfügbar.',
      en: 'The document is approved, under control and available to those who need it.',
    },
  },
};

/** Severity of a recorded nonconformity (internal audit, review or incident). */
export const NC_SEVERITIES = ['major', 'minor', 'observation'] as const;
export type NcSeverity = (typeof NC_SEVERITIES)[number];

export const NC_SEVERITY_LABELS: Vocabulary<NcSeverity> = {
  major: {
    label: { de: 'Wesentlich', en: 'Major' },
    description: {
      de: 'Eine Anforderung ist nicht oder systematisch nicht erfüllt; steht einer Zertifizierung entgegen.',
      en: 'A requirement is not met or is missed systematically; stands in the way of certification.',
    },
  },
  minor: {
    label: { de: 'Geringfügig', en: 'Minor' },
    description: {
      de: 'Eine Anforderung ist im Einzelfall nicht erfüllt; Korrekturmaßnahmen sind zu planen.',
      en: 'A requirement is missed in a single case; corrective action must be planned.',
    },
  },
  observation: {
    label: { de: 'Beobachtung', en: 'Observation' },
    description: {
      de: 'Keine Nichtkonformität, aber ein Hinweis auf eine mögliche künftige Abweichung.',
      en: 'Not a nonconformity, but a pointer to a possible future deviation.',
    },
  },
};

/** Processing status of a nonconformity and its corrective action (ISO 42001 10.2). */
export const NC_STATUSES = ['open', 'action-planned', 'action-taken', 'verified', 'closed'] as const;
export type NcStatus = (typeof NC_STATUSES)[number];

export const NC_STATUS_LABELS: Vocabulary<NcStatus> = {
  open: {
    label: { de: 'Offen', en: 'Open' },
    description: {
      de: 'Erfasst; Ursache und Korrekturmaßnahme stehen noch aus.',
      en: 'Recorded; root cause and corrective action are still to come.',
    },
  },
  'action-planned': {
    label: { de: 'Korrekturmaßnahme geplant', en: 'Corrective action planned' },
    description: {
      de: 'Ursache analysiert, Korrekturmaßnahme mit Verantwortlichen und Termin festgelegt.',
      en: 'Root cause analysed; corrective action set with an owner and a due date.',
    },
  },
  'action-taken': {
    label: { de: 'Korrekturmaßnahme umgesetzt', en: 'Corrective action taken' },
    description: {
      de: 'Die Korrekturmaßnahme ist umgesetzt; ihre Wirksamkeit ist noch nicht bestätigt.',
      en: 'The corrective action is done; its effectiveness has not been confirmed yet.',
    },
  },
  verified: {
    label: { de: 'Wirksamkeit bestätigt', en: 'Effectiveness verified' },
    description: {
      de: 'Die Wirksamkeit der Korrekturmaßnahme wurde geprüft und bestätigt.',
      en: 'The corrective action was checked and found effective.',
    },
  },
  closed: {
    label: { de: 'Abgeschlossen', en: 'Closed' },
    description: {
      de: 'Die Nichtkonformität ist abgeschlossen und dokumentiert.',
      en: 'The nonconformity is closed and documented.',
    },
  },
};
