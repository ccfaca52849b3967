/*
 * Maturity roll-ups of the gap analysis. The catalogue structure is passed in, so these rules work for
 * any catalogue version a workbook was created with.
 *
 * Counting rules:
 * - 'not-applicable' items leave every average and the coverage base ("applicable").
 * - An item is *assessed* when its verdict is neither 'not-applicable' nor 'not-assessed' and it has a
 *   current maturity; everything else applicable counts as unassessed.
 * - Group figures describe the assessed items: average current over all of them; average target and
 *   gap over those that also have a target. The gap is the mean shortfall max(0, target − current), so an
 *   item above its target does not hide a shortfall elsewhere.
 * - The overall index is the mean current maturity over all assessed items (each item weighs the same),
 *   0–5, and as a percentage of 5.
 */
import type { Verdict } from '../catalog/vocab/assessment';
import { assertNever } from './assertNever';
import type { RiskLinkage } from './risk';

export interface ScoreAssessment {
  readonly itemId: string;
  readonly current: number | null;
  readonly target: number | null;
  readonly verdict: Verdict;
}

export interface ScoreStructureItem {
  readonly id: string;
  readonly kind: 'clause' | 'control';
  /** Group heading: '4' … '10' or 'A.2' … 'A.10'. */
  readonly group: string;
}

export interface ScoreInput {
  readonly assessments: readonly ScoreAssessment[];
  readonly structure: readonly ScoreStructureItem[];
  /** Per item id: linked risks (see riskLinksByItem); breaks ties in the gap ranking. */
  readonly riskLinks?: ReadonlyMap<string, RiskLinkage>;
}

export interface GroupScore {
  readonly group: string;
  readonly kind: 'clause' | 'control';
  /** Items of the group in the catalogue. */
  readonly total: number;
  readonly notApplicable: number;
  readonly assessed: number;
  readonly averageCurrent: number | null;
  readonly averageTarget: number | null;
  readonly gap: number | null;
}

export interface MaturityIndex {
  /** 0–5, null when nothing is assessed. */
  readonly index: number | null;
  /** index / 5 × 100. */
  readonly percent: number | null;
  readonly assessed: number;
}

export interface Coverage {
  readonly total: number;
  readonly notApplicable: number;
  readonly applicable: number;
  readonly assessed: number;
  /** assessed / applicable, 0–1; null when nothing is applicable. */
  readonly ratio: number | null;
}

export interface GapEntry {
  readonly itemId: string;
  readonly kind: 'clause' | 'control';
  readonly group: string;
  readonly current: number | null;
  readonly target: number | null;
  /** target − current; null when either is missing (the entry is listed for its verdict). */
  readonly gap: number | null;
  readonly verdict: Verdict;
  readonly riskCount: number;
  readonly maxRiskScore: number;
}

export interface Scores {
  readonly groups: readonly GroupScore[];
  readonly overall: {
    readonly all: MaturityIndex;
    readonly clauses: MaturityIndex;
    readonly controls: MaturityIndex;
  };
  readonly coverage: { readonly all: Coverage; readonly clauses: Coverage; readonly controls: Coverage };
  readonly gaps: readonly GapEntry[];
}

/** Severity for ranking: major NC 5 … not applicable 0. */
export function verdictSeverity(verdict: Verdict): number {
  switch (verdict) {
    case 'major-nc':
      return 5;
    case 'minor-nc':
      return 4;
    case 'observation':
      return 3;
    case 'ofi':
      return 2;
    case 'not-assessed':
      return 1;
    case 'conform':
    case 'not-applicable':
      return 0;
    default:
      return assertNever(verdict, 'verdict');
  }
}

function maturity(value: number | null, what: string): number | null {
  if (value === null) return null;
  if (!Number.isFinite(value) || value < 0 || value > 5)
    throw new RangeError(`${what} must be 0–5, got ${value}`);
  return value;
}

interface Row extends ScoreStructureItem {
  readonly order: number;
  readonly current: number | null;
  readonly target: number | null;
  readonly verdict: Verdict;
}

/** Joins assessments onto the structure; items without an assessment are 'not-assessed'. */
function rows(input: ScoreInput): Row[] {
  const byItem = new Map(input.assessments.map((a) => [a.itemId, a]));
  return input.structure.map((item, order) => {
    const a = byItem.get(item.id);
    return {
      ...item,
      order,
      current: maturity(a?.current ?? null, `current maturity of ${item.id}`),
      target: maturity(a?.target ?? null, `target maturity of ${item.id}`),
      verdict: a?.verdict ?? 'not-assessed',
    };
  });
}

