import { describe, expect, it } from 'vitest';
import { ANNEX_A_CONTROL_IDS } from '../../../shared/domain/requirementIds';
import {
  legalRulesFor,
  suggestSoa,
  type LegalDutyInput,
  type SoaInput,
  type SoaRiskInput,
  type SoaSuggestion,
} from '../../../shared/domain/soa';
import { LEGAL_RULES, type LegalRuleId } from '../../../shared/domain/soaRules';

const CORE_CONTROLS = ['A.2.2', 'A.2.3', 'A.2.4', 'A.3.2', 'A.3.3', 'A.5.2', 'A.5.3'];

function annexOrder(a: string, b: string): number {
  const ids: readonly string[] = ANNEX_A_CONTROL_IDS;
  return ids.indexOf(a) - ids.indexOf(b);
}

const byControl = (input: SoaInput): Map<string, SoaSuggestion> =>
  new Map(suggestSoa(input).map((s) => [s.controlId, s]));
const applicableIds = (input: SoaInput): string[] =>
  suggestSoa(input)
    .filter((s) => s.applicable)
    .map((s) => s.controlId);
const reasonsOf = (input: SoaInput, controlId: string) => byControl(input).get(controlId)?.reasons ?? [];

const risk = (over: Partial<SoaRiskInput>): SoaRiskInput => ({
  id: 'r1',
  treatment: 'modify',
  likelihood: 3,
  impact: 3,
  controlIds: [],
  ...over,
});
const duty = (over: Partial<LegalDutyInput>): LegalDutyInput => ({
  sourceId: 'sys-1',
  tier: 'minimal',
  role: 'importer',
  ...over,
});

describe('suggestSoa without any input', () => {
  it('suggests all 38 controls in Annex A order', () => {
    expect(suggestSoa({}).map((s) => s.controlId)).toEqual([...ANNEX_A_CONTROL_IDS]);
  });

  it('makes only the governance and impact-assessment core applicable, as best practice', () => {
    expect(applicableIds({})).toEqual(CORE_CONTROLS);
    const a22 = byControl({}).get('A.2.2');
    expect(a22?.reasons).toHaveLength(1);
    expect(a22?.reasons[0]).toMatchObject({
      kind: 'best-practice',
      ruleId: 'governance-core',
      sourceId: '5.2',
      refs: ['5.2'],
    });
    expect(a22?.note).toBeNull();
    expect(reasonsOf({}, 'A.5.2')[0]).toMatchObject({ ruleId: 'impact-assessment-core', sourceId: '6.1.4' });
    expect(reasonsOf({}, 'A.5.3')[0]).toMatchObject({ ruleId: 'impact-assessment-core', sourceId: '8.4' });
  });

  it('asks for a justification on every control nothing points to', () => {
    const a42 = byControl({}).get('A.4.2');
    expect(a42).toMatchObject({ applicable: false, reasons: [], assessedNotApplicable: false });
    expect(a42?.note?.en).toContain('justify its exclusion');
    expect(a42?.note?.de).toContain('Ausschluss begründen');
  });
});

describe('rule risk-treatment', () => {
  it('makes the controls of a modified or shared risk applicable', () => {
    const input: SoaInput = {
      risks: [
        risk({ id: 'r1', treatment: 'modify', controlIds: ['A.6.2.4'] }),
        risk({ id: 'r2', treatment: 'share', controlIds: ['A.10.3'] }),
      ],
    };
    expect(applicableIds(input)).toEqual(expect.arrayContaining(['A.6.2.4', 'A.10.3']));
    expect(reasonsOf(input, 'A.6.2.4')).toEqual([
      expect.objectContaining({ kind: 'risk', ruleId: 'risk-treatment', sourceId: 'r1', refs: [] }),
    ]);
    expect(reasonsOf(input, 'A.10.3')[0]?.sourceId).toBe('r2');
  });

  it('ignores risks that are avoided or retained', () => {
    const input: SoaInput = {
      risks: [
        risk({ id: 'r1', treatment: 'avoid', controlIds: ['A.6.2.4'] }),
        risk({ id: 'r2', treatment: 'retain', controlIds: ['A.10.3'] }),
      ],
    };
    expect(applicableIds(input)).toEqual(CORE_CONTROLS);
  });

  it('ignores ids that are not Annex A controls and counts a repeated control once', () => {
    const input: SoaInput = {
      risks: [risk({ controlIds: ['A.6.2.4', 'A.6.2.4', 'A.6.2', '8.2', 'A.1.1'] })],
    };
    expect(applicableIds(input)).toEqual([...CORE_CONTROLS, 'A.6.2.4'].sort(annexOrder));
    expect(reasonsOf(input, 'A.6.2.4')).toHaveLength(1);
  });
});

