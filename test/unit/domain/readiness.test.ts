import { describe, expect, it } from 'vitest';
import { REQUIRED_DOCUMENTS, requiredDocument } from '../../../shared/domain/documents';
import { assessReadiness, type ReadinessInput, type ReadinessRule } from '../../../shared/domain/readiness';
import { ANNEX_A_CONTROL_IDS, CLAUSE_ITEM_IDS } from '../../../shared/domain/requirementIds';

const STAGE1_RULES = [
  'core-documents-approved',
  'required-documents-exist',
  'ai-inventory-classified',
  'impact-assessments',
  'risk-assessment',
  'processes-defined',
  'objectives-set',
  'soa-complete',
  'no-major-clause-gaps',
];
const STAGE2_RULES = [
  'stage1-ready',
  'internal-audit-done',
  'management-review-held',
  'no-open-major-nc',
  'all-requirements-met',
];

/** An engagement that passes both stages: everything approved, decided, assessed and reviewed. */
function ready(): ReadinessInput {
  return {
    assessments: [
      ...CLAUSE_ITEM_IDS.map((itemId) => ({ itemId, kind: 'clause' as const, verdict: 'conform' as const })),
      ...ANNEX_A_CONTROL_IDS.map((itemId) => ({
        itemId,
        kind: 'control' as const,
        verdict: itemId === 'A.4.5' ? ('not-applicable' as const) : ('minor-nc' as const),
      })),
    ],
    documents: [
      ...REQUIRED_DOCUMENTS.map((d) => ({ requirementKey: d.id, status: 'approved' as const })),
      { requirementKey: null, status: 'draft' as const },
    ],
    soa: ANNEX_A_CONTROL_IDS.map((controlId) => ({
      controlId,
      applicable: true,
      inclusionReasons: ['best-practice' as const],
      exclusionJustification: '',
    })),
    aiSystems: [
      { id: 'sys-1', name: 'CV screening' },
      { id: 'sys-2', name: 'Support chatbot' },
    ],
    classifications: [
      { aiSystemId: 'sys-1', complete: true },
      { aiSystemId: 'sys-2', complete: false },
      { aiSystemId: 'sys-2', complete: true },
    ],
    impactAssessments: [{ aiSystemId: 'sys-1' }, { aiSystemId: 'sys-2' }],
    riskCount: 4,
    objectives: [{ title: 'Keine unbegründeten Ablehnungen' }],
    audits: [{ status: 'planned' }, { status: 'done' }],
    reviews: [{ status: 'done' }],
    nonconformities: [
      { severity: 'major', status: 'verified' },
      { severity: 'major', status: 'closed' },
      { severity: 'minor', status: 'open' },
    ],
  };
}

const failing = (input: ReadinessInput): string[] =>
  assessReadiness(input)
    .rules.filter((r) => !r.met)
    .map((r) => r.id);
