import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../../shared/catalog/vocab/assessment';
import {
  assessmentCoverage,
  groupScores,
  maturityIndex,
  rankGaps,
  type ScoreAssessment,
  type ScoreInput,
} from '../../../shared/domain/scores';

const maturity = fc.option(fc.integer({ min: 0, max: 5 }), { nil: null });

/** A structure of up to 20 items in a few groups, each item assessed or not. */
const scoreInput: fc.Arbitrary<ScoreInput> = fc
  .array(
    fc.record({
      group: fc.constantFrom('4', '5', 'A.2', 'A.6'),
      assessment: fc.option(
        fc.record({ current: maturity, target: maturity, verdict: fc.constantFrom(...VERDICTS) }),
        { nil: null },
      ),
      risk: fc.option(
        fc.record({ count: fc.integer({ min: 1, max: 4 }), maxScore: fc.integer({ min: 1, max: 25 }) }),
        {
          nil: null,
        },
      ),
    }),
    { maxLength: 20 },
  )
  .map((items) => {
    const structure = items.map((it, i) => ({
      id: `I${i}`,
      kind: it.group.startsWith('A.') ? ('control' as const) : ('clause' as const),
      group: it.group,
    }));
    const assessments: ScoreAssessment[] = items.flatMap((it, i) =>
      it.assessment === null ? [] : [{ itemId: `I${i}`, ...it.assessment }],
    );
    const riskLinks = new Map(
      items.flatMap((it, i) => (it.risk === null ? [] : [[`I${i}`, it.risk] as const])),
    );
    return { structure, assessments, riskLinks };
  });

describe('score properties', () => {
  it('maturityIndex stays within 0–5, percent is index × 20, and is null exactly when nothing is assessed', () => {
    fc.assert(
      fc.property(scoreInput, (input) => {
        const { index, percent, assessed } = maturityIndex(input);
        if (assessed === 0) {
          expect(index).toBeNull();
          expect(percent).toBeNull();
        } else {
          expect(index).not.toBeNull();
          expect(index).toBeGreaterThanOrEqual(0);
          expect(index).toBeLessThanOrEqual(5);
          expect(percent).toBeCloseTo((index ?? 0) * 20, 9);
        }
      }),
    );
  });

  it('rankGaps never lists a conform item without a shortfall, nor an unassessed or not-applicable one', () => {
    fc.assert(
      fc.property(scoreInput, (input) => {
        for (const entry of rankGaps(input)) {
          expect(entry.verdict).not.toBe('not-applicable');
          expect(entry.verdict).not.toBe('not-assessed');
          const hasShortfall = entry.gap !== null && entry.gap > 0;
          expect(hasShortfall || entry.verdict === 'major-nc' || entry.verdict === 'minor-nc').toBe(true);
        }
      }),
    );
  });

  it('rankGaps is sorted by gap (missing as 0), descending', () => {
    fc.assert(
      fc.property(scoreInput, (input) => {
        const gaps = rankGaps(input).map((g) => g.gap ?? 0);
        expect(gaps).toEqual([...gaps].sort((x, y) => y - x));
      }),
    );
  });

  it('coverage adds up: applicable + not applicable = total, assessed ≤ applicable, ratio in 0–1', () => {
    fc.assert(
      fc.property(scoreInput, (input) => {
        const c = assessmentCoverage(input);
        expect(c.total).toBe(input.structure.length);
        expect(c.applicable + c.notApplicable).toBe(c.total);
        expect(c.assessed).toBeLessThanOrEqual(c.applicable);
        expect(c.assessed).toBe(maturityIndex(input).assessed);
        if (c.applicable === 0) expect(c.ratio).toBeNull();
        else expect(c.ratio).toBe(c.assessed / c.applicable);
      }),
    );
  });

  it('group totals add up to the structure and group gaps lie within 0–5', () => {
    fc.assert(
      fc.property(scoreInput, (input) => {
        const groups = groupScores(input);
        expect(groups.reduce((s, g) => s + g.total, 0)).toBe(input.structure.length);
        for (const g of groups) {
          expect(g.assessed + g.notApplicable).toBeLessThanOrEqual(g.total);
          if (g.gap !== null) {
            expect(g.gap).toBeGreaterThanOrEqual(0);
            expect(g.gap).toBeLessThanOrEqual(5);
          }
        }
      }),
    );
  });
});
