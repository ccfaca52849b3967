import { z } from 'zod';
import { DateSchema, IdSchema, ItemIdSchema, LongText, ShortText, TimestampSchema } from './common';
import { ActionStatusSchema, ImplementationStatusSchema, InclusionReasonSchema, RaciValueSchema } from './enums';

export const RoleSchema = z.object({
  id: IdSchema,
  name: ShortText.min(1),
  holder: ShortText,
  description: LongText,
  updatedAt: TimestampSchema,
});
export type Role = z.infer<typeof RoleSchema>;

/** A row of the RACI matrix: an AIMS activity. */
export const RaciActivitySchema = z.object({
  id: IdSchema,
  name: ShortText.min(1),
  itemId: ItemIdSchema.nullable(),
  updatedAt: TimestampSchema,
});
export type RaciActivity = z.infer<typeof RaciActivitySchema>;

export const RaciCellSchema = z.object({
  activityId: IdSchema,
  roleId: IdSchema,
  value: RaciValueSchema,
});
export type RaciCell = z.infer<typeof RaciCellSchema>;

export const PolicySectionSchema = z.object({
  id: IdSchema,
  title: ShortText.min(1),
  body: LongText,
  position: z.number().int().nonnegative(),
  updatedAt: TimestampSchema,
});
export type PolicySection = z.infer<typeof PolicySectionSchema>;

export const ObjectiveSchema = z.object({
  id: IdSchema,
  title: ShortText.min(1),
  measure: LongText,
  target: ShortText,
  owner: ShortText,
  dueDate: DateSchema.nullable(),
  status: ActionStatusSchema,
  updatedAt: TimestampSchema,
});
export type Objective = z.infer<typeof ObjectiveSchema>;

/** Competence / AI literacy register (ISO 42001 7.2, AI Act Art. 4). */
export const CompetenceSchema = z.object({
  id: IdSchema,
  person: ShortText.min(1),
  role: ShortText,
  requiredCompetence: LongText,
  training: ShortText,
  completedOn: DateSchema.nullable(),
  evidence: ShortText,
  updatedAt: TimestampSchema,
});
export type Competence = z.infer<typeof CompetenceSchema>;

/** Statement of Applicability entry; one per Annex A control, created with the workbook. */
export const SoaEntrySchema = z.object({
  controlId: ItemIdSchema,
  applicable: z.boolean().nullable(),
  inclusionReasons: z.array(InclusionReasonSchema).max(4),
  exclusionJustification: LongText,
  implementationStatus: ImplementationStatusSchema,
  notes: LongText,
  updatedAt: TimestampSchema,
});
export type SoaEntry = z.infer<typeof SoaEntrySchema>;
export const SoaPatchSchema = SoaEntrySchema.omit({ controlId: true, updatedAt: true }).partial();
export const RoleCreateSchema = RoleSchema.omit({ id: true, updatedAt: true }).partial().required({ name: true }).strict();
export const RolePatchSchema = RoleSchema.omit({ id: true, updatedAt: true }).partial().strict();
export const RaciActivityCreateSchema = RaciActivitySchema.omit({ id: true, updatedAt: true }).partial().required({ name: true }).strict();
export const RaciActivityPatchSchema = RaciActivitySchema.omit({ id: true, updatedAt: true }).partial().strict();
export const PolicySectionCreateSchema = PolicySectionSchema.omit({ id: true, updatedAt: true }).partial().required({ title: true }).strict();
export const PolicySectionPatchSchema = PolicySectionSchema.omit({ id: true, updatedAt: true }).partial().strict();
export const ObjectiveCreateSchema = ObjectiveSchema.omit({ id: true, updatedAt: true }).partial().required({ title: true }).strict();
export const ObjectivePatchSchema = ObjectiveSchema.omit({ id: true, updatedAt: true }).partial().strict();
export const CompetenceCreateSchema = CompetenceSchema.omit({ id: true, updatedAt: true }).partial().required({ person: true }).strict();
export const CompetencePatchSchema = CompetenceSchema.omit({ id: true, updatedAt: true }).partial().strict();