const rule = (input: ReadinessInput, id: string): ReadinessRule => {
  const found = assessReadiness(input).rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
function expectExplained(r: ReadinessRule): void {
  expect(r.met).toBe(false);
  expect(r.detail.de.trim()).not.toBe('');
  expect(r.detail.en.trim()).not.toBe('');
}

describe('assessReadiness on a ready engagement', () => {
  it('passes both stages with every rule met and no detail', () => {
    const result = assessReadiness(ready());
    expect(result.stage1).toEqual({ ready: true, met: 9, total: 9 });
    expect(result.stage2).toEqual({ ready: true, met: 5, total: 5 });
    for (const r of result.rules) expect(r.detail).toEqual({ de: '', en: '' });
  });

  it('lists the Stage 1 rules, then the Stage 2 rules, each titled and explained in both languages', () => {
    const { rules } = assessReadiness(ready());
    expect(rules.map((r) => r.id)).toEqual([...STAGE1_RULES, ...STAGE2_RULES]);
    expect(rules.map((r) => r.stage)).toEqual([
      ...STAGE1_RULES.map(() => 'stage1'),
      ...STAGE2_RULES.map(() => 'stage2'),
    ]);
    for (const r of rules) {
      for (const text of [r.title, r.rationale]) {
        expect(text.de.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    }
  });
});

const titleEn = (id: string): string => {
  const doc = requiredDocument(id);
  if (!doc) throw new Error(`no required document ${id}`);
  return doc.title.en;
};

/** Breaks one Stage 1 rule; Stage 2 then fails only through its 'stage1-ready' prerequisite. */
const STAGE1_BREAKS: [string, (input: ReadinessInput) => ReadinessInput, string][] = [
  [
    'core-documents-approved',
    (i) => ({
      ...i,
      documents: i.documents.map((d) =>
        d.requirementKey === 'ai-policy' ? { ...d, status: 'in-review' } : d,
      ),
    }),
    'Not approved: AI policy',
  ],
  [
    'required-documents-exist',
    (i) => ({
      ...i,
      documents: i.documents.flatMap((d) =>
        d.requirementKey === 'audit-programme'
          ? []
          : d.requirementKey === 'event-logs'
            ? [{ ...d, status: 'missing' as const }]
            : [d],
      ),
    }),
    `Missing in the register: ${titleEn('audit-programme')}, ${titleEn('event-logs')}`,
  ],
  [
    'ai-inventory-classified',
    (i) => ({
      ...i,
      classifications: i.classifications.filter((c) => c.aiSystemId !== 'sys-2' || !c.complete),
    }),
    'Without a completed classification: Support chatbot',
  ],
  [
    'impact-assessments',
    (i) => ({ ...i, impactAssessments: [{ aiSystemId: 'sys-2' }] }),
    'Without an impact assessment: CV screening',
  ],
  ['risk-assessment', (i) => ({ ...i, riskCount: 0 }), 'No risks recorded.'],
  [
    'processes-defined',
    (i) => ({
      ...i,
      documents: i.documents.map((d) =>
        d.requirementKey === 'impact-assessment-process' ? { ...d, status: 'draft' as const } : d,
      ),
    }),
    `Not approved: ${titleEn('impact-assessment-process')}`,
  ],
  ['objectives-set', (i) => ({ ...i, objectives: [] }), 'No AI objectives recorded yet.'],
  [
    'soa-complete',
    (i) => ({
      ...i,
      soa: i.soa.map((e) =>
        e.controlId === 'A.8.3' ? { ...e, applicable: false, exclusionJustification: ' ' } : e,
      ),
    }),
    'Undecided or unjustified: A.8.3',
  ],
];

describe('each Stage 1 rule on its own', () => {
  it.each(STAGE1_BREAKS)(
    '%s fails alone, with what is missing in German and English',
    (id, breakIt, detailEn) => {
      const input = breakIt(ready());
      expect(failing(input)).toEqual([id, 'stage1-ready']);
      const r = rule(input, id);
      expectExplained(r);
      expect(r.detail.en).toBe(detailEn);
      const result = assessReadiness(input);
      expect(result.stage1).toEqual({ ready: false, met: 8, total: 9 });
      expect(result.stage2).toEqual({ ready: false, met: 4, total: 5 });
      expectExplained(rule(input, 'stage1-ready'));
    },
  );

  it('no-major-clause-gaps fails on a major NC in a clause and also blocks Stage 2 directly', () => {
    const input = ready();
    const broken: ReadinessInput = {
      ...input,
      assessments: input.assessments.map((a) => (a.itemId === '8.2' ? { ...a, verdict: 'major-nc' } : a)),
    };
    expect(failing(broken)).toEqual(['no-major-clause-gaps', 'stage1-ready', 'all-requirements-met']);
    expectExplained(rule(broken, 'no-major-clause-gaps'));
    expect(rule(broken, 'no-major-clause-gaps').detail).toEqual({
      de: 'Schwerwiegend: 8.2',
      en: 'Major: 8.2',
    });
  });

  it('shortens long lists of missing items', () => {
    const input = ready();
    const broken: ReadinessInput = { ...input, soa: [] };
    expect(rule(broken, 'soa-complete').detail.en).toBe(
      'Undecided or unjustified: A.2.2, A.2.3, A.2.4, A.3.2, A.3.3, A.4.2, A.4.3, A.4.4 … (+30)',
    );
  });

  it('explains both inventory rules when no AI system is recorded', () => {
    const broken: ReadinessInput = { ...ready(), aiSystems: [], classifications: [], impactAssessments: [] };
    expect(failing(broken)).toEqual(['ai-inventory-classified', 'impact-assessments', 'stage1-ready']);
    expectExplained(rule(broken, 'ai-inventory-classified'));
    expectExplained(rule(broken, 'impact-assessments'));
  });

  it('drops Annex A documents of excluded controls from the required set', () => {
    const input = ready();
    const broken: ReadinessInput = {
      ...input,
      soa: input.soa.map((e) =>
        e.controlId === 'A.6.2.8' ? { ...e, applicable: false, exclusionJustification: 'No logging.' } : e,
      ),
      documents: input.documents.filter((d) => d.requirementKey !== 'event-logs'),
    };
    expect(failing(broken)).toEqual([]);
  });
});

describe('each Stage 2 rule on its own', () => {
  it.each<[string, (input: ReadinessInput) => ReadinessInput]>([
    ['internal-audit-done', (i) => ({ ...i, audits: [{ status: 'planned' }, { status: 'in-progress' }] })],
    ['management-review-held', (i) => ({ ...i, reviews: [] })],
    [
      'no-open-major-nc',
      (i) => ({
        ...i,
        nonconformities: [...i.nonconformities, { severity: 'major', status: 'action-taken' }],
      }),
    ],
    [
      'all-requirements-met',
      (i) => ({
        ...i,
        assessments: i.assessments.map((a) => (a.itemId === 'A.7.4' ? { ...a, verdict: 'not-assessed' } : a)),
      }),
    ],
    [
      'all-requirements-met',
      (i) => ({
        ...i,
        assessments: i.assessments.map((a) => (a.itemId === 'A.9.2' ? { ...a, verdict: 'major-nc' } : a)),
      }),
    ],
  ])('%s fails alone and leaves Stage 1 ready', (id, breakIt) => {
    const input = breakIt(ready());
    expect(failing(input)).toEqual([id]);
    expectExplained(rule(input, id));
    const result = assessReadiness(input);
    expect(result.stage1.ready).toBe(true);
    expect(result.stage2).toEqual({ ready: false, met: 4, total: 5 });
  });

  it('counts open major nonconformities in the detail', () => {
    const input = ready();
    const broken: ReadinessInput = {
      ...input,
      nonconformities: [
        { severity: 'major', status: 'open' },
        { severity: 'major', status: 'action-planned' },
        { severity: 'minor', status: 'open' },
      ],
    };
    expect(rule(broken, 'no-open-major-nc').detail).toEqual({ de: '2 offen', en: '2 open' });
  });

  it('names unassessed and major items in the detail', () => {
    const input = ready();
    const broken: ReadinessInput = {
      ...input,
      assessments: input.assessments.map((a) =>
        a.itemId === 'A.7.4'
          ? { ...a, verdict: 'not-assessed' }
          : a.itemId === 'A.9.2'
            ? { ...a, verdict: 'major-nc' }
            : a,
      ),
    };
    expect(rule(broken, 'all-requirements-met').detail.en).toBe('Open or major: A.9.2, A.7.4');
  });
});

describe('Stage 2 depends on Stage 1', () => {
  it('is not ready while Stage 1 fails, even with every own rule met', () => {
    const result = assessReadiness({ ...ready(), riskCount: 0 });
    expect(result.stage1.ready).toBe(false);
    expect(result.stage2.ready).toBe(false);
    expect(result.rules.filter((r) => r.stage === 'stage2' && !r.met).map((r) => r.id)).toEqual([
      'stage1-ready',
    ]);
    expect(rule({ ...ready(), riskCount: 0 }, 'stage1-ready').detail.en).toBe('See the open Stage 1 rules.');
  });
});

describe('rules the assessment cannot decide yet', () => {
  it('say "unknown" instead of passing while requirements are still unassessed, and name them', () => {
    const input = ready();
    const open = {
      ...input,
      assessments: input.assessments.map((a) =>
        a.itemId === '8.3' ? { ...a, verdict: 'not-assessed' as const } : a,
      ),
    };
    const result = assessReadiness(open);
    const clauseGaps = result.rules.find((r) => r.id === 'no-major-clause-gaps')!;
    expect(clauseGaps).toMatchObject({
      status: 'unknown',
      met: false,
      clauses: ['4', '5', '6', '7', '8', '9', '10'],
    });
    expect(clauseGaps.detail.en).toBe('Not assessed yet: 8.3');
    expect(result.rules.find((r) => r.id === 'all-requirements-met')!.status).toBe('unknown');
    expect(result.stage1.ready).toBe(false);
  });

  it('name the clauses behind every rule', () => {
    const rules = assessReadiness(ready()).rules;
    expect(rules.find((r) => r.id === 'internal-audit-done')!.clauses).toEqual(['9.2.1', '9.2.2']);
    expect(rules.filter((r) => r.id !== 'stage1-ready').every((r) => r.clauses.length > 0)).toBe(true);
  });
});
