import { describe, expect, it } from 'vitest';
import { RISK_BANDS, type RiskBand } from '../../../shared/catalog/vocab/risk';
import {
  bandRank,
  heatmap,
  heatmapCount,
  isLevel,
  riskBand,
  riskHeatmaps,
  riskLinksByItem,
  riskScore,
} from '../../../shared/domain/risk';

/**
 * The 5×5 "sensitive" grid of the fact sheet §7.2 (CISO Assistant, S16), rows likelihood 1→5, columns
 * impact 1→5, levels 1 = low … 4 = critical.
 */
const FACT_SHEET_GRID = [
  [1, 1, 1, 2, 2],
  [1, 1, 2, 2, 3],
  [1, 2, 2, 3, 4],
  [2, 2, 3, 4, 4],
  [2, 3, 4, 4, 4],
];
const LEVEL_BAND: Record<number, RiskBand> = { 1: 'low', 2: 'medium', 3: 'high', 4: 'critical' };

describe('riskScore', () => {
  it('multiplies likelihood and impact', () => {
    expect(riskScore(1, 1)).toBe(1);
    expect(riskScore(3, 4)).toBe(12);
    expect(riskScore(5, 5)).toBe(25);
  });

  it('rejects ratings that are not integers 1–5', () => {
    expect(() => riskScore(0, 3)).toThrow(/likelihood/);
    expect(() => riskScore(3, 6)).toThrow(/impact/);
    expect(() => riskScore(2.5, 3)).toThrow(RangeError);
    expect(() => riskScore(Number.NaN, 3)).toThrow(RangeError);
  });
});

describe('isLevel', () => {
  it('accepts exactly the integers 1–5', () => {
    expect([1, 2, 3, 4, 5].every(isLevel)).toBe(true);
    expect([0, 6, 1.5, '3', null, Number.NaN].some(isLevel)).toBe(false);
  });
});

describe('riskBand', () => {
  it('reads every cell from the fact-sheet grid', () => {
    for (let l = 1; l <= 5; l += 1) {
      for (let i = 1; i <= 5; i += 1) {
        const expected = LEVEL_BAND[FACT_SHEET_GRID[l - 1]?.[i - 1] ?? 0];
        expect({ l, i, band: riskBand(l, i) }).toEqual({ l, i, band: expected });
      }
    }
  });

  it('keeps a catastrophic but unlikely risk visible, unlike a product of 5', () => {
    expect(riskScore(1, 5)).toBe(5);
    expect(riskBand(1, 5)).toBe('medium');
    expect(riskBand(1, 4)).toBe('medium');
    expect(riskBand(2, 2)).toBe('low');
  });

  it('rejects ratings outside the grid', () => {
    expect(() => riskBand(0, 1)).toThrow(RangeError);
    expect(() => riskBand(1, 6)).toThrow(RangeError);
  });
});

describe('bandRank', () => {
  it('orders the bands low → critical', () => {
    expect(RISK_BANDS.map(bandRank)).toEqual([0, 1, 2, 3]);
    expect(bandRank('high')).toBeGreaterThan(bandRank('medium'));
  });
});

