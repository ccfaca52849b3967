import type { Vocabulary } from './vocabulary';

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Vocabulary<ActionStatus> = {
  open: { label: { de: 'Offen', en: 'Open' } },
  'in-progress': { label: { de: 'In Bearbeitung', en: 'In progress' } },
  done: { label: { de: 'Erledigt', en: 'Done' } },
  cancelled: {
    label: { de: 'Verworfen', en: 'Cancelled' },
    description: {
      de: 'Die Maßnahme wird nicht weiterverfolgt; der Grund ist festzuhalten.',
      en: 'The action is no longer pursued; record the reason.',
    },
  },
};

export const PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const PRIORITY_LABELS: Vocabulary<Priority> = {
  low: {
    label: { de: 'Niedrig', en: 'Low' },
    description: {
      de: 'Sinnvoll, aber ohne Einfluss auf die Zertifizierungsreife; bei Gelegenheit umsetzen.',
      en: 'Worthwhile but without effect on certification readiness; do it when convenient.',
    },
  },
  medium: {
    label: { de: 'Mittel', en: 'Medium' },
    description: {
      de: 'Im Rahmen des Projektplans umsetzen, spätestens vor dem internen Audit.',
      en: 'Deliver within the project plan, at the latest before the internal audit.',
    },
  },
  high: {
    label: { de: 'Hoch', en: 'High' },
    description: {
      de: 'Vor dem Stage-1-Audit abschließen; schließt eine wesentliche Lücke oder ein hohes Risiko.',
      en: 'Finish before the Stage 1 audit; closes a significant gap or a high risk.',
    },
  },
  critical: {
    label: { de: 'Kritisch', en: 'Critical' },
    description: {
      de: 'Sofort angehen; blockiert die Zertifizierung oder betrifft ein kritisches Risiko bzw. eine gesetzliche Pflicht.',
      en: 'Start at once; blocks certification or concerns a critical risk or a legal duty.',
    },
  },
};
