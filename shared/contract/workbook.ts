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
  op: z.enum(['create', 'update', 'delete']),
  before: z.unknown(),
  after: z.unknown(),
});

/**
 * What one user action was, for the undo toast and the Edit menu: the channel that made it (null for actions
 * from before labels were kept), the entity and name of the record it was about, and how many rows it wrote.
 * shared/actionLabel.ts turns it into words.
 */
export const ActionLabelSchema = z.object({
  channel: z.string().nullable(),
  entity: z.string(),
  subject: z.string(),
  rows: z.number().int().min(0),
});
export type ActionLabel = z.infer<typeof ActionLabelSchema>;

export const UndoStateSchema = z.object({ undo: ActionLabelSchema.nullable(), redo: ActionLabelSchema.nullable() });
export type UndoState = z.infer<typeof UndoStateSchema>;

const RevertedSchema = z.object({ label: ActionLabelSchema, entities: z.array(z.string()) });

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
  /** Undo and redo take back or replay one whole user action; `workbook:changed` follows with what it touched. */
  'workbook:undo': channel(onWorkbook({}), RevertedSchema),
  'workbook:redo': channel(onWorkbook({}), RevertedSchema),
  'workbook:undoState': channel(onWorkbook({}), UndoStateSchema),
  'workbook:history': channel(onWorkbook({ limit: z.number().int().min(1).max(1000) }), z.array(ChangeEntrySchema)),
};
