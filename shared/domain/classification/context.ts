import { formatAiActRef, milestoneDate } from '../../catalog/aiact';
import type { AiActMilestoneId, AiActRegimeId } from '../../catalog/aiact';
import type { Lang, Text } from '../../catalog/types';
import type { ClassificationAnswers, ClassificationQuestionId } from './answers';
import type { RationaleStep, RationaleStepId } from './result';

/**
 * The state one classification run threads through its steps: the answers, the regime, the open
 * questions found so far, the reasoning and the provisions the outcome rests on.
 */
export interface Evaluation {
  readonly answers: ClassificationAnswers;
  readonly regime: AiActRegimeId;
  readonly asOf: string | undefined;
  readonly missing: Set<ClassificationQuestionId>;
  readonly rationale: RationaleStep[];
  readonly articles: string[];
}

/** Reads an answer the decision needs; an open one is recorded as missing and comes back undefined. */
export function need<K extends ClassificationQuestionId>(
  ev: Evaluation,
  question: K,
): ClassificationAnswers[K] {
  const value = ev.answers[question];
  if (value === undefined) ev.missing.add(question);
  return value;
}

export function say(ev: Evaluation, step: RationaleStepId, text: Text): void {
  ev.rationale.push({ step, de: text.de, en: text.en });
}

/** Records provisions the outcome rests on, once each, in the order they were reached. */
export function cite(ev: Evaluation, ...refs: readonly string[]): void {
  for (const ref of refs) if (!ev.articles.includes(ref)) ev.articles.push(ref);
}

/** A ref as each language cites it. */
export function refText(ref: string): Text {
  return { de: formatAiActRef(ref, 'de'), en: formatAiActRef(ref, 'en') };
}

/** The date of a milestone under the run's regime. */
export function dateOf(ev: Evaluation, milestone: AiActMilestoneId): string | undefined {
  return milestoneDate(ev.regime, milestone);
}

/** Whether a date has been reached on `asOf`; undefined when no `asOf` was given. */
export function inForceOn(ev: Evaluation, date: string | null | undefined): boolean | undefined {
  if (ev.asOf === undefined || date === null || date === undefined) return undefined;
  return date <= ev.asOf;
}

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** '2026-12-02' → { de: '2. Dezember 2026', en: '2 Dec 2026' }. */
export function dateText(iso: string): Text {
  const [y, m, d] = iso.split('-').map(Number);
  const month = (lang: Lang) => MONTHS[lang][(m ?? 1) - 1] ?? '';
  return { de: `${d}. ${month('de')} ${y}`, en: `${d} ${month('en')} ${y}` };
}

/** Accepts 'YYYY-MM-DD' or a longer ISO timestamp and keeps the date. */
export function normaliseAsOf(asOf: string | undefined): string | undefined {
  if (asOf === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}/.test(asOf)) throw new RangeError(`asOf must be an ISO date, got "${asOf}"`);
  return asOf.slice(0, 10);
}
