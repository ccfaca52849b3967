import type { Text } from '../types';

/**
 * Annex III: stand-alone high-risk use cases (route 2, Art. 6(2)), eight areas with all their points. [V] S7
 * Descriptions are short paraphrases. Point 2 (critical infrastructure) has no lettered sub-point in the
 * OJ text; the fact sheet's table labels it "(a)", we use the OJ numbering '2'.
 * The Commission can amend Annex III by delegated act (Art. 7), so this list is versioned data.
 */
export const ANNEX_III_AREA_IDS = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
export type AnnexIIIAreaId = (typeof ANNEX_III_AREA_IDS)[number];

export const ANNEX_III_POINT_IDS = [
  '1(a)',
  '1(b)',
  '1(c)',
  '2',
  '3(a)',
  '3(b)',
  '3(c)',
  '3(d)',
  '4(a)',
  '4(b)',
  '5(a)',
  '5(b)',
  '5(c)',
  '5(d)',
  '6(a)',
  '6(b)',
  '6(c)',
  '6(d)',
  '6(e)',
  '7(a)',
  '7(b)',
  '7(c)',
  '7(d)',
  '8(a)',
  '8(b)',
] as const;
export type AnnexIIIPointId = (typeof ANNEX_III_POINT_IDS)[number];

export interface AnnexIIIArea {
  readonly id: AnnexIIIAreaId;
  readonly title: Text;
  /** "in so far as their use is permitted under relevant Union or national law" (areas 1, 6, 7). */
  readonly whereLawful: boolean;
}

export interface AnnexIIIPoint {
  readonly id: AnnexIIIPointId;
  readonly area: AnnexIIIAreaId;
  /** 'Annex III 4(a)' */
  readonly ref: string;
  readonly description: Text;
}

export const ANNEX_III_AREAS: readonly AnnexIIIArea[] = [
  { id: '1', title: { de: 'Biometrie', en: 'Biometrics' }, whereLawful: true },
  { id: '2', title: { de: 'Kritische Infrastruktur', en: 'Critical infrastructure' }, whereLawful: false },
  {
    id: '3',
    title: { de: 'Allgemeine und berufliche Bildung', en: 'Education and vocational training' },
    whereLawful: false,
  },
  {
    id: '4',
    title: {
      de: 'Beschäftigung, Personalmanagement und Zugang zur Selbstständigkeit',
      en: 'Employment, workers’ management and access to self-employment',
    },
    whereLawful: false,
  },
  {
    id: '5',
    title: {
      de: 'Zugang zu grundlegenden privaten und öffentlichen Diensten und Leistungen',
      en: 'Access to essential private services and essential public services and benefits',
    },
    whereLawful: false,
  },
  { id: '6', title: { de: 'Strafverfolgung', en: 'Law enforcement' }, whereLawful: true },
  {
    id: '7',
    title: { de: 'Migration, Asyl und Grenzkontrolle', en: 'Migration, asylum and border control management' },
    whereLawful: true,
  },
  {
    id: '8',
    title: {
      de: 'Rechtspflege und demokratische Prozesse',
      en: 'Administration of justice and democratic processes',
    },
    whereLawful: false,
  },
];

const p = (id: AnnexIIIPointId, de: string, en: string): AnnexIIIPoint => ({
  id,
  area: id.charAt(0) as AnnexIIIAreaId,
  ref: `Annex III ${id}`,
  description: { de, en },
});

