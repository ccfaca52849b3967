import { z } from 'zod';
import { IdSchema, ItemIdSchema, LongText, ShortText, TimestampSchema } from './common';
import { EvidenceKindSchema, MaturitySchema, VerdictSchema } from './enums';

/** One row per catalogue item; created with the workbook, so there is nothing to create or delete. */
export const AssessmentSchema = z.object({
  itemId: ItemIdSchema,
  maturityCurrent: MaturitySchema.nullable(),
  maturityTarget: MaturitySchema.nullable(),
  verdict: VerdictSchema,
  finding: LongText,
  interviewee: ShortText,
  notes: LongText,
  /** The client's own rating from the self-assessment questionnaire, kept apart from the consultant's. */
  clientSelfRating: MaturitySchema.nullable(),
  clientAnswer: LongText,
  sessionId: IdSchema.nullable(),
  updatedAt: TimestampSchema,
});
export type Assessment = z.infer<typeof AssessmentSchema>;
export const AssessmentPatchSchema = AssessmentSchema.omit({ itemId: true, updatedAt: true }).partial();
export type AssessmentPatch = z.infer<typeof AssessmentPatchSchema>;

/** Evidence seen or requested for an item: a reference, optionally with an attached file (kept as a BLOB). */
export const EvidenceSchema = z.object({
  id: IdSchema,
  itemId: ItemIdSchema,
  kind: EvidenceKindSchema,
  title: ShortText.min(1),
  reference: ShortText,
  fileName: ShortText.nullable(),
  mimeType: ShortText.nullable(),
  size: z.number().int().nonnegative().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  updatedAt: TimestampSchema,
});
export type Evidence = z.infer<typeof EvidenceSchema>;
