import type { SoaSuggestion } from '../../../../shared/domain/soa';
import type { InclusionReason } from '../../../../shared/catalog/vocab/soa';
import type { SoaEntry } from '../../../../shared/schemas/governance';
import { api } from '../../../api';
import { saveEdit } from '../../../store/records';

export type SoaPatch = Partial<Omit<SoaEntry, 'controlId' | 'updatedAt'>>;

/**
 * Saves a change to one control. The table shows it at once — deciding by keyboard row after row
 * should not wait for each round trip.
 */
export function updateSoa(controlId: string, patch: SoaPatch): Promise<unknown> {
  return saveEdit((wb) => api.soa.update({ wb, controlId, patch }), {
    aggregate: 'soa',
    apply: (rows) => rows.map((e) => (e.controlId === controlId ? { ...e, ...patch } : e)),
  });
}

export const suggestedReasons = (suggestion: SoaSuggestion): InclusionReason[] => [
  ...new Set(suggestion.reasons.map((r) => r.kind)),
];

/**
 * The decision is the suggested one. Which reasons an inclusion names stays the consultant's call, so
 * other reasons than the suggested ones are no deviation.
 */
export const followsSuggestion = (entry: SoaEntry, suggestion: SoaSuggestion): boolean =>
  entry.applicable === suggestion.applicable;

/**
 * Takes the suggestion over. Reasons the consultant already gave are kept; an exclusion still needs
 * the consultant's own justification, which the suggestion cannot give.
 */
export function acceptSuggestion(entry: SoaEntry, suggestion: SoaSuggestion): Promise<unknown> {
  return updateSoa(entry.controlId, {
    applicable: suggestion.applicable,
    inclusionReasons: suggestion.applicable
      ? [...new Set([...entry.inclusionReasons, ...suggestedReasons(suggestion)])]
      : [],
  });
}

/**
 * Includes or excludes a control by hand. An inclusion without reasons starts from the suggested ones
 * (the consultant can untick them); an exclusion clears the reasons, which no longer apply.
 */
export function decide(
  entry: SoaEntry,
  applicable: boolean | null,
  suggestion?: SoaSuggestion,
): Promise<unknown> {
  const patch: SoaPatch = { applicable };
  if (applicable === true && entry.inclusionReasons.length === 0 && suggestion)
    patch.inclusionReasons = suggestedReasons(suggestion);
  if (applicable === false) patch.inclusionReasons = [];
  return updateSoa(entry.controlId, patch);
}