describe('heatmap', () => {
  it('draws likelihood 5 at the top and impact 5 on the right', () => {
    const map = heatmap([
      { likelihood: 5, impact: 5 },
      { likelihood: 5, impact: 1 },
      { likelihood: 1, impact: 5 },
      { likelihood: 1, impact: 1 },
      { likelihood: 1, impact: 1 },
      { likelihood: 4, impact: 2 },
    ]);
    expect(map.likelihoods).toEqual([5, 4, 3, 2, 1]);
    expect(map.impacts).toEqual([1, 2, 3, 4, 5]);
    expect(map.counts).toEqual([
      [1, 0, 0, 0, 1],
      [0, 1, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [2, 0, 0, 0, 1],
    ]);
    expect(map.total).toBe(6);
    expect(map.unrated).toBe(0);
  });

  it('colours each cell with the band of its ratings, in the same layout', () => {
    const { bands } = heatmap([]);
    expect(bands[0]).toEqual(['medium', 'high', 'critical', 'critical', 'critical']); // likelihood 5
    expect(bands[4]).toEqual(['low', 'low', 'low', 'medium', 'medium']); // likelihood 1
    expect(bands.map((row) => row[0])).toEqual(['medium', 'medium', 'low', 'low', 'low']); // impact 1
  });

  it('counts risks without both ratings as unrated and does not place them', () => {
    const map = heatmap([
      { likelihood: 3, impact: null },
      { likelihood: null, impact: 2 },
      { likelihood: null, impact: null },
      { likelihood: 3, impact: 2 },
    ]);
    expect(map.unrated).toBe(3);
    expect(map.total).toBe(1);
    expect(map.counts.flat().reduce((s, n) => s + n, 0)).toBe(1);
    expect(heatmapCount(map, 3, 2)).toBe(1);
  });

  it('rejects a rating outside 1–5', () => {
    expect(() => heatmap([{ likelihood: 6, impact: 1 }])).toThrow(RangeError);
    expect(() => heatmap([{ likelihood: 2, impact: 0 }])).toThrow(RangeError);
  });
});

describe('heatmapCount', () => {
  it('reads a cell by its ratings, not by its drawing position', () => {
    const map = heatmap([
      { likelihood: 5, impact: 1 },
      { likelihood: 2, impact: 4 },
      { likelihood: 2, impact: 4 },
    ]);
    expect(heatmapCount(map, 5, 1)).toBe(1);
    expect(heatmapCount(map, 1, 5)).toBe(0);
    expect(heatmapCount(map, 2, 4)).toBe(2);
    expect(heatmapCount(map, 4, 2)).toBe(0);
  });

  it('rejects ratings outside 1–5', () => {
    expect(() => heatmapCount(heatmap([]), 0, 3)).toThrow(RangeError);
  });
});

describe('riskHeatmaps', () => {
  it('places every risk on the inherent map and only fully rated residuals on the residual map', () => {
    const { inherent, residual } = riskHeatmaps([
      { likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 3 },
      { likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: null },
      { likelihood: 3, impact: 5 },
      { likelihood: 1, impact: 2, residualLikelihood: null, residualImpact: null },
    ]);
    expect(inherent.total).toBe(4);
    expect(inherent.unrated).toBe(0);
    expect(heatmapCount(inherent, 4, 4)).toBe(2);
    expect(heatmapCount(inherent, 3, 5)).toBe(1);
    expect(residual.total).toBe(1);
    expect(residual.unrated).toBe(3);
    expect(heatmapCount(residual, 2, 3)).toBe(1);
  });
});

describe('riskLinksByItem', () => {
  it('counts linked risks per control and keeps the highest inherent score', () => {
    const links = riskLinksByItem([
      { likelihood: 2, impact: 3, controlIds: ['A.6.2.4', 'A.7.4'] },
      { likelihood: 5, impact: 4, controlIds: ['A.7.4'] },
      { likelihood: 1, impact: 1, controlIds: ['A.7.4'] },
    ]);
    expect(Object.fromEntries(links)).toEqual({
      'A.6.2.4': { count: 1, maxScore: 6 },
      'A.7.4': { count: 3, maxScore: 20 },
    });
  });

  it('counts a control listed twice by one risk once', () => {
    const links = riskLinksByItem([{ likelihood: 3, impact: 3, controlIds: ['A.9.2', 'A.9.2'] }]);
    expect(links.get('A.9.2')).toEqual({ count: 1, maxScore: 9 });
  });

  it('is empty without risks and rejects invalid ratings', () => {
    expect(riskLinksByItem([]).size).toBe(0);
    expect(() => riskLinksByItem([{ likelihood: 0, impact: 3, controlIds: ['A.9.2'] }])).toThrow(RangeError);
  });
});
