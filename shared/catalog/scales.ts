/*
 * Controlled vocabularies of the workbench: ids as `as const` arrays with their union types, and a
 * bilingual label (and, where useful, a description) for every id. The ids match shared/schemas/enums.ts;
 * the texts live in shared/catalog/vocab/, one file per topic.
 */
import { ACTION_STATUS_LABELS, PRIORITY_LABELS } from './vocab/actions';
import { AI_OBJECTIVE_LABELS, AI_RISK_SOURCE_LABELS } from './vocab/annexC';
import { MATURITY_LABELS, VERDICT_LABELS } from './vocab/assessment';
import { DOCUMENT_STATUS_LABELS, NC_SEVERITY_LABELS, NC_STATUS_LABELS } from './vocab/audit';
import { LIFECYCLE_STAGE_LABELS } from './vocab/lifecycle';
import {
  IMPACT_LABELS,
  LIKELIHOOD_LABELS,
  RISK_BAND_LABELS,
  RISK_STATUS_LABELS,
  TREATMENT_LABELS,
} from './vocab/risk';
import { IMPLEMENTATION_STATUS_LABELS, INCLUSION_REASON_LABELS } from './vocab/soa';
import type { Vocabulary } from './vocab/vocabulary';

export * from './vocab/vocabulary';
export * from './vocab/assessment';
export * from './vocab/risk';
export * from './vocab/annexC';
export * from './vocab/lifecycle';
export * from './vocab/soa';
export * from './vocab/actions';
export * from './vocab/audit';

/** Every vocabulary by name, for i18n tables, legends in reports and completeness tests. */
export const VOCABULARIES = {
  maturity: MATURITY_LABELS,
  verdict: VERDICT_LABELS,
  likelihood: LIKELIHOOD_LABELS,
  impact: IMPACT_LABELS,
  riskBand: RISK_BAND_LABELS,
  treatment: TREATMENT_LABELS,
  riskStatus: RISK_STATUS_LABELS,
  aiRiskSource: AI_RISK_SOURCE_LABELS,
  aiObjective: AI_OBJECTIVE_LABELS,
  lifecycleStage: LIFECYCLE_STAGE_LABELS,
  implementationStatus: IMPLEMENTATION_STATUS_LABELS,
  inclusionReason: INCLUSION_REASON_LABELS,
  actionStatus: ACTION_STATUS_LABELS,
  priority: PRIORITY_LABELS,
  documentStatus: DOCUMENT_STATUS_LABELS,
  ncSeverity: NC_SEVERITY_LABELS,
  ncStatus: NC_STATUS_LABELS,
} as const satisfies Record<string, Vocabulary<string | number>>;
export type VocabularyName = keyof typeof VOCABULARIES;