export const ANNEX_III_POINTS: readonly AnnexIIIPoint[] = [
  p(
    '1(a)',
    'Biometrische Fernidentifizierung (nicht: reine Verifizierung, die nur bestätigt, dass eine Person die ist, die sie vorgibt zu sein)',
    'Remote biometric identification (not verification whose sole purpose is to confirm that a person is who they claim to be)',
  ),
  p(
    '1(b)',
    'Biometrische Kategorisierung nach sensiblen oder geschützten Merkmalen, die aus den Daten abgeleitet werden',
    'Biometric categorisation according to sensitive or protected attributes inferred from the data',
  ),
  p('1(c)', 'Emotionserkennung', 'Emotion recognition'),
  p(
    '2',
    'Sicherheitsbauteil beim Management und Betrieb kritischer digitaler Infrastruktur, des Straßenverkehrs oder der Wasser-, Gas-, Wärme- oder Stromversorgung',
    'Safety component in the management and operation of critical digital infrastructure, road traffic, or the supply of water, gas, heating or electricity',
  ),
  p(
    '3(a)',
    'Entscheidung über Zugang, Zulassung oder Zuweisung zu Einrichtungen der allgemeinen und beruflichen Bildung',
    'Determining access, admission or assignment to education and vocational training institutions',
  ),
  p(
    '3(b)',
    'Bewertung von Lernergebnissen, auch zur Steuerung des Lernprozesses',
    'Evaluating learning outcomes, including to steer the learning process',
  ),
  p(
    '3(c)',
    'Bewertung des angemessenen Bildungsniveaus, das eine Person erhalten oder erreichen kann',
    'Assessing the appropriate level of education a person will receive or be able to access',
  ),
  p(
    '3(d)',
    'Überwachung und Erkennung verbotenen Verhaltens von Prüflingen während Prüfungen (Proctoring)',
    'Monitoring and detecting prohibited behaviour of students during tests (proctoring)',
  ),
  p(
    '4(a)',
    'Einstellung oder Auswahl von Personen, insbesondere gezielte Stellenanzeigen, Sichten und Filtern von Bewerbungen und Bewerten von Bewerbern',
    'Recruitment or selection, in particular targeted job advertisements, analysing and filtering applications and evaluating candidates',
  ),
  p(
    '4(b)',
    'Entscheidungen über Arbeitsbedingungen, Beförderung oder Kündigung, Aufgabenzuweisung nach Verhalten oder persönlichen Merkmalen, Überwachung und Bewertung von Leistung und Verhalten',
    'Decisions on terms of work relationships, promotion or termination, task allocation based on behaviour or personal traits, monitoring and evaluating performance and behaviour',
  ),
  p(
    '5(a)',
    'Prüfung durch Behörden, ob Anspruch auf öffentliche Unterstützungsleistungen und Dienste (einschließlich Gesundheitsdiensten) besteht, sowie deren Gewährung, Kürzung, Widerruf oder Rückforderung',
    'Evaluation by public authorities of eligibility for essential public assistance benefits and services (including healthcare), and granting, reducing, revoking or reclaiming them',
  ),
  p(
    '5(b)',
    'Prüfung der Kreditwürdigkeit oder Ermittlung der Bonität natürlicher Personen (ausgenommen: Aufdeckung von Finanzbetrug)',
    'Evaluating the creditworthiness of natural persons or establishing their credit score (except detecting financial fraud)',
  ),
  p(
    '5(c)',
    'Risikobewertung und Preisbildung für natürliche Personen in der Lebens- und Krankenversicherung',
    'Risk assessment and pricing in relation to natural persons for life and health insurance',
  ),
  p(
    '5(d)',
    'Bewertung und Klassifizierung von Notrufen, Disposition und Priorisierung von Notfall- und Rettungseinsätzen sowie Triage von Notfallpatienten',
    'Evaluating and classifying emergency calls, dispatching and prioritising emergency first response, and emergency patient triage',
  ),
  p(
    '6(a)',
    'Bewertung des Risikos, dass eine Person Opfer einer Straftat wird',
    'Assessing the risk of a person becoming the victim of a criminal offence',
  ),
  p('6(b)', 'Lügendetektoren und ähnliche Instrumente', 'Polygraphs and similar tools'),
  p(
    '6(c)',
    'Bewertung der Verlässlichkeit von Beweismitteln bei Ermittlung oder Verfolgung von Straftaten',
    'Evaluating the reliability of evidence in the investigation or prosecution of criminal offences',
  ),
  p(
    '6(d)',
    'Bewertung des Risikos einer (erneuten) Straffälligkeit nicht ausschließlich auf Grundlage von Profiling, oder Bewertung von Persönlichkeitsmerkmalen oder früherem kriminellem Verhalten',
    'Assessing the risk of offending or re-offending not solely on the basis of profiling, or assessing personality traits or past criminal behaviour',
  ),
  p(
    '6(e)',
    'Profiling natürlicher Personen bei der Aufdeckung, Ermittlung oder Verfolgung von Straftaten',
    'Profiling of natural persons in the detection, investigation or prosecution of criminal offences',
  ),
  p('7(a)', 'Lügendetektoren und ähnliche Instrumente', 'Polygraphs and similar tools'),
  p(
    '7(b)',
    'Bewertung eines Sicherheitsrisikos, eines Risikos irregulärer Migration oder eines Gesundheitsrisikos, das von einer einreisenden oder eingereisten Person ausgeht',
    'Assessing a security, irregular-migration or health risk posed by a person who intends to enter or has entered',
  ),
  p(
    '7(c)',
    'Unterstützung bei der Prüfung von Asyl-, Visums- und Aufenthaltsanträgen und damit verbundenen Beschwerden, einschließlich der Bewertung der Verlässlichkeit von Beweismitteln',
    'Assisting the examination of asylum, visa and residence permit applications and related complaints, including assessing the reliability of evidence',
  ),
  p(
    '7(d)',
    'Aufdeckung, Erkennung oder Identifizierung von Personen im Zusammenhang mit Migration, Asyl und Grenzkontrolle (ausgenommen: Überprüfung von Reisedokumenten)',
    'Detecting, recognising or identifying persons in the context of migration, asylum and border control (except verification of travel documents)',
  ),
  p(
    '8(a)',
    'Unterstützung von Justizbehörden (oder alternativer Streitbeilegung) bei der Ermittlung und Auslegung von Sachverhalten und Rechtsvorschriften und bei deren Anwendung auf einen konkreten Sachverhalt',
    'Assisting judicial authorities (or alternative dispute resolution) in researching and interpreting facts and the law and in applying the law to a concrete set of facts',
  ),
  p(
    '8(b)',
    'Beeinflussung des Ergebnisses einer Wahl oder Volksabstimmung oder des Wahlverhaltens (nicht: Werkzeuge für die Organisation und Logistik politischer Kampagnen ohne direkte Wirkung auf Personen)',
    'Influencing the outcome of an election or referendum or voting behaviour (not: tools for organising and running political campaigns whose output people are not directly exposed to)',
  ),
];

export function annexIIIPoint(id: AnnexIIIPointId): AnnexIIIPoint {
  const point = ANNEX_III_POINTS.find((x) => x.id === id);
  if (!point) throw new Error(`unknown Annex III point ${id}`);
  return point;
}

/**
 * Art. 27(1) [V] S7: any deployer of these points must carry out a FRIA, public or private.
 */
export const FRIA_ALWAYS_POINTS: readonly AnnexIIIPointId[] = ['5(b)', '5(c)'];
/** Art. 27(1): systems of area 2 (critical infrastructure) are outside the FRIA duty. */
export const FRIA_EXCLUDED_AREAS: readonly AnnexIIIAreaId[] = ['2'];
