import { z } from 'zod';

// Id vocabularies stored in the workbook. Their labels and descriptions live in the catalogue (shared/catalog).
export const LanguageSchema = z.enum(['de', 'en']);
export const VerdictSchema = z.enum(['conform', 'minor-nc', 'major-nc', 'observation', 'ofi', 'not-applicable', 'not-assessed']);
export const MaturitySchema = z.number().int().min(0).max(5);
export const LevelSchema = z.number().int().min(1).max(5);
export const OperatorRoleSchema = z.enum([
  'provider',
  'deployer',
  'importer',
  'distributor',
  'authorised-representative',
  'product-manufacturer',
]);
export const TreatmentSchema = z.enum(['modify', 'avoid', 'share', 'retain']);
export const RiskStatusSchema = z.enum(['open', 'in-treatment', 'accepted', 'closed']);
export const LifecycleStageSchema = z.enum(['idea', 'design', 'development', 'validation', 'deployment', 'operation', 'retired']);
export const InclusionReasonSchema = z.enum(['risk', 'legal', 'contractual', 'best-practice']);
export const ImplementationStatusSchema = z.enum(['not-started', 'planned', 'partial', 'implemented']);
export const ActionStatusSchema = z.enum(['open', 'in-progress', 'done', 'cancelled']);
export const PrioritySchema = z.enum(['low', 'medium', 'high', 'critical']);
export const DocumentStatusSchema = z.enum(['missing', 'draft', 'in-review', 'approved']);
export const NcSeveritySchema = z.enum(['major', 'minor', 'observation']);
export const NcStatusSchema = z.enum(['open', 'action-planned', 'action-taken', 'verified', 'closed']);
export const RaciValueSchema = z.enum(['R', 'A', 'C', 'I']);
export const StandardSchema = z.enum(['iso27001', 'iso9001', 'iso37301', 'iso27701', 'gdpr', 'other']);
export const CertificateStatusSchema = z.enum(['certified', 'in-progress', 'planned', 'none']);
export const AuditStatusSchema = z.enum(['planned', 'in-progress', 'done']);
export const EvidenceKindSchema = z.enum(['seen', 'requested']);
