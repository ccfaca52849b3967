import { TRANSPARENCY_CASES } from '../../catalog/aiact';
import type { TransparencyCaseId } from '../../catalog/aiact';
import type { ClassificationQuestionId } from './answers';
import { cite, dateOf, dateText, need, refText, say } from './context';
import type { Evaluation } from './context';

/** The question that triggers each Art. 50 case. */
const TRIGGERS: Readonly<Record<TransparencyCaseId, ClassificationQuestionId>> = {
  interaction: 'interactsWithPersons',
  'synthetic-content': 'generatesSyntheticContent',
  'emotion-or-biometric-categorisation': 'emotionRecognitionOrBiometricCategorisation',
  'deep-fake': 'deepFake',
  'public-interest-text': 'publicInterestText',
};

/**
 * Q7, Art. 50. The cases apply on top of the high-risk rules (Art. 50(6)); every one is needed because
 * each brings its own duty. Returns the cases that apply, or undefined while one is open.
 */
export function transparencyStep(ev: Evaluation): TransparencyCaseId[] | undefined {
  const answers = TRANSPARENCY_CASES.map((c) => ({ c, value: need(ev, TRIGGERS[c.id]) }));
  if (answers.some((x) => x.value === undefined)) return undefined;

  const cases = answers.filter((x) => x.value === true).map((x) => x.c);
  if (cases.length === 0) {
    say(ev, 'art-50', {
      de: 'Kein Transparenzfall nach Art. 50 Abs. 1–4.',
      en: 'No transparency case under Art. 50(1)–(4).',
    });
    return [];
  }
  const date = dateOf(ev, 'general-application');
  const from = date ? dateText(date) : { de: '–', en: '–' };
  cite(ev, ...cases.map((c) => c.ref));
  for (const c of cases) {
    const ref = refText(c.ref);
    const who =
      c.addressee === 'provider' ? { de: 'Anbieter', en: 'provider' } : { de: 'Betreiber', en: 'deployer' };
    say(ev, 'art-50', {
      de: `${ref.de} – ${c.title.de} (Pflicht des ${who.de}s, ab dem ${from.de}): ${c.duty.de}`,
      en: `${ref.en} – ${c.title.en} (${who.en} duty, from ${from.en}): ${c.duty.en}`,
    });
  }
  return cases.map((c) => c.id);
}