describe('legalRulesFor', () => {
  it.each<[string, Partial<LegalDutyInput>, LegalRuleId[]]>([
    ['prohibited, any role', { tier: 'prohibited', role: 'distributor' }, ['ai-act-prohibited']],
    [
      'high-risk provider',
      { tier: 'high-risk', role: 'provider' },
      ['ai-act-high-risk-provider', 'ai-act-literacy'],
    ],
    [
      'high-risk product manufacturer',
      { tier: 'high-risk', role: 'product-manufacturer' },
      ['ai-act-high-risk-provider', 'ai-act-literacy'],
    ],
    [
      'high-risk deployer',
      { tier: 'high-risk', role: 'deployer' },
      ['ai-act-high-risk-deployer', 'ai-act-literacy'],
    ],
    ['high-risk importer', { tier: 'high-risk', role: 'importer' }, ['ai-act-high-risk-supply-chain']],
    ['high-risk distributor', { tier: 'high-risk', role: 'distributor' }, ['ai-act-high-risk-supply-chain']],
    [
      'high-risk authorised representative',
      { tier: 'high-risk', role: 'authorised-representative' },
      ['ai-act-high-risk-supply-chain'],
    ],
    [
      'deployer owing a FRIA',
      { tier: 'high-risk', role: 'deployer', friaRequired: true },
      ['ai-act-high-risk-deployer', 'ai-act-fria', 'ai-act-literacy'],
    ],
    [
      'transparency deployer',
      { tier: 'transparency', role: 'deployer' },
      ['ai-act-transparency', 'ai-act-literacy'],
    ],
    ['minimal-risk provider', { tier: 'minimal', role: 'provider' }, ['ai-act-literacy']],
    [
      'GPAI model provider',
      { tier: 'minimal', role: 'provider', gpaiModelProvider: true },
      ['ai-act-gpai', 'ai-act-literacy'],
    ],
    ['unclassified deployer', { tier: null, role: 'deployer' }, ['ai-act-literacy']],
    ['unclassified distributor', { tier: null, role: 'distributor' }, []],
    ['minimal-risk importer', { tier: 'minimal', role: 'importer' }, []],
  ])('%s', (_name, over, expected) => {
    expect(legalRulesFor(duty(over))).toEqual(expected);
  });
});

describe('legal rules in the suggestion', () => {
  const triggers: Record<LegalRuleId, Partial<LegalDutyInput>> = {
    'ai-act-prohibited': { tier: 'prohibited', role: 'importer' },
    'ai-act-high-risk-provider': { tier: 'high-risk', role: 'provider' },
    'ai-act-high-risk-deployer': { tier: 'high-risk', role: 'deployer' },
    'ai-act-high-risk-supply-chain': { tier: 'high-risk', role: 'importer' },
    'ai-act-fria': { tier: 'minimal', role: 'importer', friaRequired: true },
    'ai-act-transparency': { tier: 'transparency', role: 'importer' },
    'ai-act-gpai': { tier: 'minimal', role: 'importer', gpaiModelProvider: true },
    'ai-act-literacy': { tier: 'minimal', role: 'deployer' },
  };

  it.each(Object.keys(triggers) as LegalRuleId[])(
    '%s gives every control of its rule a legal reason',
    (ruleId) => {
      const input: SoaInput = { legalDuties: [duty(triggers[ruleId])] };
      const suggestions = byControl(input);
      for (const d of LEGAL_RULES[ruleId]) {
        const s = suggestions.get(d.controlId);
        expect(s?.applicable).toBe(true);
        expect(s?.reasons).toContainEqual(
          expect.objectContaining({ kind: 'legal', ruleId, sourceId: 'sys-1', refs: d.refs }),
        );
      }
    },
  );

  it('a high-risk deployer system binds the deployer controls with their Art. 26 references', () => {
    const input: SoaInput = {
      legalDuties: [duty({ tier: 'high-risk', role: 'deployer', name: 'HR screening' })],
    };
    expect(reasonsOf(input, 'A.6.2.8').find((r) => r.kind === 'legal')?.refs).toEqual(['Art. 26(6)']);
    expect(reasonsOf(input, 'A.4.6')).toEqual([
      expect.objectContaining({ kind: 'legal', ruleId: 'ai-act-literacy', refs: ['Art. 4'] }),
    ]);
    // no provider duties for a deployer
    expect(byControl(input).get('A.6.2.5')?.applicable).toBe(false);
    expect(byControl(input).get('A.10.2')?.applicable).toBe(false);
  });

  it('a high-risk importer gets the value-chain controls only', () => {
    const input: SoaInput = { legalDuties: [duty({ tier: 'high-risk', role: 'importer' })] };
    expect(applicableIds(input)).toEqual([...CORE_CONTROLS, 'A.10.2', 'A.10.3']);
  });

  it('an unclassified or minimal-risk system of a distributor adds nothing', () => {
    const input: SoaInput = {
      legalDuties: [
        duty({ tier: null, role: 'distributor' }),
        duty({ sourceId: 'sys-2', role: 'distributor' }),
      ],
    };
    expect(applicableIds(input)).toEqual(CORE_CONTROLS);
  });

  it('keeps one reason per rule and source, and separate reasons for separate systems', () => {
    const input: SoaInput = {
      legalDuties: [
        duty({ sourceId: 'sys-1', tier: 'transparency', role: 'deployer' }),
        duty({ sourceId: 'sys-1', tier: 'transparency', role: 'deployer' }),
        duty({ sourceId: 'sys-2', tier: 'transparency', role: 'deployer' }),
      ],
    };
    const transparency = reasonsOf(input, 'A.8.5').filter((r) => r.ruleId === 'ai-act-transparency');
    expect(transparency.map((r) => r.sourceId)).toEqual(['sys-1', 'sys-2']);
  });
});

