import { z } from 'zod';
import { IdSchema, ShortText, TimestampSchema } from '../schemas/common';
import { EngagementCreateSchema } from '../schemas/engagement';
import { channel, onWorkbook } from './define';

export const WorkbookSummarySchema = z.object({
  wb: IdSchema,
  fileName: z.string(),
  clientName: z.string(),
  schemaVersion: z.number().int(),
  catalogVersion: z.string(),
  /** Set when opening migrated the workbook: the name of the copy kept of the previous version. */
  backupFileName: z.string().nullable(),
});
export type WorkbookSummary = z.infer<typeof WorkbookSummarySchema>;

export const RecentEntrySchema = z.object({
  id: IdSchema,
  fileName: z.string(),
  folder: z.string(),
  clientName: z.string(),
  lastOpened: TimestampSchema,
  /** Share of assessable items rated, 0–1, as of the last time the workbook was open here. */
  progress: z.number().min(0).max(1),
  missing: z.boolean(),
});
export type RecentEntry = z.infer<typeof RecentEntrySchema>;

export const ChangeEntrySchema = z.object({
  seq: z.number().int(),
  txn: z.number().int(),
  at: TimestampSchema,
  entity: z.string(),
  key: z.string(),
  op: z.enum(['create', 'update', 'delete', 'undo']),
  before: z.unknown(),
  after: z.unknown(),
});

/** Operations on workbook files. Paths never cross: main asks the user with its own dialogs. */
export const workbookChannels = {
  'workbook:create': channel(z.strictObject({ engagement: EngagementCreateSchema }), WorkbookSummarySchema.nullable()),
  'workbook:open': channel(z.strictObject({}), WorkbookSummarySchema.nullable()),
  'workbook:openRecent': channel(z.strictObject({ id: IdSchema }), WorkbookSummarySchema),
  'workbook:recent': channel(z.strictObject({}), z.array(RecentEntrySchema)),
  'workbook:forgetRecent': channel(z.strictObject({ id: IdSchema }), z.object({ id: IdSchema })),
  'workbook:info': channel(onWorkbook({}), WorkbookSummarySchema),
  'workbook:close': channel(onWorkbook({}), z.object({ closed: z.boolean() })),
  'workbook:saveCopy': channel(onWorkbook({}), z.object({ fileName: ShortText }).nullable()),
  'workbook:undo': channel(onWorkbook({}), z.object({ entities: z.array(z.string()) })),
  'workbook:history': channel(onWorkbook({ limit: z.number().int().min(1).max(1000) }), z.array(ChangeEntrySchema)),
};
