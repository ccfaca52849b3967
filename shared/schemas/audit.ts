import { z } from 'zod';
import { DateSchema, IdSchema, ItemIdSchema, LongText, ShortText, TimestampSchema } from './common';
import { AuditStatusSchema, DocumentStatusSchema, NcSeveritySchema, NcStatusSchema } from './enums';

/** Documented-information register; pre-filled from the catalogue's required documents. */
export const DocumentSchema = z.object({
  id: IdSchema,
  /** Id of the required document in the catalogue, or null for one the client added. */
  requirementKey: ShortText.nullable(),
  title: ShortText.min(1),
  itemId: ItemIdSchema.nullable(),
  status: DocumentStatusSchema,
  owner: ShortText,
  location: ShortText,
  version: ShortText,
  updatedAt: TimestampSchema,
});
export type DocumentRecord = z.infer<typeof DocumentSchema>;

export const AuditSchema = z.object({
  id: IdSchema,
  title: ShortText.min(1),
  scope: LongText,
  auditor: ShortText,
  plannedDate: DateSchema.nullable(),
  performedDate: DateSchema.nullable(),
  status: AuditStatusSchema,
  summary: LongText,
  updatedAt: TimestampSchema,
});
export type Audit = z.infer<typeof AuditSchema>;

export const ManagementReviewSchema = z.object({
  id: IdSchema,
  plannedDate: DateSchema.nullable(),
  heldDate: DateSchema.nullable(),
  participants: ShortText,
  /** Review inputs (ISO 42001 9.3.2) ticked off as covered, by input id. */
  inputsCovered: z.array(ShortText).max(50),
  decisions: LongText,
  status: AuditStatusSchema,
  updatedAt: TimestampSchema,
});
export type ManagementReview = z.infer<typeof ManagementReviewSchema>;

export const NonconformitySchema = z.object({
  id: IdSchema,
  ref: ShortText,
  title: ShortText.min(1),
  description: LongText,
  severity: NcSeveritySchema,
  itemId: ItemIdSchema.nullable(),
  source: ShortText,
  rootCause: LongText,
  correction: LongText,
  correctiveAction: LongText,
  owner: ShortText,
  dueDate: DateSchema.nullable(),
  status: NcStatusSchema,
  updatedAt: TimestampSchema,
});
export type Nonconformity = z.infer<typeof NonconformitySchema>;
export const DocumentCreateSchema = DocumentSchema.omit({ id: true, updatedAt: true }).partial().required({ title: true }).strict();
export const DocumentPatchSchema = DocumentSchema.omit({ id: true, updatedAt: true }).partial().strict();
export const AuditCreateSchema = AuditSchema.omit({ id: true, updatedAt: true }).partial().required({ title: true }).strict();
export const AuditPatchSchema = AuditSchema.omit({ id: true, updatedAt: true }).partial().strict();
export const ManagementReviewCreateSchema = ManagementReviewSchema.omit({ id: true, updatedAt: true }).partial().strict();
export const ManagementReviewPatchSchema = ManagementReviewSchema.omit({ id: true, updatedAt: true }).partial().strict();
export const NonconformityCreateSchema = NonconformitySchema.omit({ id: true, ref: true, updatedAt: true }).partial().required({ title: true, severity: true }).strict();
export const NonconformityPatchSchema = NonconformitySchema.omit({ id: true, ref: true, updatedAt: true }).partial().strict();
