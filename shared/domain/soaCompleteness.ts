/*
 * Completeness of the Statement of Applicability the consultant decided (ISO 42001 6.1.3): every one of
 * the 38 Annex A controls decided, each inclusion given a reason and each exclusion justified.
 */
import type { InclusionReason } from '../catalog/vocab/soa';
import { ANNEX_A_CONTROL_IDS, isAnnexAControlId, type AnnexAControlId } from './requirementIds';

export interface SoaEntryInput {
  readonly controlId: string;
  /** null while undecided. */
  readonly applicable: boolean | null;
  readonly inclusionReasons: readonly InclusionReason[];
  readonly exclusionJustification: string;
}

export interface SoaCompleteness {
  readonly total: number;
  readonly decided: number;
  readonly applicable: number;
  readonly excluded: number;
  /** Controls with no entry or with `applicable: null`. */
  readonly undecided: readonly AnnexAControlId[];
  readonly unjustifiedExclusions: readonly AnnexAControlId[];
  readonly inclusionsWithoutReason: readonly AnnexAControlId[];
  /** Entries whose control id is not one of the 38. */
  readonly unknownControls: readonly string[];
  /** All 38 decided, each exclusion justified and each inclusion given a reason (6.1.3). */
  readonly complete: boolean;
}

export function soaCompleteness(entries: readonly SoaEntryInput[]): SoaCompleteness {
  const byControl = new Map<string, SoaEntryInput>();
  for (const e of entries) if (!byControl.has(e.controlId)) byControl.set(e.controlId, e);
  const undecided: AnnexAControlId[] = [];
  const unjustifiedExclusions: AnnexAControlId[] = [];
  const inclusionsWithoutReason: AnnexAControlId[] = [];
  let applicable = 0;
  let excluded = 0;
  for (const id of ANNEX_A_CONTROL_IDS) {
    const e = byControl.get(id);
    if (e === undefined || e.applicable === null) {
      undecided.push(id);
    } else if (e.applicable) {
      applicable += 1;
      if (e.inclusionReasons.length === 0) inclusionsWithoutReason.push(id);
    } else {
      excluded += 1;
      if (e.exclusionJustification.trim() === '') unjustifiedExclusions.push(id);
    }
  }
  return {
    total: ANNEX_A_CONTROL_IDS.length,
    decided: applicable + excluded,
    applicable,
    excluded,
    undecided,
    unjustifiedExclusions,
    inclusionsWithoutReason,
    unknownControls: [...byControl.keys()].filter((id) => !isAnnexAControlId(id)),
    complete:
      undecided.length === 0 && unjustifiedExclusions.length === 0 && inclusionsWithoutReason.length === 0,
  };
}
