import type { Lang } from '../../../../shared/catalog/types';
import { LIKELIHOOD_LEVELS, type LikelihoodLevel } from '../../../../shared/catalog/vocab/risk';
import type { Vocabulary } from '../../../../shared/catalog/vocab/vocabulary';

/** Likelihood and impact share the levels 1–5; each option reads "4 – Very likely". */
export function levelOptions(vocabulary: Vocabulary<LikelihoodLevel>, lang: Lang) {
  return LIKELIHOOD_LEVELS.map((level) => ({
    value: String(level),
    label: `${level} – ${vocabulary[level].label[lang]}`,
  }));
}
