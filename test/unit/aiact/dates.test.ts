import { describe, expect, it } from 'vitest';
import {
  AI_ACT_REGIME_IDS,
  milestoneDate,
  milestoneDates,
  prohibitedPractice,
} from '../../../shared/catalog/aiact';
import { AI_ACT_TIER_IDS, classifyUseCase } from '../../../shared/domain/classification';
import { ClassificationSchema } from '../../../shared/schemas/risk';
import { answered } from './fixtures';

// Fact sheet §5.13: Art. 113 original vs. as amended by Reg. (EU) 2026/1744.
describe('AI Act application dates per regime', () => {
  it('Annex III high-risk: 2 Dec 2027 as amended, 2 Aug 2026 originally', () => {
    expect(milestoneDates('annex-iii-high-risk')).toEqual({
      'amended-2026': '2027-12-02',
      'original-2024': '2026-08-02',
    });
  });

  it('Annex I high-risk: 2 Aug 2028 as amended, 2 Aug 2027 originally', () => {
    expect(milestoneDates('annex-i-high-risk')).toEqual({
      'amended-2026': '2028-08-02',
      'original-2024': '2027-08-02',
    });
  });

  it('unchanged dates: prohibitions and Art. 4, GPAI, Art. 50', () => {
    for (const regime of AI_ACT_REGIME_IDS) {
      expect(milestoneDate(regime, 'prohibitions-and-literacy')).toBe('2025-02-02');
      expect(milestoneDate(regime, 'gpai-and-governance')).toBe('2025-08-02');
      expect(milestoneDate(regime, 'general-application')).toBe('2026-08-02');
      expect(milestoneDate(regime, 'legacy-gpai-models')).toBe('2027-08-02');
    }
  });

  it('Art. 5(1)(ba) and (bb) exist only as amended, from 2 Dec 2026', () => {
    expect(milestoneDates('omnibus-prohibitions')).toEqual({
      'amended-2026': '2026-12-02',
      'original-2024': null,
    });
    for (const id of ['ba', 'bb'] as const) {
      expect(prohibitedPractice(id).appliesFrom).toEqual({
        'amended-2026': '2026-12-02',
        'original-2024': null,
      });
    }
    expect(milestoneDate('amended-2026', 'art-50-2-transition-end')).toBe('2026-12-02');
  });

  it('the classifier dates high-risk obligations by route and regime', () => {
    const annexIII = answered({ annexIIIPoints: ['4(a)'], performsProfiling: true });
    const annexI = answered({
      annexIProduct: 'product',
      annexILegislation: 'medical-devices',
      annexIThirdPartyAssessment: true,
    });
    const date = (a: typeof annexI, regime: (typeof AI_ACT_REGIME_IDS)[number]) => {
      const r = classifyUseCase(a, { regime });
      return r.status === 'complete' && r.tier !== null ? r.applicableFrom.highRisk : undefined;
    };
    expect(date(annexIII, 'amended-2026')).toBe('2027-12-02');
    expect(date(annexIII, 'original-2024')).toBe('2026-08-02');
    expect(date(annexI, 'amended-2026')).toBe('2028-08-02');
    expect(date(annexI, 'original-2024')).toBe('2027-08-02');
  });

  it('the tier ids are the ones a stored classification accepts', () => {
    expect([...ClassificationSchema.shape.tier.unwrap().options]).toEqual([...AI_ACT_TIER_IDS]);
  });
});
