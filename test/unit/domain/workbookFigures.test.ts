import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../shared/schemas/assessment';
import type { Risk } from '../../../shared/schemas/risk';
import { readinessOf, scoresOf } from '../../../shared/domain/workbookFigures';

const AT = '2026-01-01T00:00:00.000Z';
const catalog = [
  { id: '4.1', kind: 'clause' as const, group: '4' },
  { id: 'A.2.2', kind: 'control' as const, group: 'A.2' },
  { id: 'A.6.2.4', kind: 'control' as const, group: 'A.6' },
];
const assessment = (itemId: string, verdict: Assessment['verdict']): Assessment => ({
  itemId,
  maturityCurrent: 1,
  maturityTarget: 3,
  verdict,
  finding: '',
  interviewee: '',
  notes: '',
  clientSelfRating: null,
  clientAnswer: '',
  sessionId: null,
  updatedAt: AT,
});
const risk = (controlIds: string[]): Risk => ({
  id: 'r1',
  ref: 'R-001',
  title: 'Drift',
  description: '',
  aiSystemId: null,
  riskSource: '',
  owner: '',
  likelihood: 4,
  impact: 5,
  treatment: 'modify',
  treatmentPlan: '',
  residualLikelihood: null,
  residualImpact: null,
  status: 'open',
  controlIds,
  dueDate: null,
  updatedAt: AT,
});
const none = {
  documents: [],
  soa: [],
  aiSystems: [],
  classifications: [],
  impactAssessments: [],
  objectives: [],
  audits: [],
  reviews: [],
  nonconformities: [],
};

describe('scoresOf', () => {
  it('ranks equal gaps by the risks that rely on the control, as the reports always did', () => {
    const assessments = [assessment('A.2.2', 'minor-nc'), assessment('A.6.2.4', 'minor-nc')];
    const unlinked = scoresOf({ catalog, assessments, risks: [] }).gaps.map((g) => g.itemId);
    const linked = scoresOf({ catalog, assessments, risks: [risk(['A.6.2.4'])] }).gaps.map((g) => g.itemId);
    expect(unlinked).toEqual(['A.2.2', 'A.6.2.4']);
    expect(linked).toEqual(['A.6.2.4', 'A.2.2']);
  });
});

describe('readinessOf', () => {
  it('tells clauses from controls by the catalogue: a major gap in a control is no clause gap', () => {
    const rule = (assessments: Assessment[]) =>
      readinessOf({ ...none, catalog, assessments, risks: [] }).rules.find(
        (r) => r.id === 'no-major-clause-gaps',
      )!.status;
    expect(rule([assessment('4.1', 'conform'), assessment('A.2.2', 'major-nc')])).toBe('met');
    expect(rule([assessment('4.1', 'major-nc'), assessment('A.2.2', 'conform')])).toBe('not-met');
  });

  it('counts the risks of the register', () => {
    const status = (risks: Risk[]) =>
      readinessOf({ ...none, catalog, assessments: [], risks }).rules.find((r) => r.id === 'risk-assessment')!
        .status;
    expect(status([])).toBe('not-met');
    expect(status([risk([])])).toBe('met');
  });
});
