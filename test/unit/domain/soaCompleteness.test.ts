import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INCLUSION_REASONS } from '../../../shared/catalog/vocab/soa';
import { ANNEX_A_CONTROL_IDS } from '../../../shared/domain/requirementIds';
import { soaCompleteness, type SoaEntryInput } from '../../../shared/domain/soaCompleteness';

const include = (controlId: string): SoaEntryInput => ({
  controlId,
  applicable: true,
  inclusionReasons: ['risk'],
  exclusionJustification: '',
});
const exclude = (controlId: string, justification = 'No AI development in scope.'): SoaEntryInput => ({
  controlId,
  applicable: false,
  inclusionReasons: [],
  exclusionJustification: justification,
});

/** A complete SoA: the A.6 development controls excluded, everything else included. */
const COMPLETE: SoaEntryInput[] = ANNEX_A_CONTROL_IDS.map((id) =>
  id.startsWith('A.6.') ? exclude(id) : include(id),
);

describe('soaCompleteness', () => {
  it('reports every control as undecided for an empty SoA', () => {
    const result = soaCompleteness([]);
    expect(result).toMatchObject({ total: 38, decided: 0, applicable: 0, excluded: 0, complete: false });
    expect(result.undecided).toEqual([...ANNEX_A_CONTROL_IDS]);
  });

  it('is complete when all 38 are decided, included with a reason or excluded with a justification', () => {
    expect(soaCompleteness(COMPLETE)).toEqual({
      total: 38,
      decided: 38,
      applicable: 29,
      excluded: 9,
      undecided: [],
      unjustifiedExclusions: [],
      inclusionsWithoutReason: [],
      unknownControls: [],
      complete: true,
    });
  });

  it('treats applicable: null as undecided', () => {
    const entries = COMPLETE.map((e) => (e.controlId === 'A.8.3' ? { ...e, applicable: null } : e));
    const result = soaCompleteness(entries);
    expect(result.undecided).toEqual(['A.8.3']);
    expect(result.decided).toBe(37);
    expect(result.complete).toBe(false);
  });

  it('flags an exclusion whose justification is blank', () => {
    const entries = COMPLETE.map((e) => (e.controlId === 'A.6.2.5' ? exclude('A.6.2.5', '  \n ') : e));
    const result = soaCompleteness(entries);
    expect(result.unjustifiedExclusions).toEqual(['A.6.2.5']);
    expect(result.excluded).toBe(9);
    expect(result.complete).toBe(false);
  });

  it('flags an inclusion without a reason', () => {
    const entries = COMPLETE.map((e) => (e.controlId === 'A.2.2' ? { ...e, inclusionReasons: [] } : e));
    const result = soaCompleteness(entries);
    expect(result.inclusionsWithoutReason).toEqual(['A.2.2']);
    expect(result.complete).toBe(false);
  });

  it('reports ids that are not Annex A controls without counting them', () => {
    const result = soaCompleteness([...COMPLETE, include('A.6.1'), include('5.2')]);
    expect(result.unknownControls).toEqual(['A.6.1', '5.2']);
    expect(result.decided).toBe(38);
    expect(result.complete).toBe(true);
  });

  it('uses the first entry of a control listed twice', () => {
    const result = soaCompleteness([exclude('A.4.2', ''), ...COMPLETE]);
    expect(result.unjustifiedExclusions).toEqual(['A.4.2']);
    expect(result.applicable).toBe(28);
  });

  it('always decides = applicable + excluded, and decided + undecided = 38', () => {
    const entry = fc.record({
      controlId: fc.oneof(fc.constantFrom(...ANNEX_A_CONTROL_IDS), fc.constantFrom('A.1.1', '4.1', '')),
      applicable: fc.option(fc.boolean(), { nil: null }),
      inclusionReasons: fc.subarray([...INCLUSION_REASONS]),
      exclusionJustification: fc.constantFrom('', ' ', 'Out of scope.'),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (entries) => {
        const r = soaCompleteness(entries);
        expect(r.decided).toBe(r.applicable + r.excluded);
        expect(r.decided + r.undecided.length).toBe(38);
        expect(r.unjustifiedExclusions.length).toBeLessThanOrEqual(r.excluded);
        expect(r.inclusionsWithoutReason.length).toBeLessThanOrEqual(r.applicable);
        expect(r.complete).toBe(
          r.undecided.length + r.unjustifiedExclusions.length + r.inclusionsWithoutReason.length === 0,
        );
      }),
    );
  });
});