const isApplicable = (r: Row): boolean => r.verdict !== 'not-applicable';
const isAssessed = (r: Row): boolean => isApplicable(r) && r.verdict !== 'not-assessed' && r.current !== null;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

function summarise(rs: readonly Row[]): Omit<GroupScore, 'group' | 'kind'> {
  const assessed = rs.filter(isAssessed);
  const withTarget = assessed.filter((r) => r.target !== null);
  return {
    total: rs.length,
    notApplicable: rs.length - rs.filter(isApplicable).length,
    assessed: assessed.length,
    averageCurrent: mean(assessed.map((r) => r.current ?? 0)),
    averageTarget: mean(withTarget.map((r) => r.target ?? 0)),
    gap: mean(withTarget.map((r) => Math.max(0, (r.target ?? 0) - (r.current ?? 0)))),
  };
}

/** One entry per group, in the order the groups first appear in the structure. */
export function groupScores(input: ScoreInput): GroupScore[] {
  const groups = new Map<string, Row[]>();
  for (const r of rows(input)) {
    const list = groups.get(r.group) ?? [];
    list.push(r);
    groups.set(r.group, list);
  }
  return [...groups].map(([group, rs]) => ({ group, kind: rs[0]?.kind ?? 'clause', ...summarise(rs) }));
}

function indexOf(rs: readonly Row[]): MaturityIndex {
  const assessed = rs.filter(isAssessed);
  const index = mean(assessed.map((r) => r.current ?? 0));
  return { index, percent: index === null ? null : (index / 5) * 100, assessed: assessed.length };
}

function coverageOf(rs: readonly Row[]): Coverage {
  const applicable = rs.filter(isApplicable).length;
  const assessed = rs.filter(isAssessed).length;
  return {
    total: rs.length,
    notApplicable: rs.length - applicable,
    applicable,
    assessed,
    ratio: applicable === 0 ? null : assessed / applicable,
  };
}

export function maturityIndex(input: ScoreInput): MaturityIndex {
  return indexOf(rows(input));
}

export function assessmentCoverage(input: ScoreInput): Coverage {
  return coverageOf(rows(input));
}

/**
 * Gaps worth acting on: assessed items below their target, and items with a minor or major
 * nonconformity even without maturity figures. Ranked by gap size (a missing gap counts as 0), then
 * verdict severity, then the highest linked risk score, then the number of linked risks, then catalogue order.
 */
export function rankGaps(input: ScoreInput): GapEntry[] {
  const links = input.riskLinks ?? new Map<string, RiskLinkage>();
  const entries = rows(input)
    .filter((r) => isApplicable(r) && r.verdict !== 'not-assessed')
    .map((r) => {
      const gap = r.current !== null && r.target !== null ? r.target - r.current : null;
      const link = links.get(r.id);
      return { row: r, gap, riskCount: link?.count ?? 0, maxRiskScore: link?.maxScore ?? 0 };
    })
    .filter(
      (e) => (e.gap !== null && e.gap > 0) || e.row.verdict === 'major-nc' || e.row.verdict === 'minor-nc',
    );
  entries.sort(
    (a, b) =>
      (b.gap ?? 0) - (a.gap ?? 0) ||
      verdictSeverity(b.row.verdict) - verdictSeverity(a.row.verdict) ||
      b.maxRiskScore - a.maxRiskScore ||
      b.riskCount - a.riskCount ||
      a.row.order - b.row.order,
  );
  return entries.map(({ row, gap, riskCount, maxRiskScore }) => ({
    itemId: row.id,
    kind: row.kind,
    group: row.group,
    current: row.current,
    target: row.target,
    gap,
    verdict: row.verdict,
    riskCount,
    maxRiskScore,
  }));
}

export function computeScores(input: ScoreInput): Scores {
  const all = rows(input);
  const clauses = all.filter((r) => r.kind === 'clause');
  const controls = all.filter((r) => r.kind === 'control');
  return {
    groups: groupScores(input),
    overall: { all: indexOf(all), clauses: indexOf(clauses), controls: indexOf(controls) },
    coverage: { all: coverageOf(all), clauses: coverageOf(clauses), controls: coverageOf(controls) },
    gaps: rankGaps(input),
  };
}
