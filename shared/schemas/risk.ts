import { z } from 'zod';
import { DateSchema, IdSchema, ItemIdSchema, LongText, ShortText, TimestampSchema } from './common';
import { LevelSchema, LifecycleStageSchema, OperatorRoleSchema, RiskStatusSchema, TreatmentSchema } from './enums';

export const AiSystemSchema = z.object({
  id: IdSchema,
  name: ShortText.min(1),
  purpose: LongText,
  owner: ShortText,
  operatorRole: OperatorRoleSchema,
  dataCategories: LongText,
  modelType: ShortText,
  lifecycleStage: LifecycleStageSchema,
  users: ShortText,
  updatedAt: TimestampSchema,
});
export type AiSystem = z.infer<typeof AiSystemSchema>;

/** The recorded EU AI Act classification of one AI system: the answers given and the result they produced. */
export const ClassificationSchema = z.object({
  id: IdSchema,
  aiSystemId: IdSchema,
  regime: z.enum(['amended-2026', 'original-2024']),
  answers: z.record(z.string(), z.unknown()),
  tier: z.enum(['prohibited', 'high-risk', 'transparency', 'minimal']).nullable(),
  complete: z.boolean(),
  result: z.record(z.string(), z.unknown()),
  rationaleNote: LongText,
  updatedAt: TimestampSchema,
});
export type Classification = z.infer<typeof ClassificationSchema>;

export const RiskSchema = z.object({
  id: IdSchema,
  ref: ShortText,
  title: ShortText.min(1),
  description: LongText,
  aiSystemId: IdSchema.nullable(),
  riskSource: ShortText,
  owner: ShortText,
  likelihood: LevelSchema,
  impact: LevelSchema,
  treatment: TreatmentSchema,
  treatmentPlan: LongText,
  residualLikelihood: LevelSchema.nullable(),
  residualImpact: LevelSchema.nullable(),
  status: RiskStatusSchema,
  /** Annex A controls the treatment relies on. */
  controlIds: z.array(ItemIdSchema).max(38),
  dueDate: DateSchema.nullable(),
  updatedAt: TimestampSchema,
});
export type Risk = z.infer<typeof RiskSchema>;

/** AI system impact assessment (ISO 42001 6.1.4 / A.5), laid out to serve as the basis of an Art. 27 FRIA and a DPIA. */
export const ImpactAssessmentSchema = z.object({
  id: IdSchema,
  aiSystemId: IdSchema,
  affectedGroups: LongText,
  individualImpact: LongText,
  fundamentalRights: LongText,
  societalImpact: LongText,
  mitigation: LongText,
  humanOversight: LongText,
  assessor: ShortText,
  assessedOn: DateSchema.nullable(),
  updatedAt: TimestampSchema,
});
export type ImpactAssessment = z.infer<typeof ImpactAssessmentSchema>;
export const AiSystemCreateSchema = AiSystemSchema.omit({ id: true, updatedAt: true }).partial().required({ name: true }).strict();
export const AiSystemPatchSchema = AiSystemSchema.omit({ id: true, updatedAt: true }).partial().strict();
export const RiskCreateSchema = RiskSchema.omit({ id: true, ref: true, updatedAt: true }).partial().required({ title: true, likelihood: true, impact: true }).strict();
export const RiskPatchSchema = RiskSchema.omit({ id: true, ref: true, updatedAt: true }).partial().strict();
export const ImpactAssessmentCreateSchema = ImpactAssessmentSchema.omit({ id: true, updatedAt: true }).partial().required({ aiSystemId: true }).strict();
export const ImpactAssessmentPatchSchema = ImpactAssessmentSchema.omit({ id: true, updatedAt: true }).partial().strict();
