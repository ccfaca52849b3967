import { VERDICTS, type Verdict } from '../../../shared/catalog/vocab/assessment';

/**
 * The verdicts offered for an item. 'Not applicable' exists only for Annex A controls excluded in the SoA;
 * clauses 4–10 always apply (see the vocabulary), so it is offered for them only to show a stored value.
 */
export function verdictOptions(kind: 'clause' | 'control', current: Verdict): Verdict[] {
  return VERDICTS.filter((v) => v !== 'not-applicable' || kind === 'control' || current === v);
}
