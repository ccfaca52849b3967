import { z } from 'zod';
import { DateSchema, IdSchema, ItemIdSchema, LongText, ShortText, TimestampSchema } from './common';
import { CertificateStatusSchema, StandardSchema } from './enums';

export const ManagementSystemSchema = z.object({
  id: IdSchema,
  standard: StandardSchema,
  name: ShortText.min(1),
  certificateStatus: CertificateStatusSchema,
  certificationBody: ShortText,
  validUntil: DateSchema.nullable(),
  scope: LongText,
  updatedAt: TimestampSchema,
});
export type ManagementSystem = z.infer<typeof ManagementSystemSchema>;

/** "Already covered by …": an existing management system covers (part of) a requirement. */
export const CoverageSchema = z.object({
  itemId: ItemIdSchema,
  managementSystemId: IdSchema,
  reference: ShortText,
  note: LongText,
});
export type Coverage = z.infer<typeof CoverageSchema>;
export const ManagementSystemCreateSchema = ManagementSystemSchema.omit({ id: true, updatedAt: true }).partial().required({ standard: true, name: true }).strict();
export const ManagementSystemPatchSchema = ManagementSystemSchema.omit({ id: true, updatedAt: true }).partial().strict();
