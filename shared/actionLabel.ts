import type { Lang, Text } from './catalog/types';
import type { ActionLabel } from './contract/workbook';

/** The record kinds an action can be about, as the consultant calls them (German nouns capitalised). */
const NOUNS: Readonly<Record<string, Text>> = {
  engagement: { de: 'Projektdaten', en: 'engagement details' },
  session: { de: 'Workshop-Termin', en: 'workshop session' },
  attendee: { de: 'Teilnehmende Person', en: 'attendee' },
  assessment: { de: 'Bewertung', en: 'assessment' },
  evidence: { de: 'Nachweis', en: 'evidence' },
  aiSystem: { de: 'KI-System', en: 'AI system' },
  classification: { de: 'Einstufung', en: 'classification' },
  risk: { de: 'Risiko', en: 'risk' },
  impact: { de: 'Folgenabschätzung', en: 'impact assessment' },
  role: { de: 'Rolle', en: 'role' },
  raciActivity: { de: 'RACI-Aktivität', en: 'RACI activity' },
  raci: { de: 'RACI-Zuordnung', en: 'RACI assignment' },
  policy: { de: 'Richtlinienabschnitt', en: 'policy section' },
  objective: { de: 'KI-Ziel', en: 'AI objective' },
  competence: { de: 'Kompetenznachweis', en: 'competence record' },
  soa: { de: 'SoA-Eintrag', en: 'SoA entry' },
  managementSystem: { de: 'Managementsystem', en: 'management system' },
  coverage: { de: 'Abdeckung', en: 'coverage' },
  document: { de: 'Dokument', en: 'document' },
  audit: { de: 'Internes Audit', en: 'internal audit' },
  review: { de: 'Managementbewertung', en: 'management review' },
  nonconformity: { de: 'Nichtkonformität', en: 'nonconformity' },
  action: { de: 'Maßnahme', en: 'action' },
  branding: { de: 'Branding', en: 'branding' },
  logo: { de: 'Logo', en: 'logo' },
  questionnaire: { de: 'Kundenfragebogen', en: 'client questionnaire' },
};

/** What was done; German puts the verb last ("KI-System ‚X‘ löschen"), English first ("Delete AI system ‘X’"). */
const VERBS: Readonly<Record<string, Text>> = {
  create: { de: 'anlegen', en: 'Add' },
  update: { de: 'ändern', en: 'Edit' },
  delete: { de: 'löschen', en: 'Delete' },
  set: { de: 'setzen', en: 'Set' },
  save: { de: 'speichern', en: 'Save' },
  attach: { de: 'anhängen', en: 'Attach' },
  apply: { de: 'einlesen', en: 'Import' },
  attachLogo: { de: 'einfügen', en: 'Add' },
  removeLogo: { de: 'entfernen', en: 'Remove' },
};

/** Channels whose noun is not their aggregate's. */
const NOUN_OF_CHANNEL: Readonly<Record<string, string>> = {
  'branding:attachLogo': 'logo',
  'branding:removeLogo': 'logo',
};

const SUBJECT_MAX = 40;
const shorten = (text: string): string =>
  text.length > SUBJECT_MAX ? `${text.slice(0, SUBJECT_MAX - 1).trimEnd()}…` : text;

/**
 * The words for an action: "Delete AI system ‘CV-Screening’" / "KI-System ‚CV-Screening‘ löschen". Actions kept
 * from before labels existed (no channel) are named as edits of their first record's kind.
 */
export function describeAction(label: ActionLabel, lang: Lang): string {
  const [aggregate, verb] = label.channel?.split(':') ?? [label.entity, 'update'];
  const nounKey = (label.channel && NOUN_OF_CHANNEL[label.channel]) ?? aggregate ?? label.entity;
  const noun = (NOUNS[nounKey] ?? NOUNS[label.entity])?.[lang] ?? nounKey;
  const doing = (VERBS[verb ?? 'update'] ?? VERBS.update!)[lang];
  const subject = label.subject === '' || nounKey === 'logo' ? '' : shorten(label.subject);
  if (lang === 'de') return `${noun}${subject ? ` ‚${subject}‘` : ''} ${doing}`;
  return `${doing} ${noun}${subject ? ` ‘${subject}’` : ''}`;
}
