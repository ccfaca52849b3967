import { describe, expect, it } from 'vitest';
import {
  assessmentCoverage,
  computeScores,
  groupScores,
  maturityIndex,
  rankGaps,
  verdictSeverity,
  type ScoreAssessment,
  type ScoreInput,
  type ScoreStructureItem,
} from '../../../shared/domain/scores';
import { riskLinksByItem } from '../../../shared/domain/risk';

const STRUCTURE: ScoreStructureItem[] = [
  { id: '4.1', kind: 'clause', group: '4' },
  { id: '4.2', kind: 'clause', group: '4' },
  { id: '5.1', kind: 'clause', group: '5' },
  { id: 'A.2.2', kind: 'control', group: 'A.2' },
  { id: 'A.2.3', kind: 'control', group: 'A.2' },
];

const ASSESSMENTS: ScoreAssessment[] = [
  { itemId: '4.1', current: 2, target: 4, verdict: 'minor-nc' },
  // above its target: must not hide the shortfall of 4.1 in the group gap
  { itemId: '4.2', current: 5, target: 3, verdict: 'conform' },
  // not applicable: its figures leave every average
  { itemId: '5.1', current: 0, target: 5, verdict: 'not-applicable' },
  { itemId: 'A.2.2', current: 3, target: null, verdict: 'observation' },
  // A.2.3 has no assessment at all and counts as not assessed
];

const INPUT: ScoreInput = { structure: STRUCTURE, assessments: ASSESSMENTS };

describe('groupScores', () => {
  it('rolls up each group, excluding not-applicable items and using the mean shortfall as gap', () => {
    expect(groupScores(INPUT)).toEqual([
      {
        group: '4',
        kind: 'clause',
        total: 2,
        notApplicable: 0,
        assessed: 2,
        averageCurrent: 3.5,
        averageTarget: 3.5,
        gap: 1,
      },
      {
        group: '5',
        kind: 'clause',
        total: 1,
        notApplicable: 1,
        assessed: 0,
        averageCurrent: null,
        averageTarget: null,
        gap: null,
      },
      {
        group: 'A.2',
        kind: 'control',
        total: 2,
        notApplicable: 0,
        assessed: 1,
        averageCurrent: 3,
        averageTarget: null,
        gap: null,
      },
    ]);
  });

  it('lists groups in order of first appearance in the structure', () => {
    const structure: ScoreStructureItem[] = [
      { id: 'A.3.2', kind: 'control', group: 'A.3' },
      { id: '9.1', kind: 'clause', group: '9' },
      { id: 'A.3.3', kind: 'control', group: 'A.3' },
    ];
    const groups = groupScores({ structure, assessments: [] });
    expect(groups.map((g) => [g.group, g.total])).toEqual([
      ['A.3', 2],
      ['9', 1],
    ]);
  });

  it('does not count an item with a verdict but no current maturity as assessed', () => {
    const [group] = groupScores({
      structure: [{ id: '4.1', kind: 'clause', group: '4' }],
      assessments: [{ itemId: '4.1', current: null, target: 3, verdict: 'conform' }],
    });
    expect(group?.assessed).toBe(0);
    expect(group?.averageCurrent).toBeNull();
  });
});

describe('maturityIndex', () => {
  it('is the mean current maturity of the assessed items, and that as a percentage of 5', () => {
    const result = maturityIndex(INPUT);
    expect(result.assessed).toBe(3);
    expect(result.index).toBeCloseTo(10 / 3, 10);
    expect(result.percent).toBeCloseTo((10 / 3 / 5) * 100, 10);
  });

  it('ignores a current maturity recorded on a not-assessed item', () => {
    const result = maturityIndex({
      structure: [
        { id: '4.1', kind: 'clause', group: '4' },
        { id: '4.2', kind: 'clause', group: '4' },
      ],
      assessments: [
        { itemId: '4.1', current: 4, target: null, verdict: 'conform' },
        { itemId: '4.2', current: 0, target: null, verdict: 'not-assessed' },
      ],
    });
    expect(result).toEqual({ index: 4, percent: 80, assessed: 1 });
  });

  it('is null when nothing is assessed', () => {
    expect(maturityIndex({ structure: STRUCTURE, assessments: [] })).toEqual({
      index: null,
      percent: null,
      assessed: 0,
    });
  });

  it('rejects maturities outside 0–5', () => {
    const structure: ScoreStructureItem[] = [{ id: '4.1', kind: 'clause', group: '4' }];
    for (const current of [6, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() =>
        maturityIndex({
          structure,
          assessments: [{ itemId: '4.1', current, target: null, verdict: 'conform' }],
        }),
      ).toThrow(RangeError);
    }
    expect(() =>
      maturityIndex({
        structure,
        assessments: [{ itemId: '4.1', current: 1, target: 5.5, verdict: 'conform' }],
      }),
    ).toThrow(/target maturity of 4\.1/);
  });

  it('ignores assessments of items that are not in the structure', () => {
    const result = maturityIndex({
      structure: [{ id: '4.1', kind: 'clause', group: '4' }],
      assessments: [
        { itemId: '4.1', current: 2, target: null, verdict: 'conform' },
        { itemId: 'X.9', current: 5, target: null, verdict: 'conform' },
      ],
    });
    expect(result).toEqual({ index: 2, percent: 40, assessed: 1 });
  });
});

describe('assessmentCoverage', () => {
  it('counts assessed items against the applicable ones', () => {
    expect(assessmentCoverage(INPUT)).toEqual({
      total: 5,
      notApplicable: 1,
      applicable: 4,
      assessed: 3,
      ratio: 0.75,
    });
  });

  it('has no ratio when every item is not applicable', () => {
    const coverage = assessmentCoverage({
      structure: [{ id: '4.1', kind: 'clause', group: '4' }],
      assessments: [{ itemId: '4.1', current: null, target: null, verdict: 'not-applicable' }],
    });
    expect(coverage).toEqual({ total: 1, notApplicable: 1, applicable: 0, assessed: 0, ratio: null });
  });
});

