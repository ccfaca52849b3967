import type { Text } from '../types';
import { milestoneDates } from './dates';
import type { AiActMilestoneId, ByRegime } from './types';

/**
 * Art. 5(1) prohibited AI practices, in the order of the regulation. Points (a)–(h) [V] S7, applicable
 * since 2 Feb 2025. Points (ba) and (bb) were inserted by Regulation (EU) 2026/1744 and apply from
 * 2 Dec 2026 [S] S8, S9, S10 (OJ text not read); they do not exist in the original 2024 text.
 * Descriptions are our own short paraphrases.
 */
export const PROHIBITED_PRACTICE_IDS = ['a', 'b', 'ba', 'bb', 'c', 'd', 'e', 'f', 'g', 'h'] as const;
export type ProhibitedPracticeId = (typeof PROHIBITED_PRACTICE_IDS)[number];

export interface ProhibitedPractice {
  readonly id: ProhibitedPracticeId;
  readonly ref: string;
  readonly title: Text;
  readonly description: Text;
  /** Narrow carve-outs a consultant must check before ticking the point. */
  readonly exceptions?: Text;
  readonly addedBy?: 'Regulation (EU) 2026/1744';
  readonly milestone: AiActMilestoneId;
  /** Date from which the prohibition applies; null = not part of that regime. */
  readonly appliesFrom: ByRegime<string | null>;
}

const ORIGINAL = milestoneDates('prohibitions-and-literacy');
const OMNIBUS = milestoneDates('omnibus-prohibitions');

