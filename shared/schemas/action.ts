import { z } from 'zod';
import { DateSchema, IdSchema, LongText, ShortText, TimestampSchema } from './common';
import { ActionStatusSchema, PrioritySchema } from './enums';

export const ActionSourceSchema = z.enum(['gap', 'risk', 'nonconformity', 'manual']);

/** A measure on the roadmap, raised from a gap, a risk, a nonconformity or by hand. */
export const ActionSchema = z.object({
  id: IdSchema,
  ref: ShortText,
  title: ShortText.min(1),
  description: LongText,
  sourceKind: ActionSourceSchema,
  /** The catalogue item id, risk id or nonconformity id the action came from. */
  sourceId: ShortText.nullable(),
  owner: ShortText,
  effortDays: z.number().min(0).max(10_000).nullable(),
  priority: PrioritySchema,
  startDate: DateSchema.nullable(),
  dueDate: DateSchema.nullable(),
  status: ActionStatusSchema,
  updatedAt: TimestampSchema,
});
export type Action = z.infer<typeof ActionSchema>;
export const ActionCreateSchema = ActionSchema.omit({ id: true, ref: true, updatedAt: true }).partial().required({ title: true }).strict();
export const ActionPatchSchema = ActionSchema.omit({ id: true, ref: true, updatedAt: true }).partial().strict();