describe('verdictSeverity', () => {
  it('ranks major NC highest and conform / not applicable lowest', () => {
    expect(
      (
        ['major-nc', 'minor-nc', 'observation', 'ofi', 'not-assessed', 'conform', 'not-applicable'] as const
      ).map(verdictSeverity),
    ).toEqual([5, 4, 3, 2, 1, 0, 0]);
  });
});

describe('rankGaps', () => {
  const item = (id: string): ScoreStructureItem => ({ id, kind: 'control', group: 'A.9' });
  const a = (
    itemId: string,
    current: number | null,
    target: number | null,
    verdict: ScoreAssessment['verdict'],
  ): ScoreAssessment => ({ itemId, current, target, verdict });

  it('lists shortfalls and nonconformities and leaves out everything else', () => {
    const gaps = rankGaps({
      structure: ['g1', 'g2', 'nc1', 'nc2', 'ok', 'above', 'obs', 'na', 'open'].map(item),
      assessments: [
        a('g1', 1, 3, 'ofi'),
        a('g2', 4, 5, 'conform'),
        a('nc1', null, null, 'major-nc'),
        a('nc2', 5, 2, 'minor-nc'),
        a('ok', 3, 3, 'conform'),
        a('above', 4, 2, 'conform'),
        a('obs', null, null, 'observation'),
        a('na', 0, 5, 'not-applicable'),
        a('open', 0, 5, 'not-assessed'),
      ],
    });
    expect(gaps.map((g) => [g.itemId, g.gap])).toEqual([
      ['g1', 2],
      ['g2', 1],
      ['nc1', null],
      ['nc2', -3],
    ]);
  });

  it('orders by gap, then severity, then highest linked risk, then risk count, then catalogue order', () => {
    const ids = ['f', 'g', 'e', 'd', 'c', 'b', 'a', 'j', 'i', 'h'];
    const gaps = rankGaps({
      structure: ids.map(item),
      assessments: [
        a('a', 0, 3, 'ofi'),
        a('b', 1, 3, 'major-nc'),
        a('c', 1, 3, 'observation'),
        a('d', 1, 3, 'observation'),
        a('e', 1, 3, 'observation'),
        a('f', 1, 3, 'observation'),
        a('g', 1, 3, 'observation'),
        a('h', null, null, 'major-nc'),
        a('i', null, 4, 'minor-nc'),
        a('j', 4, 5, 'conform'),
      ],
      riskLinks: new Map([
        ['c', { count: 1, maxScore: 20 }],
        ['d', { count: 3, maxScore: 12 }],
        ['e', { count: 1, maxScore: 12 }],
      ]),
    });
    // h, i: a missing gap counts as 0, so a conform item 1 below target ranks first; major before minor
    expect(gaps.map((g) => g.itemId)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'j', 'h', 'i']);
    expect(gaps.find((g) => g.itemId === 'd')).toMatchObject({ riskCount: 3, maxRiskScore: 12 });
    expect(gaps.find((g) => g.itemId === 'f')).toMatchObject({ riskCount: 0, maxRiskScore: 0 });
  });

  it('uses risk links from the risk register to break ties', () => {
    const links = riskLinksByItem([
      { likelihood: 2, impact: 2, controlIds: ['A.9.2'] },
      { likelihood: 5, impact: 4, controlIds: ['A.9.3'] },
    ]);
    const gaps = rankGaps({
      structure: [item('A.9.2'), item('A.9.3')],
      assessments: [a('A.9.2', 2, 3, 'minor-nc'), a('A.9.3', 2, 3, 'minor-nc')],
      riskLinks: links,
    });
    expect(gaps.map((g) => [g.itemId, g.maxRiskScore])).toEqual([
      ['A.9.3', 20],
      ['A.9.2', 4],
    ]);
  });

  it('carries the structure fields into each entry', () => {
    const [entry] = rankGaps({
      structure: [{ id: '7.2', kind: 'clause', group: '7' }],
      assessments: [a('7.2', 1, 4, 'minor-nc')],
    });
    expect(entry).toEqual({
      itemId: '7.2',
      kind: 'clause',
      group: '7',
      current: 1,
      target: 4,
      gap: 3,
      verdict: 'minor-nc',
      riskCount: 0,
      maxRiskScore: 0,
    });
  });
});

describe('computeScores', () => {
  it('splits the index and coverage into clauses and controls', () => {
    const scores = computeScores(INPUT);
    expect(scores.overall.clauses).toEqual({ index: 3.5, percent: 70, assessed: 2 });
    expect(scores.overall.controls).toEqual({ index: 3, percent: 60, assessed: 1 });
    expect(scores.overall.all.assessed).toBe(3);
    expect(scores.coverage.clauses).toEqual({
      total: 3,
      notApplicable: 1,
      applicable: 2,
      assessed: 2,
      ratio: 1,
    });
    expect(scores.coverage.controls).toEqual({
      total: 2,
      notApplicable: 0,
      applicable: 2,
      assessed: 1,
      ratio: 0.5,
    });
    expect(scores.coverage.all.ratio).toBe(0.75);
  });

  it('bundles the group scores and the gap ranking', () => {
    const scores = computeScores(INPUT);
    expect(scores.groups).toEqual(groupScores(INPUT));
    expect(scores.gaps.map((g) => g.itemId)).toEqual(['4.1']);
  });
});
