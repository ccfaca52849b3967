import { z } from 'zod';
import { DateSchema, IdSchema, LongText, ShortText, TimestampSchema } from './common';
import { LanguageSchema } from './enums';

export const EngagementSchema = z.object({
  clientName: ShortText.min(1),
  sector: ShortText,
  scopeStatement: LongText,
  consultant: ShortText,
  firm: ShortText,
  language: LanguageSchema,
  startDate: DateSchema.nullable(),
  endDate: DateSchema.nullable(),
  aiActRegime: z.enum(['amended-2026', 'original-2024']),
});
export type Engagement = z.infer<typeof EngagementSchema>;
export const EngagementCreateSchema = EngagementSchema.partial().required({ clientName: true });
export type EngagementCreate = z.infer<typeof EngagementCreateSchema>;
export const EngagementPatchSchema = EngagementSchema.partial();

export const WorkshopSessionSchema = z.object({
  id: IdSchema,
  title: ShortText.min(1),
  date: DateSchema.nullable(),
  location: ShortText,
  notes: LongText,
  updatedAt: TimestampSchema,
});
export type WorkshopSession = z.infer<typeof WorkshopSessionSchema>;

export const AttendeeSchema = z.object({
  id: IdSchema,
  sessionId: IdSchema,
  name: ShortText.min(1),
  role: ShortText,
  organisation: ShortText,
  updatedAt: TimestampSchema,
});
export type Attendee = z.infer<typeof AttendeeSchema>;
export const WorkshopSessionCreateSchema = WorkshopSessionSchema.omit({ id: true, updatedAt: true }).partial().required({ title: true }).strict();
export const WorkshopSessionPatchSchema = WorkshopSessionSchema.omit({ id: true, updatedAt: true }).partial().strict();
export const AttendeeCreateSchema = AttendeeSchema.omit({ id: true, updatedAt: true }).partial().required({ sessionId: true, name: true }).strict();
export const AttendeePatchSchema = AttendeeSchema.omit({ id: true, updatedAt: true }).partial().strict();
