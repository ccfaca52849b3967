/*
 * The derived figures of a workbook — maturity scores and certification readiness — from its records as
 * the contract's list channels return them. The overview and every report call these, so the two can
 * never count from different inputs.
 */
import type { Assessment } from '../schemas/assessment';
import type { Audit, DocumentRecord, ManagementReview, Nonconformity } from '../schemas/audit';
import type { Objective, SoaEntry } from '../schemas/governance';
import type { AiSystem, Classification, ImpactAssessment, Risk } from '../schemas/risk';
import { assessReadiness, type Readiness } from './readiness';
import { riskLinksByItem } from './risk';
import { computeScores, type Scores, type ScoreStructureItem } from './scores';

export interface ScoreRecords {
  readonly catalog: readonly ScoreStructureItem[];
  readonly assessments: readonly Assessment[];
  readonly risks: readonly Risk[];
}

export interface ReadinessRecords extends ScoreRecords {
  readonly documents: readonly DocumentRecord[];
  readonly soa: readonly SoaEntry[];
  readonly aiSystems: readonly AiSystem[];
  readonly classifications: readonly Classification[];
  readonly impactAssessments: readonly ImpactAssessment[];
  readonly objectives: readonly Objective[];
  readonly audits: readonly Audit[];
  readonly reviews: readonly ManagementReview[];
  readonly nonconformities: readonly Nonconformity[];
}

/** Maturity index, coverage and gap ranking; linked risks break ties among equal gaps. */
export function scoresOf({ catalog, assessments, risks }: ScoreRecords): Scores {
  return computeScores({
    structure: catalog,
    assessments: assessments.map((a) => ({
      itemId: a.itemId,
      current: a.maturityCurrent,
      target: a.maturityTarget,
      verdict: a.verdict,
    })),
    riskLinks: riskLinksByItem(risks),
  });
}

/** Stage 1 / Stage 2 readiness by the rules of readiness.ts. */
export function readinessOf(records: ReadinessRecords): Readiness {
  const kinds = new Map(records.catalog.map((item) => [item.id, item.kind]));
  return assessReadiness({
    ...records,
    assessments: records.assessments.map((a) => ({
      itemId: a.itemId,
      kind: kinds.get(a.itemId) ?? 'clause',
      verdict: a.verdict,
    })),
    riskCount: records.risks.length,
  });
}