export const PROHIBITED_PRACTICES: readonly ProhibitedPractice[] = [
  {
    id: 'a',
    ref: 'Art. 5(1)(a)',
    title: { de: 'Manipulative oder täuschende Techniken', en: 'Manipulative or deceptive techniques' },
    description: {
      de: 'Unterschwellige, absichtlich manipulative oder täuschende Techniken, die das Verhalten von Personen wesentlich verzerren und dadurch erheblichen Schaden verursachen oder wahrscheinlich verursachen.',
      en: 'Subliminal, purposefully manipulative or deceptive techniques that materially distort people’s behaviour and cause, or are reasonably likely to cause, significant harm.',
    },
    milestone: 'prohibitions-and-literacy',
    appliesFrom: ORIGINAL,
  },
  {
    id: 'b',
    ref: 'Art. 5(1)(b)',
    title: { de: 'Ausnutzung von Schwächen und Schutzbedürftigkeit', en: 'Exploitation of vulnerabilities' },
    description: {
      de: 'Ausnutzung einer Schwäche aufgrund von Alter, Behinderung oder einer besonderen sozialen oder wirtschaftlichen Lage, um das Verhalten wesentlich zu verzerren, mit erheblichem Schaden.',
      en: 'Exploiting a vulnerability due to age, disability or a specific social or economic situation to materially distort behaviour, causing significant harm.',
    },
    milestone: 'prohibitions-and-literacy',
    appliesFrom: ORIGINAL,
  },
  {
    id: 'ba',
    ref: 'Art. 5(1)(ba)',
    title: {
      de: 'Nicht einvernehmliche intime Darstellungen („Nudifier“)',
      en: 'Non-consensual intimate imagery ("nudifiers")',
    },
    description: {
      de: 'Erzeugung oder Manipulation realistischer intimer oder sexueller Bilder, Videos oder Audioinhalte einer identifizierbaren Person ohne deren ausdrückliche Einwilligung.',
      en: 'Generating or manipulating realistic intimate or sexual images, video or audio of an identifiable person without that person’s explicit consent.',
    },
    exceptions: {
      de: 'Anbieter sind erfasst, wenn dies die Zweckbestimmung ist oder ein vernünftigerweise vorhersehbares, reproduzierbares Ergebnis ohne angemessene Schutzvorkehrungen (Art. 5 Abs. 1a).',
      en: 'Providers are caught where this is the intended purpose or a reasonably foreseeable, reproducible outcome without adequate safeguards (Art. 5(1a)).',
    },
    addedBy: 'Regulation (EU) 2026/1744',
    milestone: 'omnibus-prohibitions',
    appliesFrom: OMNIBUS,
  },
  {
    id: 'bb',
    ref: 'Art. 5(1)(bb)',
    title: { de: 'Darstellungen sexuellen Kindesmissbrauchs', en: 'Child sexual abuse material' },
    description: {
      de: 'Erzeugung oder Manipulation von Material, das sexuellen Missbrauch von Kindern darstellt (im Sinne der Richtlinie 2011/93/EU).',
      en: 'Generating or manipulating child sexual abuse material (within the meaning of Directive 2011/93/EU).',
    },
    exceptions: {
      de: 'Wie bei lit. ba: Zweckbestimmung oder vorhersehbares, reproduzierbares Ergebnis ohne angemessene Schutzvorkehrungen (Art. 5 Abs. 1a).',
      en: 'As for point (ba): intended purpose, or a foreseeable, reproducible outcome without adequate safeguards (Art. 5(1a)).',
    },
    addedBy: 'Regulation (EU) 2026/1744',
    milestone: 'omnibus-prohibitions',
    appliesFrom: OMNIBUS,
  },
  {
    id: 'c',
    ref: 'Art. 5(1)(c)',
    title: { de: 'Social Scoring', en: 'Social scoring' },
    description: {
      de: 'Bewertung oder Einstufung von Personen über einen Zeitraum anhand ihres sozialen Verhaltens oder persönlicher Merkmale, die zu Benachteiligung in sachfremden Zusammenhängen oder zu unverhältnismäßiger Benachteiligung führt.',
      en: 'Evaluating or classifying people over time based on social behaviour or personal characteristics, leading to detrimental treatment in unrelated contexts or treatment disproportionate to the behaviour.',
    },
    milestone: 'prohibitions-and-literacy',
    appliesFrom: ORIGINAL,
  },
  {
    id: 'd',
    ref: 'Art. 5(1)(d)',
    title: {
      de: 'Vorhersage von Straftaten allein aufgrund von Profiling',
      en: 'Crime prediction based solely on profiling',
    },
    description: {
      de: 'Bewertung des Risikos, dass eine Person eine Straftat begeht, ausschließlich auf Grundlage von Profiling oder Persönlichkeitsmerkmalen.',
      en: 'Assessing the risk that a person will commit a criminal offence based solely on profiling or personality traits.',
    },
    exceptions: {
      de: 'Nicht erfasst: Unterstützung einer menschlichen Bewertung, die bereits auf objektiven, überprüfbaren Tatsachen mit Bezug zu einer kriminellen Aktivität beruht.',
      en: 'Not caught: supporting a human assessment already based on objective, verifiable facts linked to criminal activity.',
    },
    milestone: 'prohibitions-and-literacy',
    appliesFrom: ORIGINAL,
  },
  {
    id: 'e',
    ref: 'Art. 5(1)(e)',
    title: {
      de: 'Ungezieltes Auslesen von Gesichtsbildern',
      en: 'Untargeted scraping of facial images',
    },
    description: {
      de: 'Aufbau oder Erweiterung von Gesichtserkennungsdatenbanken durch ungezieltes Auslesen von Gesichtsbildern aus dem Internet oder von Überwachungsaufnahmen.',
      en: 'Creating or expanding facial recognition databases through untargeted scraping of facial images from the internet or CCTV footage.',
    },
    milestone: 'prohibitions-and-literacy',
    appliesFrom: ORIGINAL,
  },
  {
    id: 'f',
    ref: 'Art. 5(1)(f)',
    title: {
      de: 'Emotionserkennung am Arbeitsplatz und in Bildungseinrichtungen',
      en: 'Emotion recognition at the workplace and in education',
    },
    description: {
      de: 'Ableitung von Emotionen natürlicher Personen am Arbeitsplatz oder in Bildungseinrichtungen.',
      en: 'Inferring the emotions of natural persons in the workplace or in education institutions.',
    },
    exceptions: {
      de: 'Ausgenommen sind Systeme, die aus medizinischen Gründen oder Sicherheitsgründen eingesetzt werden sollen.',
      en: 'Except systems intended for medical or safety reasons.',
    },
    milestone: 'prohibitions-and-literacy',
    appliesFrom: ORIGINAL,
  },
  {
    id: 'g',
    ref: 'Art. 5(1)(g)',
    title: {
      de: 'Biometrische Kategorisierung nach sensiblen Merkmalen',
      en: 'Biometric categorisation by sensitive traits',
    },
    description: {
      de: 'Kategorisierung von Personen anhand biometrischer Daten, um auf ethnische Herkunft, politische Meinung, Gewerkschaftszugehörigkeit, religiöse oder weltanschauliche Überzeugung, Sexualleben oder sexuelle Ausrichtung zu schließen.',
      en: 'Categorising people on the basis of biometric data to infer race, political opinions, trade union membership, religious or philosophical beliefs, sex life or sexual orientation.',
    },
    exceptions: {
      de: 'Ausgenommen: Kennzeichnung oder Filterung rechtmäßig erworbener biometrischer Datensätze sowie Kategorisierung im Bereich der Strafverfolgung.',
      en: 'Except labelling or filtering of lawfully acquired biometric datasets and categorisation in the area of law enforcement.',
    },
    milestone: 'prohibitions-and-literacy',
    appliesFrom: ORIGINAL,
  },
  {
    id: 'h',
    ref: 'Art. 5(1)(h)',
    title: {
      de: 'Biometrische Echtzeit-Fernidentifizierung zur Strafverfolgung',
      en: 'Real-time remote biometric identification for law enforcement',
    },
    description: {
      de: 'Biometrische Echtzeit-Fernidentifizierung in öffentlich zugänglichen Räumen zu Zwecken der Strafverfolgung.',
      en: 'Real-time remote biometric identification in publicly accessible spaces for the purpose of law enforcement.',
    },
    exceptions: {
      de: 'Nur drei eng begrenzte Zwecke (gezielte Suche nach Opfern oder Vermissten; Abwehr einer unmittelbaren Gefahr oder eines Terroranschlags; Verdächtige schwerer Straftaten nach Anhang II), mit vorheriger Genehmigung, Grundrechte-Folgenabschätzung und Registrierung (Art. 5 Abs. 2–7).',
      en: 'Only three narrow purposes (targeted search for victims or missing persons; an imminent threat or terrorist attack; suspects of serious crimes listed in Annex II), with prior authorisation, a fundamental rights impact assessment and registration (Art. 5(2)–(7)).',
    },
    milestone: 'prohibitions-and-literacy',
    appliesFrom: ORIGINAL,
  },
];

export function prohibitedPractice(id: ProhibitedPracticeId): ProhibitedPractice {
  const p = PROHIBITED_PRACTICES.find((x) => x.id === id);
  if (!p) throw new Error(`unknown prohibited practice ${id}`);
  return p;
}

/** Art. 99(3): the fine ceiling for breaching Art. 5 (whichever is higher; for SMEs whichever is lower). [V] S7 */
export const PROHIBITION_PENALTY: Text = {
  de: 'Geldbuße bis zu 35 Mio. EUR oder 7 % des weltweiten Jahresumsatzes, je nachdem, welcher Betrag höher ist (für KMU der niedrigere).',
  en: 'Fine of up to EUR 35 million or 7 % of worldwide annual turnover, whichever is higher (for SMEs whichever is lower).',
};