describe('rule contract', () => {
  it('makes the named controls applicable as contractual requirements', () => {
    const input: SoaInput = {
      contracts: [
        { id: 'c1', name: 'Bank framework agreement', controlIds: ['A.8.3', 'A.10.4'] },
        { id: 'c2', controlIds: ['A.8.3'] },
      ],
    };
    expect(applicableIds(input)).toEqual(expect.arrayContaining(['A.8.3', 'A.10.4']));
    const reasons = reasonsOf(input, 'A.8.3');
    expect(reasons.map((r) => [r.kind, r.ruleId, r.sourceId])).toEqual([
      ['contractual', 'contract', 'c1'],
      ['contractual', 'contract', 'c2'],
    ]);
    expect(reasons[0]?.text).toEqual({
      de: 'Vertragliche Anforderung „Bank framework agreement“ verlangt diese Maßnahme.',
      en: 'Contractual requirement “Bank framework agreement” calls for this control.',
    });
    // without a name the id stands in
    expect(reasons[1]?.text.en).toBe('Contractual requirement “c2” calls for this control.');
  });
});

describe('role best-practice rules', () => {
  it('deployer-use suggests the responsible-use controls A.9.2–A.9.4', () => {
    const input: SoaInput = { legalDuties: [duty({ tier: 'minimal', role: 'deployer' })] };
    for (const id of ['A.9.2', 'A.9.3', 'A.9.4']) {
      expect(reasonsOf(input, id)).toEqual([
        expect.objectContaining({ kind: 'best-practice', ruleId: 'deployer-use', sourceId: 'sys-1' }),
      ]);
    }
    expect(reasonsOf(input, 'A.9.3')[0]?.refs).toEqual(['6.2']);
  });

  it('provider-development suggests A.6.1.2 and A.6.1.3 for providers and product manufacturers', () => {
    for (const role of ['provider', 'product-manufacturer'] as const) {
      const input: SoaInput = { legalDuties: [duty({ tier: 'minimal', role })] };
      expect(applicableIds(input)).toEqual(
        [...CORE_CONTROLS, 'A.4.6', 'A.6.1.2', 'A.6.1.3'].sort(annexOrder),
      );
      expect(reasonsOf(input, 'A.6.1.2')[0]?.ruleId).toBe('provider-development');
    }
  });
});

describe('applicability against the gap analysis', () => {
  it('lets a not-applicable verdict override a best-practice reason and asks to record the exclusion', () => {
    const s = byControl({ assessments: [{ itemId: 'A.2.3', verdict: 'not-applicable' }] }).get('A.2.3');
    expect(s?.applicable).toBe(false);
    expect(s?.assessedNotApplicable).toBe(true);
    expect(s?.reasons).toHaveLength(1);
    expect(s?.note?.en).toBe(
      'Marked not applicable in the gap analysis; record the justification for the exclusion in the SoA.',
    );
  });

  it('keeps a control backed by a risk, law or contract applicable and flags the conflict', () => {
    const assessments = [{ itemId: 'A.6.2.4', verdict: 'not-applicable' as const }];
    for (const input of [
      { assessments, risks: [risk({ controlIds: ['A.6.2.4'] })] },
      { assessments, legalDuties: [duty({ tier: 'high-risk', role: 'provider' })] },
      { assessments, contracts: [{ id: 'c1', controlIds: ['A.6.2.4'] }] },
    ]) {
      const s = byControl(input).get('A.6.2.4');
      expect(s?.applicable).toBe(true);
      expect(s?.assessedNotApplicable).toBe(true);
      expect(s?.note?.en).toContain('review the verdict');
      expect(s?.note?.de).toContain('Bewertung prüfen');
    }
  });

  it('ignores verdicts other than not-applicable', () => {
    const s = byControl({ assessments: [{ itemId: 'A.2.3', verdict: 'major-nc' }] }).get('A.2.3');
    expect(s).toMatchObject({ applicable: true, assessedNotApplicable: false, note: null });
  });
});

describe('reason order', () => {
  it('lists risk, then legal, then contractual, then best-practice reasons', () => {
    const input: SoaInput = {
      contracts: [{ id: 'c1', controlIds: ['A.9.4'] }],
      legalDuties: [duty({ tier: 'high-risk', role: 'deployer' })],
      risks: [risk({ id: 'r7', controlIds: ['A.9.4'] })],
    };
    expect(reasonsOf(input, 'A.9.4').map((r) => `${r.kind}:${r.ruleId}`)).toEqual([
      'risk:risk-treatment',
      'legal:ai-act-high-risk-deployer',
      'contractual:contract',
      'best-practice:deployer-use',
    ]);
  });
});
