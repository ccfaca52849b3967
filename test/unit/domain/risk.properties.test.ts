import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandRank, heatmap, heatmapCount, riskBand, riskScore } from '../../../shared/domain/risk';

const level = fc.integer({ min: 1, max: 5 });
const rating = fc.option(level, { nil: null });

describe('risk matrix properties', () => {
  it('riskBand never falls when likelihood or impact rises', () => {
    fc.assert(
      fc.property(level, level, level, level, (l1, l2, i1, i2) => {
        const [lo, hi] = l1 <= l2 ? [l1, l2] : [l2, l1];
        const [io, ii] = i1 <= i2 ? [i1, i2] : [i2, i1];
        expect(bandRank(riskBand(hi, io))).toBeGreaterThanOrEqual(bandRank(riskBand(lo, io)));
        expect(bandRank(riskBand(lo, ii))).toBeGreaterThanOrEqual(bandRank(riskBand(lo, io)));
      }),
    );
  });

  it('riskBand is symmetric in likelihood and impact', () => {
    fc.assert(
      fc.property(level, level, (l, i) => {
        expect(riskBand(l, i)).toBe(riskBand(i, l));
      }),
    );
  });

  it('riskScore lies within 1–25 and is the product of the ratings', () => {
    fc.assert(
      fc.property(level, level, (l, i) => {
        const score = riskScore(l, i);
        expect(score).toBe(l * i);
        expect(score).toBeGreaterThanOrEqual(1);
        expect(score).toBeLessThanOrEqual(25);
      }),
    );
  });

  it('heatmap places each fully rated risk in exactly its cell', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ likelihood: rating, impact: rating }), { maxLength: 40 }), (risks) => {
        const map = heatmap(risks);
        const rated = risks.filter((r) => r.likelihood !== null && r.impact !== null);
        expect(map.total).toBe(rated.length);
        expect(map.total + map.unrated).toBe(risks.length);
        for (let l = 1; l <= 5; l += 1) {
          for (let i = 1; i <= 5; i += 1) {
            expect(heatmapCount(map, l, i)).toBe(
              rated.filter((r) => r.likelihood === l && r.impact === i).length,
            );
          }
        }
      }),
    );
  });
});
